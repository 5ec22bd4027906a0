import 'server-only';
import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { SignInInput } from '@/lib/auth/schemas';
import { verifyAgainstDummy, verifyPassword } from '@/lib/auth/password';
import { clearSignInFailures, recordSignInFailure, signInDelayMs, signInLockedUntil } from '@/lib/auth/rate-limit';
import { recordAudit } from '@/lib/audit/queries';
import { isStorageFailure } from '@/lib/errors';

export type SignInOutcome = { ok: true; user: { id: string; email: string; name: string } } | { ok: false; reason: 'invalid' | 'locked' | 'storage' };

/**
 * The password sign-in, apart from next-auth so that tests call it: a pair (account, address) that
 * failed 5 times is locked; an account or address with many recent failures waits first (progressive
 * delay, lib/auth/rate-limit.ts), but is never refused for that alone; then the password is checked.
 * When the database cannot be written (disk full), the outcome is `storage`, and nobody is signed in.
 */
export async function checkCredentials(
  raw: unknown,
  address: string,
  options: { now?: () => Date; wait?: (ms: number) => Promise<unknown> } = {},
): Promise<SignInOutcome> {
  try {
    return await checkCredentialsOrThrow(raw, address, options);
  } catch (error) {
    // A full or failing disk (the failure counter or the audit entry cannot be written): say so,
    // instead of "wrong password" or a failed request (issue 18.9).
    if (!isStorageFailure(error)) throw error;
    console.error('[fil-rouge] a sign-in could not write to the database:', (error as Error).message);
    return { ok: false, reason: 'storage' };
  }
}

async function checkCredentialsOrThrow(
  raw: unknown,
  address: string,
  options: { now?: () => Date; wait?: (ms: number) => Promise<unknown> },
): Promise<SignInOutcome> {
  const now = options.now ?? (() => new Date());
  const wait = options.wait ?? sleep;
  const parsed = SignInInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'invalid' };
  const email = parsed.data.email.toLowerCase();
  if (signInLockedUntil(email, address, now())) return { ok: false, reason: 'locked' };
  const delay = signInDelayMs(email, address, now());
  if (delay > 0) await wait(delay);
  const user = db.select().from(users).where(eq(users.email, email)).get();
  const valid = user ? await verifyPassword(user.passwordHash, parsed.data.password) : (await verifyAgainstDummy(parsed.data.password), false);
  if (!user || !valid) {
    recordSignInFailure(email, address, now());
    return { ok: false, reason: 'invalid' };
  }
  clearSignInFailures(email, address);
  recordAudit(db, { workspaceId: null, userId: user.id }, { action: 'user.signIn', entityType: 'user', entityId: user.id });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
