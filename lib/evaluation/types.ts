import type { EvaluationChapter } from '@/db/schema/evaluation';
import type { PmNode } from '@/lib/strategy-document/types';

// No `server-only`: the renderers (web, print, DOCX) and the tests read the same neutral model.

/**
 * One cell of a data table. Plain strings are the data's own words (a title, a name); the others
 * are formatted in the reader's language by the renderer: a number, an amount in euro cents, a
 * share, a day (YYYY-MM-DD), or a message path (`label`) translated at render time.
 */
export type Cell =
  string | number | null | { money: number } | { percent: number | null } | { day: string } | { label: string } | { country: string } | { language: string };

/** A table of a data chapter. `caption` and `columns` are keys under `evaluation.tables` / `evaluation.columns`. */
export type DataTable = { id: string; caption: string; columns: string[]; rows: Cell[][] };

/** A data chapter as assembled by one source (lib/evaluation/sources/*.ts): its title is `evaluation.chapters.<key>`. */
export type DataChapter = { key: string; tables: DataTable[]; note?: string };

/** A written chapter's text, frozen in a version. */
export type WrittenChapter = { chapter: EvaluationChapter; html: string; text: string; content: PmNode };

/** Everything an evaluation shows, live or frozen: what a version stores and every renderer reads. */
export type EvaluationSnapshot = { year: number; assembledOn: string; data: DataChapter[]; written: WrittenChapter[] };
