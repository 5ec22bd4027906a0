import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { sectionTranslations } from '@/db/schema';
import { diffTexts, type DiffPart } from '@/lib/strategy-document/diff';
import { plainText } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';

// No `server-only`: the collaboration server records translation changes when it stores them.

/** Texts compared without the differences in spacing that an editor's re-save may introduce. */
export function normalizeText(text: string) {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * When a translation's text changed, records it with the original's text at that moment (the
 * text the translation now follows). A store that changes nothing (a re-save, a connection that
 * only read) leaves the record alone, so it cannot hide an out-of-date translation.
 */
export function recordTranslationState(
  tx: Tx,
  ref: { sectionId: string; language: string },
  translationState: Uint8Array,
  originalState: Uint8Array | null,
  now = new Date(),
) {
  const row = tx
    .select({ id: sectionTranslations.id, text: sectionTranslations.text })
    .from(sectionTranslations)
    .where(and(eq(sectionTranslations.sectionId, ref.sectionId), eq(sectionTranslations.language, ref.language)))
    .get();
  if (!row) return false;
  const text = normalizeText(plainText(contentFromYState(translationState)));
  if (text === row.text) return false;
  const sourceText = normalizeText(plainText(contentFromYState(originalState)));
  tx.update(sectionTranslations).set({ text, sourceText, updatedAt: now }).where(eq(sectionTranslations.id, row.id)).run();
  return true;
}

export type TranslationStatus = { outOfDate: boolean; parts: DiffPart[]; added: number; removed: number };

/**
 * Whether a translation is out of date: the original's text now differs from the text it had when
 * the translation last changed. The parts show the original's changed passages since then.
 */
export function translationStatus(sourceText: string, currentOriginal: string): TranslationStatus {
  const before = normalizeText(sourceText);
  const after = normalizeText(currentOriginal);
  if (before === after) return { outOfDate: false, parts: [], added: 0, removed: 0 };
  return { outOfDate: true, ...diffTexts(before, after) };
}
