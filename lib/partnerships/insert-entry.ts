import 'server-only';
import crypto from 'node:crypto';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Tx } from '@/db/client';
import { partnershipComments, partnershipContacts, partnershipContributions, partnershipExchanges } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';

type EntryTable = typeof partnershipContributions | typeof partnershipContacts | typeof partnershipExchanges | typeof partnershipComments;

/**
 * Adds a row to a partnership's space (a reciprocity entry, contact, exchange or comment) under a
 * new id, in the caller's workspace, dated `now`; returns its id.
 */
export function insertPartnershipEntry<T extends EntryTable>(
  tx: Tx,
  ctx: MemberContext,
  table: T,
  partnershipId: string,
  values: Omit<T['$inferInsert'], 'id' | 'workspaceId' | 'partnershipId' | 'createdAt'>,
  now: Date,
): string {
  const id = crypto.randomUUID();
  tx.insert(table as SQLiteTable)
    .values({ id, workspaceId: ctx.workspaceId, partnershipId, ...values, createdAt: now })
    .run();
  return id;
}
