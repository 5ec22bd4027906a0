export * from './users';
export * from './workspaces';
export * from './audit';
export * from './actors';
export * from './diagnostic';
export * from './competencies';
export * from './departments';
export * from './external-actions';
