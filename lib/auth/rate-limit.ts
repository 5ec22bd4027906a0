import 'server-only';
import { eq, inArray, or, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { signInAttempts } from '@/db/schema';

/**
 * Failed sign-ins, counted three ways (docs/decisions/0013-sessions-and-abuse.md):
 * - per account **and** address (`pair:`): the 5th failure in 15 minutes locks that pair for 15
 *   minutes, so one address cannot keep guessing one account;
 * - per account (`email:`), from every address: past 5 failures, each further attempt on the
 *   account waits longer (0.5 s, 1 s, 2 s… up to 8 s) — an account attacked from many addresses
 *   slows down, it is never locked, so its owner still signs in from an address that has not failed;
 * - per address (`ip:`), across accounts: past 20 failures the address slows down the same way,
 *   instead of locking out everyone behind an office's shared address.
 */
export const SIGN_IN_LIMITS = {
  pair: { max: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  account: { free: 5, windowMs: 15 * 60_000 },
  address: { free: 20, windowMs: 15 * 60_000 },
  delay: { firstMs: 500, maxMs: 8_000 },
} as const;

function keys(email: string, address: string) {
  const account = email.toLowerCase();
  return { pair: `pair:${account}|${address}`, account: `email:${account}`, address: `ip:${address}` };
}

/** The time until which this account is locked for this address, or null. */
export function signInLockedUntil(email: string, address: string, now = new Date()): Date | null {
  const row = db
    .select()
    .from(signInAttempts)
    .where(eq(signInAttempts.key, keys(email, address).pair))
    .get();
  return row?.lockedUntil && row.lockedUntil > now ? row.lockedUntil : null;
}

/** The progressive delay before an attempt on this account from this address is checked (0 when neither has many recent failures). */
export function signInDelayMs(email: string, address: string, now = new Date()): number {
  const k = keys(email, address);
  const rows = db
    .select()
    .from(signInAttempts)
    .where(inArray(signInAttempts.key, [k.account, k.address]))
    .all();
  const recent = (key: string, windowMs: number) => {
    const row = rows.find((r) => r.key === key);
    return row && now.getTime() - row.windowStartedAt.getTime() <= windowMs ? row.failures : 0;
  };
  const excess = Math.max(
    recent(k.account, SIGN_IN_LIMITS.account.windowMs) - SIGN_IN_LIMITS.account.free,
    recent(k.address, SIGN_IN_LIMITS.address.windowMs) - SIGN_IN_LIMITS.address.free,
  );
  if (excess <= 0) return 0;
  return Math.min(SIGN_IN_LIMITS.delay.firstMs * 2 ** Math.min(excess - 1, 16), SIGN_IN_LIMITS.delay.maxMs);
}

/** Counts a failed sign-in for the pair, the account and the address; the pair locks past its limit. */
export function recordSignInFailure(email: string, address: string, now = new Date()) {
  const k = keys(email, address);
  db.transaction((tx) => {
    for (const [key, windowMs, lock] of [
      [k.pair, SIGN_IN_LIMITS.pair.windowMs, SIGN_IN_LIMITS.pair],
      [k.account, SIGN_IN_LIMITS.account.windowMs, null],
      [k.address, SIGN_IN_LIMITS.address.windowMs, null],
    ] as const) {
      const row = tx.select().from(signInAttempts).where(eq(signInAttempts.key, key)).get();
      const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      const windowStartedAt = fresh ? now : row.windowStartedAt;
      const lockedUntil = lock && failures >= lock.max ? new Date(now.getTime() + lock.lockMs) : null;
      tx.insert(signInAttempts)
        .values({ key, failures, windowStartedAt, lockedUntil })
        .onConflictDoUpdate({ target: signInAttempts.key, set: { failures, windowStartedAt, lockedUntil } })
        .run();
    }
  });
}

/**
 * After a successful sign-in: the pair's count is cleared. The account's count is kept until its
 * window ends: the owner signing in does not mean the attack stopped.
 */
export function clearSignInFailures(email: string, address: string) {
  db.delete(signInAttempts)
    .where(eq(signInAttempts.key, keys(email, address).pair))
    .run();
}

/** Every counter of an account (its own and its pairs): after a password reset, or on erasure. */
export function clearAccountSignInCounters(tx: Tx, email: string) {
  const k = keys(email, '');
  // A prefix compare, not LIKE: `_` and `%` are common in addresses.
  tx.delete(signInAttempts)
    .where(or(eq(signInAttempts.key, k.account), sql`substr(${signInAttempts.key}, 1, ${k.pair.length}) = ${k.pair}`))
    .run();
}
