import 'server-only';
import crypto from 'node:crypto';
import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assertWorkspaceMember } from '@/lib/member-of-workspace';
import { memberships, passwordResets, users } from '@/db/schema';
import { endAllSessions } from '@/lib/auth/sessions';
import { clearAccountSignInCounters } from '@/lib/auth/rate-limit';
import { ERASED_PASSWORD_HASH } from '@/lib/privacy/constants';
import type { MemberContext } from '@/lib/auth/member';
import type { MutationOutcome } from '@/lib/auth/action';
import { Conflict, Invalid, NotFound } from '@/lib/errors';

/** A reset link is valid one hour, once. */
export const RESET_TOKEN_TTL_MS = 60 * 60_000;

const sha256 = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Creates a one-time reset token for an account; only its hash is stored. Earlier unused links of the account stop working. */
export function createPasswordResetToken(tx: Tx, userId: string, createdByUserId: string | null, now = new Date()): string {
  const token = crypto.randomBytes(32).toString('base64url');
  tx.update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)))
    .run();
  tx.insert(passwordResets)
    .values({
      id: crypto.randomUUID(),
      userId,
      tokenHash: sha256(token),
      createdByUserId,
      expiresAt: new Date(now.getTime() + RESET_TOKEN_TTL_MS),
      createdAt: now,
    })
    .run();
  return token;
}

/** The account a reset token is for, while it is unused and less than an hour old; null otherwise. */
export function findPasswordReset(tx: Tx, token: string, now = new Date()) {
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) return null;
  return (
    tx
      .select({ id: passwordResets.id, userId: passwordResets.userId, email: users.email })
      .from(passwordResets)
      .innerJoin(users, eq(users.id, passwordResets.userId))
      .where(
        and(
          eq(passwordResets.tokenHash, sha256(token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, now),
          ne(users.passwordHash, ERASED_PASSWORD_HASH),
        ),
      )
      .get() ?? null
  );
}

/**
 * Sets a new password (already hashed) through a reset token: the token is spent, every session of
 * the account ends, its failed sign-in counters are cleared. Throws Invalid for an unknown, used or
 * expired token.
 */
export function resetPasswordWithToken(tx: Tx, token: string, passwordHash: string, now = new Date()) {
  const reset = findPasswordReset(tx, token, now);
  if (!reset) throw new Invalid('passwordResetInvalid');
  const spent = tx
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.id, reset.id), isNull(passwordResets.usedAt)))
    .run();
  if (spent.changes !== 1) throw new Invalid('passwordResetInvalid');
  tx.update(users).set({ passwordHash }).where(eq(users.id, reset.userId)).run();
  endAllSessions(tx, reset.userId);
  clearAccountSignInCounters(tx, reset.email);
  return { userId: reset.userId, email: reset.email };
}

/** An admin ends every session of a member of their workspace, at the member's next request. */
export function endMemberSessions(tx: Tx, ctx: MemberContext, input: { userId: string }): MutationOutcome<null> {
  assertWorkspaceMember(tx, ctx, input.userId);
  endAllSessions(tx, input.userId);
  return { data: null, audit: { action: 'account.endSessions', entityType: 'user', entityId: input.userId, changes: { by: 'admin' } } };
}

/**
 * An admin generates a one-time reset link for a member who belongs to this workspace only (a member
 * of other workspaces too could be an admin there: their own admins, or they themselves, reset it),
 * never for themselves (they change their password from their account). The link is shown once.
 */
export function createMemberResetLink(tx: Tx, ctx: MemberContext, input: { userId: string }, now = new Date()): MutationOutcome<{ path: string }> {
  if (input.userId === ctx.userId) throw new Conflict('passwordResetSelf');
  assertWorkspaceMember(tx, ctx, input.userId);
  const elsewhere = tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.userId, input.userId), ne(memberships.workspaceId, ctx.workspaceId)))
    .get();
  if (elsewhere) throw new Conflict('passwordResetMemberElsewhere');
  const person = tx.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, input.userId)).get();
  if (!person || person.passwordHash === ERASED_PASSWORD_HASH) throw new NotFound('memberNotFound');
  const token = createPasswordResetToken(tx, input.userId, ctx.userId, now);
  return {
    data: { path: `/reset-password/${token}` },
    audit: { action: 'account.passwordResetLink', entityType: 'user', entityId: input.userId, changes: { validMinutes: RESET_TOKEN_TTL_MS / 60_000 } },
  };
}
