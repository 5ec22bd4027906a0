import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { calendarSettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/queries';
import { newFeedToken } from './feed';

/** The person's calendar settings as the account page shows them (never the token: it is not kept). */
export function getCalendarSettings(tx: Tx, userId: string) {
  const row = tx.select().from(calendarSettings).where(eq(calendarSettings.userId, userId)).get();
  return { feedCreatedAt: row?.feedTokenHash ? row.feedCreatedAt : null, digest: !row?.digestOptOut };
}

/**
 * Makes the person a new secret feed address, ending the previous one; returns the token, shown
 * once. Audited (without the token).
 */
export function createFeedToken(tx: Tx, userId: string, now = new Date()): string {
  const { token, hash } = newFeedToken();
  const before = tx.select({ hash: calendarSettings.feedTokenHash }).from(calendarSettings).where(eq(calendarSettings.userId, userId)).get();
  tx.insert(calendarSettings)
    .values({ userId, feedTokenHash: hash, feedCreatedAt: now })
    .onConflictDoUpdate({ target: calendarSettings.userId, set: { feedTokenHash: hash, feedCreatedAt: now } })
    .run();
  recordAudit(
    tx,
    { workspaceId: null, userId },
    { action: 'calendarFeed.create', entityType: 'user', entityId: userId, changes: { replaced: !!before?.hash } },
  );
  return token;
}

/** Ends the person's feed address: it answers 404 from now on. Audited. */
export function revokeFeedToken(tx: Tx, userId: string): boolean {
  const result = tx.update(calendarSettings).set({ feedTokenHash: null, feedCreatedAt: null }).where(eq(calendarSettings.userId, userId)).run();
  const revoked = result.changes > 0;
  recordAudit(tx, { workspaceId: null, userId }, { action: 'calendarFeed.revoke', entityType: 'user', entityId: userId, changes: { revoked } });
  return revoked;
}

/** Turns the weekly digest on or off for the person. Audited. */
export function setDigestPreference(tx: Tx, userId: string, digest: boolean) {
  tx.insert(calendarSettings)
    .values({ userId, digestOptOut: !digest })
    .onConflictDoUpdate({ target: calendarSettings.userId, set: { digestOptOut: !digest } })
    .run();
  recordAudit(tx, { workspaceId: null, userId }, { action: 'account.update', entityType: 'user', entityId: userId, changes: { weeklyDigest: digest } });
}
