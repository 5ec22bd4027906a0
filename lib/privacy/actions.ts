'use server';

import { revalidatePath } from 'next/cache';
import { db } from '@/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { translateResult } from '@/lib/auth/action';
import { queryAction } from '@/lib/auth/query-action';
import { AppError, storageAware, type ActionResult } from '@/lib/errors';
import { EraseOwnAccountInput, MemberPersonRef } from './schemas';
import { eraseMember, eraseOwnAccount } from './queries';

/** An admin erases a member who belongs to this workspace only (policy: members.personalData). */
export const eraseMemberAction = queryAction('members.erase', MemberPersonRef, 'members.personalData', eraseMember);

/**
 * The signed-in person erases their own account, confirmed by typing their email. Their session
 * ends with it (an erased account is no longer a session user).
 */
export async function eraseOwnAccountAction(raw: unknown): Promise<ActionResult<null>> {
  const user = await getSessionUser();
  if (!user) return translateResult({ ok: false, code: 'unauthenticated', message: 'unauthenticated' });
  const parsed = EraseOwnAccountInput.safeParse(raw);
  if (!parsed.success || parsed.data.confirmEmail !== user.email) {
    return translateResult({ ok: false, code: 'invalid', message: 'privacyConfirmEmail', fieldErrors: { confirmEmail: 'privacyConfirmEmail' } });
  }
  try {
    db.transaction((tx) => eraseOwnAccount(tx, user.id));
  } catch (caught) {
    const error = storageAware(caught);
    if (error instanceof AppError) return translateResult({ ok: false, code: error.code, message: error.messageKey });
    throw error;
  }
  revalidatePath('/', 'layout');
  return { ok: true, data: null };
}
