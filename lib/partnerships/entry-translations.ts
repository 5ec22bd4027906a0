import 'server-only';
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { externalActionActors, externalActions, partnershipContributions, partnershipExchanges, partnershipTranslations } from '@/db/schema';
import type { TranslatableTarget } from '@/db/schema/partnerships';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Invalid, NotFound } from '@/lib/errors';
import { currentDocumentState } from '@/lib/collab/persistence';
import { partnershipDocumentName } from '@/lib/collab/names';
import { plainText } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';
import { ORIGINAL_LANGUAGE } from './document-translations';
import type { EntryTranslationRow } from './entry-translation-view';
import { getPartnership, getWritablePartnership } from './queries';
import type { EntryTranslationInput } from './schemas';
import { normalizeText } from './translation-state';
import { jointActionLink } from './columns';
import { pickColumns } from '@/lib/pick-columns';
import type { WorkspaceTable } from '@/lib/workspace-rows';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';

// Translations of the partnership space's own texts (issue 17, point 6): the joint objectives, the
// reciprocity entries, the exchanges and the joint actions' titles. Plain text, one per language;
// the shared sections keep their live co-edited translations (lib/partnerships/section-queries.ts).

/** The key of a translatable text in the map `listEntryTranslations` returns. */
export function translationKey(targetType: TranslatableTarget, targetId: string) {
  return `${targetType}:${targetId}`;
}

/** The text (`textColumn`) and language of a reciprocity entry or exchange of the partnership, or NotFound. */
function writtenEntryOf<T extends WorkspaceTable & { partnershipId: SQLiteColumn; language: SQLiteColumn }>(
  tx: Tx,
  ctx: MemberContext,
  partnershipId: string,
  table: T,
  textColumn: SQLiteColumn,
  entryId: string,
): { text: string; language: string } {
  const row = tx
    .select({ text: textColumn, language: table.language })
    .from(table as SQLiteTable)
    .where(and(eq(table.id, entryId), eq(table.partnershipId, partnershipId), eq(table.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFound('partnershipEntryNotFound');
  return row as { text: string; language: string };
}

/**
 * The original text of a translatable target of a partnership and its language; NotFound when the
 * target is not this partnership's (another partnership's entry, an action it is not a partner of).
 * The joint objectives and the actions are the authority's, written in its language.
 */
function originalOf(tx: Tx, ctx: MemberContext, partnership: { id: string; actorId: string }, targetType: TranslatableTarget, targetId: string) {
  switch (targetType) {
    case 'objectives': {
      if (targetId !== partnership.id) throw new NotFound('partnershipEntryNotFound');
      const text = plainText(contentFromYState(currentDocumentState(partnershipDocumentName(partnership.id), tx)));
      return { text, language: ORIGINAL_LANGUAGE as string };
    }
    case 'contribution':
      return writtenEntryOf(tx, ctx, partnership.id, partnershipContributions, partnershipContributions.text, targetId);
    case 'exchange':
      return writtenEntryOf(tx, ctx, partnership.id, partnershipExchanges, partnershipExchanges.summary, targetId);
    case 'action': {
      const row = tx
        .select({ text: externalActions.title })
        .from(externalActions)
        .innerJoin(externalActionActors, jointActionLink(partnership.actorId))
        .where(and(eq(externalActions.id, targetId), eq(externalActions.workspaceId, ctx.workspaceId)))
        .get();
      if (!row) throw new NotFound('partnershipEntryNotFound');
      return { text: row.text, language: ORIGINAL_LANGUAGE as string };
    }
  }
}

/** Every translation of a partnership's texts the caller may read, by `translationKey`. */
export function listEntryTranslations(tx: Tx, ctx: MemberContext, partnershipId: string): Map<string, EntryTranslationRow[]> {
  const partnership = getPartnership(tx, ctx, partnershipId);
  const rows = tx
    .select(pickColumns(partnershipTranslations, ['targetType', 'targetId', 'language', 'text', 'sourceText', 'updatedAt']))
    .from(partnershipTranslations)
    .where(and(eq(partnershipTranslations.partnershipId, partnership.id), eq(partnershipTranslations.workspaceId, ctx.workspaceId)))
    .orderBy(partnershipTranslations.language)
    .all();
  const map = new Map<string, EntryTranslationRow[]>();
  for (const { targetType, targetId, ...row } of rows) {
    const key = translationKey(targetType, targetId);
    map.set(key, [...(map.get(key) ?? []), row]);
  }
  return map;
}

/**
 * Writes (or rewrites) the translation of a text of a partnership the caller contributes to, into
 * a language other than the original's. It then follows the original as it is now: saving again
 * is also how a translator says an out-of-date translation still holds.
 */
export function saveEntryTranslation(tx: Tx, ctx: MemberContext, input: EntryTranslationInput, now = new Date()): MutationOutcome<{ id: string }> {
  const partnership = getWritablePartnership(tx, ctx, input.partnershipId);
  const original = originalOf(tx, ctx, partnership, input.targetType, input.targetId);
  if (!original.text.trim()) throw new Invalid('translationNothingToTranslate');
  if (original.language === input.language) throw new Invalid('invalid', { language: 'translationSameLanguage' });
  const sourceText = normalizeText(original.text);
  const where = and(
    eq(partnershipTranslations.partnershipId, partnership.id),
    eq(partnershipTranslations.targetType, input.targetType),
    eq(partnershipTranslations.targetId, input.targetId),
    eq(partnershipTranslations.language, input.language),
  );
  const existing = tx.select({ id: partnershipTranslations.id }).from(partnershipTranslations).where(where).get();
  const id = existing?.id ?? crypto.randomUUID();
  if (existing) {
    tx.update(partnershipTranslations)
      .set({ text: input.text, sourceText, updatedBy: ctx.userId, updatedAt: now })
      .where(eq(partnershipTranslations.id, id))
      .run();
  } else {
    tx.insert(partnershipTranslations)
      .values({
        id,
        workspaceId: ctx.workspaceId,
        partnershipId: partnership.id,
        targetType: input.targetType,
        targetId: input.targetId,
        language: input.language,
        text: input.text,
        sourceText,
        updatedBy: ctx.userId,
        createdAt: now,
        updatedAt: now,
      })
      .run();
  }
  return {
    data: { id },
    audit: {
      action: existing ? 'partnership.updateTranslation' : 'partnership.addTranslation',
      entityType: 'partnership',
      entityId: partnership.id,
      changes: { targetType: input.targetType, targetId: input.targetId, language: input.language, text: input.text },
    },
  };
}
