import { z } from 'zod';

import { IMPORT_FORMATS, IMPORT_MAX_BYTES, IMPORT_MAX_COLUMNS, IMPORT_MAX_ROWS, IMPORT_TARGETS, type ImportTarget } from './import-limits';

export {
  IMPORT_FORMATS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_COLUMNS,
  IMPORT_MAX_REPORTED_ERRORS,
  IMPORT_MAX_ROWS,
  IMPORT_TARGETS,
  REQUIRED_TARGETS,
  type ImportFormat,
  type ImportTarget,
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
export const ImportMapping = z.partialRecord(z.enum(IMPORT_TARGETS), z.number().int().min(0).max(IMPORT_MAX_COLUMNS - 1).nullable());
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

/** Input of the server-side preview (checks the file, nothing is written). */
export const ImportPreviewInput = z.object({
  table: ImportTable,
  mapping: ImportMapping.optional(),
  locale: z.enum(['fr', 'en']).default('fr'),
});

/** Input of the commit: the same file and mapping, plus a decision per likely duplicate. */
export const ImportCommitInput = z.object({
  table: ImportTable,
  mapping: ImportMapping,
  decisions: ImportDecisions.default({}),
  locale: z.enum(['fr', 'en']).default('fr'),
});

/** One reason why a row cannot be imported; `message` is a validation key or zod's localised text. */
export type ImportRowError = { line: number; field: ImportTarget | 'row'; message: string };

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
  headers: string[];
  mapping: ImportMapping;
  samples: string[][];
  rowCount: number;
  validCount: number;
  missingTargets: ImportTarget[];
  errors: ImportRowError[];
  errorCount: number;
  duplicates: ImportDuplicate[];
};

/** What the commit did. */
export type ImportSummary = { rows: number; created: number; merged: number; skipped: number };
