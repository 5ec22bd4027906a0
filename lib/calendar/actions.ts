'use server';

import { z } from 'zod';
import { db } from '@/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { translateResult } from '@/lib/auth/action';
import { AppError, storageAware, type ActionResult } from '@/lib/errors';
import { createFeedToken, revokeFeedToken, setDigestPreference } from './settings';

// The caller's own calendar settings only (ACCOUNT_POLICY 'account.calendar': self). The feed
// token goes back once, in the answer; only its hash is stored.

/** Authenticates first (an anonymous caller learns nothing else), then parses, then runs for the caller. */
async function asSelf<S extends z.ZodType, T>(schema: S, raw: unknown, run: (userId: string, input: z.output<S>) => T): Promise<ActionResult<T>> {
  const user = await getSessionUser();
  if (!user) return translateResult<never>({ ok: false, code: 'unauthenticated', message: 'unauthenticated' });
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return translateResult<never>({ ok: false, code: 'invalid', message: 'invalid' });
  try {
    return { ok: true, data: run(user.id, parsed.data) };
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
  return asSelf(Confirm, raw, (userId) => ({ token: db.transaction((tx) => createFeedToken(tx, userId)) }));
}

/** Ends the caller's feed address. */
export async function revokeFeedAddressAction(raw: unknown): Promise<ActionResult<null>> {
  return asSelf(Confirm, raw, (userId) => (db.transaction((tx) => revokeFeedToken(tx, userId)), null));
}

/** Turns the caller's weekly digest on or off. */
export async function setDigestPreferenceAction(raw: unknown): Promise<ActionResult<null>> {
  return asSelf(DigestInput, raw, (userId, input) => (db.transaction((tx) => setDigestPreference(tx, userId, input.digest)), null));
}
