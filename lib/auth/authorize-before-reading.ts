import 'server-only';
import { AppError, type ActionResult } from '@/lib/errors';
import type { Permission } from './policy';
import { translateResult } from './action';
import { authorize, getSessionUser, loadMemberContext } from './session';

/**
 * Checks that the signed-in caller may do `permission` in `workspaceId` before an action reads an
 * uploaded file outside its transaction (reading an XLSX is asynchronous), so that nobody else can
 * make the server parse a large spreadsheet: null when allowed, else the translated failure to return.
 * The action proper still goes through the wrapper (`workspaceQueryAction`), which checks again.
 */
export async function authorizeBeforeReading(workspaceId: string, permission: Permission): Promise<ActionResult<never> | null> {
  const user = await getSessionUser();
  if (!user) return translateResult({ ok: false, code: 'unauthenticated', message: 'unauthenticated' });
  if (typeof workspaceId !== 'string' || !workspaceId) return translateResult({ ok: false, code: 'invalid', message: 'invalid' });
  try {
    authorize(loadMemberContext(user.id, { id: workspaceId }), permission);
  } catch (error) {
    if (error instanceof AppError) return translateResult({ ok: false, code: error.code, message: error.messageKey });
    throw error;
  }
  return null;
}
