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

/** What a file holds: actors, or relations between actors already in the workspace (found by name). */
export const IMPORT_KINDS = ['actors', 'relations'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The fields of a relation a column can be mapped to; `from` and `to` are actor names. */
export const RELATION_TARGETS = ['from', 'to', 'type', 'strength', 'startDate', 'endDate', 'notes'] as const;
export type RelationTarget = (typeof RELATION_TARGETS)[number];
export const REQUIRED_RELATION_TARGETS = ['from', 'to', 'type'] as const satisfies readonly RelationTarget[];

/** Any column target, of either kind. */
export type AnyTarget = ImportTarget | RelationTarget;

/** The columns whose values must come from a closed list: each distinct value is mapped in the wizard. */
export const VALUE_FIELDS = { actors: ['category', 'country'], relations: ['type'] } as const satisfies Record<ImportKind, readonly AnyTarget[]>;
export type ValueField = (typeof VALUE_FIELDS)[ImportKind][number];

/** Choices of the value-mapping step other than a list code. */
export const CHOICE_EMPTY = '__empty';
export const CHOICE_ASIDE = '__aside';

/** The targets of a kind of file, and those it cannot do without. */
export function targetsOf(kind: ImportKind): readonly AnyTarget[] {
  return kind === 'actors' ? IMPORT_TARGETS : RELATION_TARGETS;
}
export function requiredTargetsOf(kind: ImportKind): readonly AnyTarget[] {
  return kind === 'actors' ? REQUIRED_TARGETS : REQUIRED_RELATION_TARGETS;
}
