import 'server-only';
import { eq, lt, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { revokedSessions, users } from '@/db/schema';

/** The account's current session generation (written into a token at sign-in). */
export function sessionGenerationOf(userId: string, tx: Tx = db): number {
  return tx.select({ gen: users.sessionGeneration }).from(users).where(eq(users.id, userId)).get()?.gen ?? 0;
}

/**
 * Ends every session of the account at its next request (lib/auth/session-token.ts compares the
 * generation): password change or reset, "sign out everywhere", an admin's "end sessions", erasure.
 * Returns the new generation.
 */
export function endAllSessions(tx: Tx, userId: string): number {
  tx.update(users)
    .set({ sessionGeneration: sql`${users.sessionGeneration} + 1` })
    .where(eq(users.id, userId))
    .run();
  return sessionGenerationOf(userId, tx);
}

/**
 * Sign-out: this session's id is refused until the token would have expired anyway (next-auth only
 * clears the cookie, and a copied cookie would otherwise open the app for hours). Expired entries go.
 */
export function revokeSession(token: { sub?: unknown; sid?: unknown; exp?: unknown }, now = new Date()) {
  if (typeof token.sid !== 'string' || typeof token.sub !== 'string') return;
  const expiresAt = new Date(typeof token.exp === 'number' ? token.exp * 1000 : now.getTime() + 24 * 3600_000);
  const sid = token.sid;
  const userId = token.sub;
  db.transaction((tx) => {
    tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, now)).run();
    if (!tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) return;
    tx.insert(revokedSessions).values({ sid, userId, expiresAt }).onConflictDoNothing().run();
  });
}
