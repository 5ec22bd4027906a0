import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { externalActions, workspaces } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { NotFound } from '@/lib/errors';
import { getEditableAction } from '@/lib/external-actions/access-queries';
import type { ActionSectorInput, WorkspaceIdentifiersInput } from './schemas';
import { updateInWorkspace } from '@/lib/workspace-row-writes';

/** Sets the authority's SIREN and official geographic code (an admin, in the workspace settings). */
export function updateWorkspaceIdentifiers(tx: Tx, ctx: MemberContext, input: WorkspaceIdentifiersInput): MutationOutcome<null> {
  const before = tx.select({ siren: workspaces.siren, geoCode: workspaces.geoCode }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).get();
  if (!before) throw new NotFound('workspaceNotFound');
  tx.update(workspaces).set({ siren: input.siren, geoCode: input.geoCode, updatedAt: new Date() }).where(eq(workspaces.id, ctx.workspaceId)).run();
  return {
    data: null,
    audit: { action: 'workspace.updateIdentifiers', entityType: 'workspace', entityId: ctx.workspaceId, changes: { before, after: input } },
  };
}

/**
 * Chooses an action's DAC sector (null: back to the one suggested from its competencies). Does not
 * bump the action's version: the sector is edited on its own, beside the action's form.
 */
export function setActionSector(tx: Tx, ctx: MemberContext, input: ActionSectorInput): MutationOutcome<null> {
  const action = getEditableAction(tx, ctx, input.actionId);
  updateInWorkspace(tx, externalActions, ctx, action.id, { dacSector: input.sector, updatedAt: new Date() });
  return {
    data: null,
    audit: {
      action: 'externalAction.setSector',
      entityType: 'externalAction',
      entityId: action.id,
      changes: { before: action.dacSector, after: input.sector },
    },
  };
}
