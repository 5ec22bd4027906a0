import type { Locale } from '@/lib/i18n/config';

/** Text in both languages, frozen into a snapshot (for example a diagnostic dimension's title). */
export type Text = Record<Locale, string>;

/** A ProseMirror (Tiptap) document or node, as JSON. */
export type PmNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};

export type Count = { key: string; n: number };

/** "The territory and the world": the actors map's figures and the latest completed diagnostic. */
export type TerritoryData = {
  actors: { total: number; byFamily: Count[]; byCategory: Count[]; byCountry: Count[]; byRelationType: Count[] };
  diagnostic: null | {
    title: string;
    heldOn: string;
    overall: number | null;
    dimensions: { key: string; title: Text; score: number | null }[];
    /** `kind` is absent from documents frozen before strengths existed (all weaknesses). */
    findings: { key: string; kind?: string; severity: string; finding: Text }[];
  };
};

/** The appendix "actions × competencies": actions per competency and per type of action. */
export type CompetenciesData = {
  totalActions: number;
  unlinked: number;
  unlinkedByType: Record<string, number>;
  /** The types of action present, in the catalogue's order (the matrix's columns). */
  types: string[];
  rows: { ref: string; title: Text; total: number; byType: Record<string, number> }[];
};

/** The appendix "consolidated budget", in cents: by year, by funding source and by department. */
export type BudgetData = {
  years: number[];
  total: number;
  totalsByYear: Record<string, number>;
  bySource: { key: string; byYear: Record<string, number>; total: number }[];
  /** `name` null: lines of no department. */
  byDepartment: { name: string | null; byYear: Record<string, number>; total: number }[];
};

/** The common thread as written in the strategy module, or null when nobody has written it yet. */
export type ThreadData = {
  thread: null | { periodStart: number; periodEnd: number; vision: string; thread: string; principles: string[] };
};

/** The strategic axes with their objectives, placed actions and indicators. */
export type AxesData = {
  axes: {
    title: string;
    objectives: string[];
    actions: string[];
    indicators: { name: string; unit: string | null; baseline: number | null; target: number | null; targetDate: string | null; latest: number | null }[];
  }[];
};

/** A data section whose domain is not built yet: it says where its data will come from. */
export type PendingData = { pending: true; source: 'strategy' | 'actions' };

export type WrittenSnapshot = {
  id: string;
  kind: 'written';
  title: string;
  assigneeName: string | null;
  /** The text as ProseMirror JSON, and the same rendered as HTML and as plain text. */
  content: PmNode;
  html: string;
  text: string;
  /**
   * Set by an export in another language than the original (lib/partnerships/document-translations.ts):
   * the language of the text and of the title, and why the original stays when no translation is used.
   */
  lang?: string;
  titleLang?: string;
  translation?: 'missing' | 'outOfDate';
};

export type DataSnapshot =
  | { id: string; kind: 'territory'; title: string | null; data: TerritoryData }
  | { id: string; kind: 'competencies'; title: string | null; data: CompetenciesData | PendingData }
  | { id: string; kind: 'budget'; title: string | null; data: BudgetData | PendingData }
  | { id: string; kind: 'thread'; title: string | null; data: ThreadData | PendingData }
  | { id: string; kind: 'axes'; title: string | null; data: AxesData | PendingData };

/** One section as it is at a moment: what a version freezes and what every view renders. */
export type SectionSnapshot = WrittenSnapshot | DataSnapshot;

/** The whole document at a moment. Stored as is in `document_versions.snapshot`; never changed. */
export type DocumentSnapshot = {
  schemaVersion: 1;
  workspaceName: string;
  takenAt: string;
  sections: SectionSnapshot[];
};

/** The adoption of a saved version (lib/review): every export of that version says it. */
export type AdoptionMark = { adoptedOn: string; body: string; reference: string };
