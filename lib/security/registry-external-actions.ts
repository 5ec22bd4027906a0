import { ownPartnerOnly, workspacePage, ws, wsAction, type PageEntry, type ServerActionEntry } from './registry-model';

// External actions and what hangs off them: milestones, the calendar and calls for projects,
// competencies, departments (co-financing has its own file). An area of lib/security/registry.ts.

export const EXTERNAL_ACTION_PAGES: PageEntry[] = [
  // External actions, competencies, departments
  workspacePage('/[workspace]/actions', 'externalActions.readShared', (d) => `${ws(d)}/actions`),
  workspacePage('/[workspace]/actions/new', 'externalActions.create', (d) => `${ws(d)}/actions/new`),
  workspacePage('/[workspace]/actions/milestones', 'externalActions.read', (d) => `${ws(d)}/actions/milestones`),
  workspacePage('/[workspace]/calendar/calls', 'projectCalls.read', (d) => `${ws(d)}/calendar/calls`),
  workspacePage('/[workspace]/calendar', 'calendar.read', (d) => `${ws(d)}/calendar`, {
    note: 'each source of events applies its own rules (lib/calendar/sources): a partner sees the milestones of the actions shared with them only',
  }),
  workspacePage('/[workspace]/actions/[actionId]', 'externalActions.readShared', (d) => `${ws(d)}/actions/${d.sharedAction}`, {
    resource: ownPartnerOnly,
    note: 'a partner reads only the actions their authority is a partner of (lib/external-actions/queries.ts)',
  }),
  workspacePage('/[workspace]/actions/[actionId]/edit', 'externalActions.update', (d) => `${ws(d)}/actions/${d.sharedAction}/edit`, {
    note: 'a contributor edits only the actions their department takes part in (this one: yes)',
  }),
  workspacePage('/[workspace]/actions/blind-spots', 'externalActions.read', (d) => `${ws(d)}/actions/blind-spots`),
  workspacePage('/[workspace]/actions/budget', 'externalActions.read', (d) => `${ws(d)}/actions/budget`),
  workspacePage('/[workspace]/actions/competencies', 'competencies.read', (d) => `${ws(d)}/actions/competencies`),
  workspacePage('/[workspace]/actions/matrix', 'externalActions.read', (d) => `${ws(d)}/actions/matrix`),
  workspacePage('/[workspace]/actions/returns', 'externalActions.read', (d) => `${ws(d)}/actions/returns`),
  workspacePage('/[workspace]/actions/departments', 'departments.read', (d) => `${ws(d)}/actions/departments`),
  workspacePage('/[workspace]/actions/departments/new', 'departments.manage', (d) => `${ws(d)}/actions/departments/new`),
  workspacePage('/[workspace]/actions/departments/[departmentId]', 'departments.read', (d) => `${ws(d)}/actions/departments/${d.contributorDepartment}`),
  workspacePage(
    '/[workspace]/actions/departments/[departmentId]/edit',
    'departments.update',
    (d) => `${ws(d)}/actions/departments/${d.contributorDepartment}/edit`,
    {
      note: "a contributor edits only their own department's record (this one: theirs)",
    },
  ),
];

export const EXTERNAL_ACTION_ACTIONS: ServerActionEntry[] = [
  wsAction('lib/competencies/actions.ts', 'setCompetencyHiddenAction', 'competencies.setHidden', 'competencies.manage'),
  wsAction('lib/competencies/actions.ts', 'createCompetencyAction', 'competencies.create', 'competencies.manage'),
  wsAction('lib/competencies/actions.ts', 'updateCompetencyAction', 'competencies.update', 'competencies.manage'),
  wsAction('lib/competencies/actions.ts', 'deleteCompetencyAction', 'competencies.delete', 'competencies.manage'),
  wsAction('lib/departments/actions.ts', 'createDepartmentAction', 'departments.create', 'departments.manage'),
  wsAction('lib/departments/actions.ts', 'updateDepartmentAction', 'departments.update', 'departments.update'),
  wsAction('lib/departments/actions.ts', 'deleteDepartmentAction', 'departments.delete', 'departments.manage'),
  wsAction('lib/departments/actions.ts', 'addDepartmentBudgetLineAction', 'departments.addBudgetLine', 'departments.update'),
  wsAction('lib/departments/actions.ts', 'deleteDepartmentBudgetLineAction', 'departments.deleteBudgetLine', 'departments.update'),
  wsAction('lib/external-actions/actions.ts', 'createExternalActionAction', 'externalActions.create', 'externalActions.create'),
  wsAction('lib/external-actions/actions.ts', 'updateExternalActionAction', 'externalActions.update', 'externalActions.update'),
  wsAction('lib/external-actions/actions.ts', 'deleteExternalActionAction', 'externalActions.delete', 'externalActions.delete'),
  wsAction('lib/external-actions/actions.ts', 'recordObservedReturnAction', 'externalActions.recordObserved', 'externalActions.update'),
  wsAction('lib/external-actions/actions.ts', 'deleteObservedReturnAction', 'externalActions.deleteObserved', 'externalActions.update'),
  wsAction('lib/milestones/actions.ts', 'createMilestoneAction', 'milestones.create', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  wsAction('lib/milestones/actions.ts', 'updateMilestoneAction', 'milestones.update', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  wsAction('lib/milestones/actions.ts', 'setMilestoneDoneAction', 'milestones.setDone', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  wsAction('lib/milestones/actions.ts', 'deleteMilestoneAction', 'milestones.delete', 'externalActions.update', {
    note: 'only on an action the caller may edit (a contributor: their department takes part), checked on the row (lib/milestones/queries.ts)',
  }),
  // Calls for projects (lib/project-calls): their deadlines are calendar events.
  wsAction('lib/project-calls/actions.ts', 'createProjectCallAction', 'projectCalls.create', 'projectCalls.manage'),
  wsAction('lib/project-calls/actions.ts', 'deleteProjectCallAction', 'projectCalls.delete', 'projectCalls.manage'),
];
