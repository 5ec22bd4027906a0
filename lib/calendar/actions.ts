'use server';

import { z } from 'zod';
import { db } from '@/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { translateResult } from '@/lib/auth/action';
import { AppError, storageAware, type ActionResult } from '@/lib/errors';
import { createFeedToken, revokeFeedToken, setDigestPreference } from './settings';

// The caller's own calendar settings only (ACCOUNT_POLICY 'account.calendar': self). The feed
// token goes back once, in the answer; only its hash is stored.

async function asSelf<T>(run: (userId: string) => T): Promise<ActionResult<T>> {
  const user = await getSessionUser();
  if (!user) return translateResult<never>({ ok: false, code: 'unauthenticated', message: 'unauthenticated' });
  try {
    return { ok: true, data: run(user.id) };
  } catch (caught) {
    const error = storageAware(caught);
    if (error instanceof AppError) return translateResult({ ok: false, code: error.code, message: error.messageKey, fieldErrors: error.fieldErrors });
    throw error;
  }
}

const Confirm = z.object({ confirm: z.literal(true) });
const DigestInput = z.object({ digest: z.boolean() });

/** Makes a new secret feed address (ending the previous one) and returns its token, shown once. */
export async function createFeedAddressAction(raw: unknown): Promise<ActionResult<{ token: string }>> {
  const parsed = Confirm.safeParse(raw);
  if (!parsed.success) return translateResult({ ok: false, code: 'invalid', message: 'invalid' });
  return asSelf((userId) => ({ token: db.transaction((tx) => createFeedToken(tx, userId)) }));
}

/** Ends the caller's feed address. */
export async function revokeFeedAddressAction(raw: unknown): Promise<ActionResult<null>> {
  const parsed = Confirm.safeParse(raw);
  if (!parsed.success) return translateResult({ ok: false, code: 'invalid', message: 'invalid' });
  return asSelf((userId) => (db.transaction((tx) => revokeFeedToken(tx, userId)), null));
}

/** Turns the caller's weekly digest on or off. */
export async function setDigestPreferenceAction(raw: unknown): Promise<ActionResult<null>> {
  const parsed = DigestInput.safeParse(raw);
  if (!parsed.success) return translateResult({ ok: false, code: 'invalid', message: 'invalid' });
  return asSelf((userId) => (db.transaction((tx) => setDigestPreference(tx, userId, parsed.data.digest)), null));
}
