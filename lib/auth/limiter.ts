import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { signInAttempts } from '@/db/schema';

export type RateLimit = { max: number; windowMs: number };

/**
 * A fixed-window counter for anything public (the census form, …), kept in the same table as
 * failed sign-ins under its own key prefix (e.g. `census:ip:<address>`). Counts one hit and says
 * whether it is allowed: the `max + 1`-th hit in a window is refused until the window ends.
 */
export function consumeRateLimit(key: string, limit: RateLimit, now = new Date()): { allowed: boolean; retryAt: Date | null } {
  return db.transaction((tx) => {
    const row = tx.select().from(signInAttempts).where(eq(signInAttempts.key, key)).get();
    const fresh = !row || now.getTime() - row.windowStartedAt.getTime() >= limit.windowMs;
    const windowStartedAt = fresh ? now : row.windowStartedAt;
    const hits = fresh ? 1 : row.failures + 1;
    const windowEnd = new Date(windowStartedAt.getTime() + limit.windowMs);
    const lockedUntil = hits >= limit.max ? windowEnd : null;
    tx.insert(signInAttempts)
      .values({ key, failures: hits, windowStartedAt, lockedUntil })
      .onConflictDoUpdate({ target: signInAttempts.key, set: { failures: hits, windowStartedAt, lockedUntil } })
      .run();
    return hits > limit.max ? { allowed: false, retryAt: windowEnd } : { allowed: true, retryAt: null };
  });
}

/**
 * The caller's address: scripts/server.ts leaves exactly one in X-Forwarded-For, read from the
 * right as TRUST_PROXY says (lib/security/proxy-headers.ts), or "unknown".
 */
export function clientAddressFrom(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}
