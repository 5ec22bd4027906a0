import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { db } from '@/db/client';
import { signInAttempts } from '@/db/schema';

/** Failed sign-ins allowed per window, per account and per address, before a lock. */
export const SIGN_IN_LIMITS = {
  account: { max: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  address: { max: 20, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
} as const;

function keys(email: string, address: string) {
  return { account: `email:${email.toLowerCase()}`, address: `ip:${address}` };
}

/** The time until which sign-in is locked for this account or address, or null. */
export function signInLockedUntil(email: string, address: string, now = new Date()): Date | null {
  const k = keys(email, address);
  const rows = db
    .select()
    .from(signInAttempts)
    .where(inArray(signInAttempts.key, [k.account, k.address]))
    .all();
  const locks = rows.map((r) => r.lockedUntil).filter((d): d is Date => !!d && d > now);
  return locks.length ? new Date(Math.max(...locks.map((d) => d.getTime()))) : null;
}

/** Counts a failed sign-in for both the account and the address, locking either past its limit. */
export function recordSignInFailure(email: string, address: string, now = new Date()) {
  const k = keys(email, address);
  db.transaction((tx) => {
    for (const [kind, key] of [['account', k.account], ['address', k.address]] as const) {
      const limit = SIGN_IN_LIMITS[kind];
      const row = tx.select().from(signInAttempts).where(eq(signInAttempts.key, key)).get();
      const fresh = !row || now.getTime() - row.windowStartedAt.getTime() > limit.windowMs;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil = failures >= limit.max ? new Date(now.getTime() + limit.lockMs) : null;
      tx.insert(signInAttempts)
        .values({ key, failures, windowStartedAt: fresh ? now : row.windowStartedAt, lockedUntil })
        .onConflictDoUpdate({
          target: signInAttempts.key,
          set: { failures, windowStartedAt: fresh ? now : row.windowStartedAt, lockedUntil },
        })
        .run();
    }
  });
}

/** Clears the account's counter after a successful sign-in (the address keeps its count). */
export function clearSignInFailures(email: string) {
  db.delete(signInAttempts).where(eq(signInAttempts.key, keys(email, '').account)).run();
}
