import 'server-only';
import { eq } from 'drizzle-orm';
import { getColumnsInWorkspace } from '@/lib/workspace-rows';
import type { Tx } from '@/db/client';
import { partnershipContributions } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Forbidden } from '@/lib/errors';
import { assertSideWritable, mayRemoveEntry } from './access';
import { getWritablePartnership } from './queries';
import type { ContributionInput, UpdateContributionInput } from './schemas';
import { contributionColumns } from './columns';
import { insertPartnershipEntry } from './insert-entry';

// Returns recorded by partners (issue 21, point 3): each side of a partnership writes what it
// brings, what it expects and what it has observed on its own side, in its own language; the
// translations of an entry follow it (lib/partnerships/entry-translations.ts) and show as out of
// date once it is rewritten. docs/decisions/0030-returns-recorded-by-partners.md.

/** Adds a reciprocity entry (brings, expects, observed) on a side the caller may write for. */
export function addContribution(tx: Tx, ctx: MemberContext, input: ContributionInput, now = new Date()): MutationOutcome<{ id: string }> {
  const partnership = getWritablePartnership(tx, ctx, input.partnershipId);
  assertSideWritable(ctx, input.side);
  const id = insertPartnershipEntry(
    tx,
    ctx,
    partnershipContributions,
    partnership.id,
    { side: input.side, kind: input.kind, text: input.text, language: input.language ?? 'fr', authorId: ctx.userId },
    now,
  );
  return {
    data: { id },
    audit: {
      action: 'partnership.addContribution',
      entityType: 'partnership',
      entityId: partnership.id,
      changes: { side: input.side, kind: input.kind, text: input.text, language: input.language ?? 'fr' },
    },
  };
}

/**
 * Rewrites a reciprocity entry of a partnership the caller contributes to: its author, or the
 * team's managers. Another partnership's entry is NotFound for a partner (they cannot tell it
 * exists); nothing is changed when refused.
 */
export function updateContribution(tx: Tx, ctx: MemberContext, input: UpdateContributionInput, now = new Date()): MutationOutcome<null> {
  const columns = {
    id: partnershipContributions.id,
    partnershipId: partnershipContributions.partnershipId,
    authorId: partnershipContributions.authorId,
    ...contributionColumns,
  };
  const entry = getColumnsInWorkspace(tx, partnershipContributions, columns, ctx, input.entryId, 'partnershipEntryNotFound');
  const partnership = getWritablePartnership(tx, ctx, entry.partnershipId);
  assertSideWritable(ctx, entry.side);
  if (!mayRemoveEntry(ctx, { authorId: entry.authorId })) throw new Forbidden('partnershipEntryNotYoursToEdit');
  const language = input.language ?? entry.language;
  tx.update(partnershipContributions).set({ text: input.text, language, updatedAt: now }).where(eq(partnershipContributions.id, entry.id)).run();
  return {
    data: null,
    audit: {
      action: 'partnership.updateContribution',
      entityType: 'partnership',
      entityId: partnership.id,
      changes: { entryId: entry.id, side: entry.side, kind: entry.kind, text: { from: entry.text, to: input.text }, language },
    },
  };
}
