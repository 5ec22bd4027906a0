import { z } from 'zod';

import {
  IMPORT_FORMATS,
  IMPORT_KINDS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_ROWS,
  IMPORT_TARGETS,
  RELATION_TARGETS,
  type AnyTarget,
  type ImportKind,
  type ValueField,
} from './import-limits';

export {
  IMPORT_FORMATS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_REPORTED_ERRORS,
  IMPORT_MAX_ROWS,
  IMPORT_TARGETS,
  REQUIRED_TARGETS,
  IMPORT_KINDS,
  RELATION_TARGETS,
  VALUE_FIELDS,
  CHOICE_ASIDE,
  CHOICE_EMPTY,
  targetsOf,
  requiredTargetsOf,
  type AnyTarget,
  type ImportFormat,
  type ImportKind,
  type ImportTarget,
  type RelationTarget,
  type ValueField,
} from './import-limits';

/** What to do with a row that looks like an actor already known (in the workspace or earlier in the file). */
export const DUPLICATE_DECISIONS = ['merge', 'skip'] as const;
export type DuplicateDecision = (typeof DUPLICATE_DECISIONS)[number];

/** Base64 length of a file of IMPORT_MAX_BYTES bytes. */
const MAX_BASE64 = Math.ceil(IMPORT_MAX_BYTES / 3) * 4;

/** The file as the browser sends it: base64 bytes (so that a Windows-1252 CSV survives) and its format. */
export const ImportFileInput = z.object({
  name: z.string().trim().min(1).max(200),
  format: z.enum(IMPORT_FORMATS),
  data: z.string().min(1).max(MAX_BASE64, { message: 'importFileTooLarge' }),
});
export type ImportFileInput = z.infer<typeof ImportFileInput>;

/** Target field → index of the file's column, or null to ignore it. */
export const ImportMapping = z.partialRecord(
  z.enum([...IMPORT_TARGETS, ...RELATION_TARGETS]),
  z
    .number()
    .int()
    .min(0)
    .max(IMPORT_MAX_COLUMNS - 1)
    .nullable(),
);
export type ImportMapping = z.infer<typeof ImportMapping>;

/** The spreadsheet once read on the server: headers and each row with its line number in the file. */
export const ImportTable = z.object({
  fileName: z.string().max(200),
  format: z.enum(IMPORT_FORMATS),
  headers: z.array(z.string().max(300)).max(IMPORT_MAX_COLUMNS),
  rows: z
    .array(z.object({ line: z.number().int().min(1), cells: z.array(z.string().max(10_000)).max(IMPORT_MAX_COLUMNS) }))
    .max(IMPORT_MAX_ROWS, { message: 'importTooManyRows' }),
});
export type ImportTable = z.infer<typeof ImportTable>;

/** Line number (as a string key) → decision, for each likely duplicate. Missing means skip. */
export const ImportDecisions = z.record(z.string().regex(/^\d{1,7}$/), z.enum(DUPLICATE_DECISIONS));
export type ImportDecisions = z.infer<typeof ImportDecisions>;

/**
 * The value-mapping step's choices: a value's key (`field|scope|normalised value`) → a code of
 * that field's list, CHOICE_EMPTY or CHOICE_ASIDE. Codes are checked where they are applied.
 */
export const ImportChoices = z
  .record(z.string().min(1).max(400), z.string().min(1).max(60))
  .refine((r) => Object.keys(r).length <= 5000, { message: 'tooMany' });
export type ImportChoices = z.infer<typeof ImportChoices>;

/** Input of the server-side preview (checks the file, nothing is written). */
export const ImportPreviewInput = z.object({
  kind: z.enum(IMPORT_KINDS).default('actors'),
  table: ImportTable,
  mapping: ImportMapping.optional(),
  choices: ImportChoices.default({}),
  locale: z.enum(['fr', 'en']).default('fr'),
});

/**
 * Input of the commit: the same file, mapping and choices, a decision per likely duplicate, and
 * the counts the person confirmed: if the file no longer gives them, nothing is written.
 */
export const ImportCommitInput = z.object({
  kind: z.enum(IMPORT_KINDS).default('actors'),
  table: ImportTable,
  mapping: ImportMapping,
  choices: ImportChoices.default({}),
  decisions: ImportDecisions.default({}),
  expected: z.object({ imported: z.number().int().min(0).max(IMPORT_MAX_ROWS), setAside: z.number().int().min(0).max(IMPORT_MAX_ROWS) }),
  locale: z.enum(['fr', 'en']).default('fr'),
});

/** How a value's target was found: by the person before, by code or label, ignoring accents, or by a synonym. */
export const SUGGESTION_SOURCES = ['remembered', 'exact', 'normalized', 'synonym'] as const;
export type SuggestionSource = (typeof SUGGESTION_SOURCES)[number];

/** One distinct value of a closed-list column, with its rows' count and what it would become. */
export type ValueGroup = {
  field: ValueField;
  key: string;
  /** The value as first written in the file. */
  value: string;
  /** The rows' country side when it decides the target. */
  scope: '' | 'fr' | 'abroad';
  count: number;
  suggestion: { choice: string; source: SuggestionSource } | null;
};

/** A row that will not be imported, with the reason in the person's language (quoting the value). */
export type AsideRow = { line: number; reason: string };

/** A row that looks like an actor already known. */
export type ImportDuplicate = {
  line: number;
  name: string;
  country: string | null;
  /** An existing actor of the workspace, or an earlier line of the same file. */
  match: { kind: 'existing'; actorId: string; name: string } | { kind: 'file'; line: number; name: string };
};

/** What the wizard shows before the commit. */
export type ImportPreview = {
  kind: ImportKind;
  headers: string[];
  mapping: ImportMapping;
  samples: string[][];
  rowCount: number;
  /** Rows that pass every check (likely duplicates included: they are merged or skipped as decided). */
  validCount: number;
  missingTargets: AnyTarget[];
  values: ValueGroup[];
  /** Countries to choose from when a country value matched none (code and name in the person's language). */
  countryOptions: { code: string; name: string }[];
  /** The first rows set aside, and how many there are in all. */
  aside: AsideRow[];
  asideCount: number;
  duplicates: ImportDuplicate[];
};

/** What the commit did; the rows set aside come back whole, for the person to download and fix. */
export type ImportSummary = {
  kind: ImportKind;
  rows: number;
  created: number;
  merged: number;
  skipped: number;
  headers: string[];
  aside: (AsideRow & { cells: string[] })[];
};
