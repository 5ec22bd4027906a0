// The import's limits and columns, without zod: the import wizard (a client component) reads them too.

/** The largest file the import accepts, in bytes (checked in the browser and again on the server). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** The largest number of data rows in one import: one synchronous transaction must stay short. */
export const IMPORT_MAX_ROWS = 5000;
/** Columns beyond this are ignored: no real actors sheet has more. */
export const IMPORT_MAX_COLUMNS = 100;
/** At most this many row errors are sent back: enough to fix a file, small enough to render. */
export const IMPORT_MAX_REPORTED_ERRORS = 500;

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The fields of ActorInput a column can be mapped to, in the order the export writes them. */
export const IMPORT_TARGETS = [
  'name',
  'category',
  'portfolio',
  'country',
  'city',
  'themes',
  'languages',
  'links',
  'influence',
  'interest',
  'tags',
  'website',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];
/** Without these two columns no row can become an actor. */
export const REQUIRED_TARGETS = ['name', 'category'] as const satisfies readonly ImportTarget[];
