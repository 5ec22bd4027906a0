import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';

/**
 * Runs the registered workspace action `name` as `userId` in `workspaceId` through the action
 * wrapper (policy, zod, audit), as a request would. The action's module must be imported.
 */
export function runWorkspaceAction(name: string, userId: string, workspaceId: string, input: unknown) {
  const definition = workspaceActionRegistry.find((d) => d.name === name);
  if (!definition) throw new Error(`No workspace action named ${name}: is its module imported?`);
  return executeWorkspaceAction(definition, userId, workspaceId, input);
}
