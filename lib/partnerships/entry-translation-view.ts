import { normalizeText } from './translation-state';

// No `server-only`: a pure rule, shared by the partnership page and its tests.

/** A stored translation of one text of a partnership's space. */
export type EntryTranslationRow = { language: string; text: string; sourceText: string; updatedAt: Date };

/** What a reader sees of a translatable text, in the page's language. */
export type ReadAs = {
  /** The text to show and the language it is written in (the page's, or the original's with a `lang`). */
  text: string;
  lang: string;
  /**
   * `original`: written in the page's language; `translation`: the page's language's translation,
   * up to date; `missing`: none in the page's language; `outOfDate`: one exists but the original
   * changed after it (the original is shown).
   */
  state: 'original' | 'translation' | 'missing' | 'outOfDate';
  original: { text: string; language: string };
  /** Every translation, with whether the original changed since it was saved. */
  translations: { language: string; text: string; outOfDate: boolean }[];
};

/** Whether a translation still follows the original as it is now (texts compared without spacing differences). */
export function followsOriginal(row: Pick<EntryTranslationRow, 'sourceText'>, original: string) {
  return normalizeText(row.sourceText) === normalizeText(original);
}

/**
 * How a text of a partnership's space reads in `locale` (issue 17, point 6): its original when
 * written in that language, else the up-to-date translation into it, else the original marked with
 * its language and the reason no translation is shown — as a shared section is exported.
 */
export function readAs(original: { text: string; language: string }, rows: EntryTranslationRow[], locale: string): ReadAs {
  const translations = rows.map((r) => ({ language: r.language, text: r.text, outOfDate: !followsOriginal(r, original.text) }));
  const base = { original, translations };
  if (original.language === locale || !original.text.trim()) return { ...base, text: original.text, lang: original.language, state: 'original' };
  const mine = translations.find((t) => t.language === locale);
  if (mine && !mine.outOfDate) return { ...base, text: mine.text, lang: locale, state: 'translation' };
  return { ...base, text: original.text, lang: original.language, state: mine ? 'outOfDate' : 'missing' };
}
