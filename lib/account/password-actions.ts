'use server';

import { cookies, headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { encode } from 'next-auth/jwt';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';
import { env } from '@/lib/env';
import { authSecret } from '@/lib/auth/secret';
import { getSessionUser } from '@/lib/auth/session';
import { sessionClaimsFromToken, sessionCookieName } from '@/lib/auth/session-token';
import { endAllSessions } from '@/lib/auth/sessions';
import { translateResult } from '@/lib/auth/action';
import { queryAction } from '@/lib/auth/query-action';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { commonPasswordErrors } from '@/lib/auth/password-policy';
import { clientAddressFrom, consumeRateLimit } from '@/lib/auth/limiter';
import { recordSignInFailure, signInLockedUntil } from '@/lib/auth/rate-limit';
import { recordAudit } from '@/lib/audit/queries';
import { sendMail } from '@/lib/mail';
import { AppError, storageAware, type ActionResult } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { fieldErrorsFrom, parseInput } from '@/lib/validation';
import { ChangePasswordInput, MemberAccountRef, RequestPasswordResetInput, ResetPasswordInput, SignOutEverywhereInput } from './password-schemas';
import { RESET_TOKEN_TTL_MS, createMemberResetLink, createPasswordResetToken, endMemberSessions, resetPasswordWithToken } from './password-queries';
import { emailedResetAvailable, resetEmail } from './password-mail';

const fail = (code: AppError['code'], message: string, fieldErrors?: Record<string, string>) =>
  translateResult<never>({ ok: false, code, message, fieldErrors });

/** An admin ends every session of a member (policy: members.sessions). */
export const endMemberSessionsAction = queryAction('members.endSessions', MemberAccountRef, 'members.sessions', endMemberSessions);

/** An admin generates a one-time reset link (1 hour) for a member of this workspace only (policy: members.sessions). */
export const createMemberResetLinkAction = queryAction('members.resetLink', MemberAccountRef, 'members.sessions', createMemberResetLink);

/**
 * Seals a fresh session cookie for the current session at the account's new generation: after a
 * password change the person stays signed in here while every other session ends.
 */
async function keepThisSession(gen: number) {
  const jar = await cookies();
  const name = sessionCookieName();
  const claims = await sessionClaimsFromToken(jar.get(name)?.value ?? null);
  if (!claims) return;
  const maxAge = Math.max(60, Math.floor((claims.expiresAt - Date.now()) / 1000));
  const token = await encode({ token: { sub: claims.sub, gen, sid: claims.sid ?? crypto.randomUUID() }, secret: authSecret(), maxAge });
  // The chunks of a large cookie are not used by our tokens (a few hundred bytes).
  jar.set(name, token, { httpOnly: true, sameSite: 'lax', path: '/', secure: name.startsWith('__Secure-'), maxAge });
}

/**
 * Changes the signed-in person's own password (policy: account.password, self): the current one is
 * asked (wrong answers count as failed sign-ins of this address), the new one is at least 12
 * characters and not a common password. Every other session of the account ends; this one stays.
 */
export async function changePasswordAction(raw: unknown): Promise<ActionResult<null>> {
  const user = await getSessionUser();
  if (!user) return fail('unauthenticated', 'unauthenticated');
  const parsed = parseInput(ChangePasswordInput, raw, toLocale(await getLocale()));
  if (!parsed.success) return fail('invalid', 'invalid', fieldErrorsFrom(parsed.error));
  const common = commonPasswordErrors(parsed.data.password);
  if (common) return fail('invalid', 'invalid', common);
  const address = clientAddressFrom(await headers());
  if (signInLockedUntil(user.email, address)) return fail('forbidden', 'passwordCurrentLocked');
  const stored = db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get();
  // An account made through single sign-on has no password yet: it sets one without a current one.
  if (stored?.passwordHash && !(await verifyPassword(stored.passwordHash, parsed.data.current))) {
    recordSignInFailure(user.email, address);
    return fail('invalid', 'invalid', { current: 'passwordCurrentWrong' });
  }
  const passwordHash = await hashPassword(parsed.data.password);
  const gen = db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
    const next = endAllSessions(tx, user.id);
    recordAudit(
      tx,
      { workspaceId: null, userId: user.id },
      { action: 'account.passwordChange', entityType: 'user', entityId: user.id, changes: { otherSessionsEnded: true } },
    );
    return next;
  });
  await keepThisSession(gen);
  return { ok: true, data: null };
}

/** Ends every session of the signed-in person, this one included (policy: account.sessions, self). */
export async function signOutEverywhereAction(raw: unknown): Promise<ActionResult<null>> {
  const user = await getSessionUser();
  if (!user) return fail('unauthenticated', 'unauthenticated');
  if (!SignOutEverywhereInput.safeParse(raw).success) return fail('invalid', 'invalid');
  db.transaction((tx) => {
    endAllSessions(tx, user.id);
    recordAudit(tx, { workspaceId: null, userId: user.id }, { action: 'account.endSessions', entityType: 'user', entityId: user.id, changes: { by: 'self' } });
  });
  return { ok: true, data: null };
}

/** Requests per hour: per address, and per account (so nobody floods a mailbox). */
const RESET_REQUEST_LIMITS = { address: { max: 5, windowMs: 3600_000 }, account: { max: 3, windowMs: 3600_000 } };

/**
 * "Forgot your password?": when email is set up (SMTP_URL and NEXTAUTH_URL, so the link never takes
 * its host from the request), emails a one-time link valid one hour. The answer is the same whether
 * an account exists or not.
 */
export async function requestPasswordResetAction(raw: unknown): Promise<ActionResult<null>> {
  const parsed = parseInput(RequestPasswordResetInput, raw, toLocale(await getLocale()));
  if (!parsed.success) return fail('invalid', 'invalid', fieldErrorsFrom(parsed.error));
  if (!emailedResetAvailable()) return fail('forbidden', 'passwordResetByEmailOff');
  const address = clientAddressFrom(await headers());
  if (!consumeRateLimit(`reset:ip:${address}`, RESET_REQUEST_LIMITS.address).allowed) return fail('forbidden', 'passwordResetTooMany');
  if (!consumeRateLimit(`reset:email:${parsed.data.email}`, RESET_REQUEST_LIMITS.account).allowed) return { ok: true, data: null };
  const user = db.select({ id: users.id, email: users.email, locale: users.locale }).from(users).where(eq(users.email, parsed.data.email)).get();
  if (!user) return { ok: true, data: null };
  const token = db.transaction((tx) => {
    const created = createPasswordResetToken(tx, user.id, null);
    recordAudit(
      tx,
      { workspaceId: null, userId: null },
      { action: 'account.passwordResetEmail', entityType: 'user', entityId: user.id, changes: { validMinutes: RESET_TOKEN_TTL_MS / 60_000 } },
    );
    return created;
  });
  const mail = await resetEmail(user.locale, `${env.NEXTAUTH_URL!.replace(/\/$/, '')}/reset-password/${token}`);
  await sendMail(user.email, mail.subject, mail.text);
  return { ok: true, data: null };
}

/** Sets a new password through a one-time link (the token is the credential); every session of the account ends. */
export async function resetPasswordAction(raw: unknown): Promise<ActionResult<{ email: string }>> {
  const parsed = parseInput(ResetPasswordInput, raw, toLocale(await getLocale()));
  if (!parsed.success) return fail('invalid', 'invalid', fieldErrorsFrom(parsed.error));
  const common = commonPasswordErrors(parsed.data.password);
  if (common) return fail('invalid', 'invalid', common);
  const passwordHash = await hashPassword(parsed.data.password);
  try {
    const done = db.transaction((tx) => {
      const reset = resetPasswordWithToken(tx, parsed.data.token, passwordHash);
      recordAudit(
        tx,
        { workspaceId: null, userId: reset.userId },
        { action: 'account.passwordReset', entityType: 'user', entityId: reset.userId, changes: { otherSessionsEnded: true } },
      );
      return reset;
    });
    return { ok: true, data: { email: done.email } };
  } catch (caught) {
    const error = storageAware(caught);
    if (error instanceof AppError) return fail(error.code, error.messageKey, error.fieldErrors);
    throw error;
  }
}
