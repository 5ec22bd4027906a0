import { integer, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { workspaces } from './workspaces';

// Column builders shared by the tables: each returns a new builder with exactly the SQL of the
// column it replaces (name, type, nullability, default, foreign key), so using one changes no
// migration. users.ts and workspaces.ts do not use them: this module imports those two tables.

/** The text primary key of a row (ids are generated in code). */
export function idColumn() {
  return text('id').primaryKey();
}

/** A moment, stored as milliseconds since the epoch; nullable unless `.notNull()` is added. */
export function timestampColumn(name: string) {
  return integer(name, { mode: 'timestamp_ms' });
}

/** When the row was created. */
export function createdAtColumn() {
  return timestampColumn('created_at').notNull();
}

/** When the row last changed. */
export function updatedAtColumn() {
  return timestampColumn('updated_at').notNull();
}

/** `createdAt` then `updatedAt`, both required: spread as a table's last columns. */
export function timestamps() {
  return { createdAt: createdAtColumn(), updatedAt: updatedAtColumn() };
}

/** Optimistic concurrency: a save must name the version it was loaded with (lib/concurrency.ts). */
export function versionColumn() {
  return integer('version').notNull().default(1);
}

/** The workspace a row belongs to; deleting the workspace deletes the row. */
export function workspaceIdColumn() {
  return text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' });
}

/** A required link to the row this one belongs to (`parent` returns its id column); deleted with it. */
export function parentColumn(name: string, parent: () => AnySQLiteColumn) {
  return text(name).notNull().references(parent, { onDelete: 'cascade' });
}

/** An optional link that becomes null when the row it names is deleted. */
export function optionalLinkColumn(name: string, target: () => AnySQLiteColumn) {
  return text(name).references(target, { onDelete: 'set null' });
}

/** The member who did something (created, recorded, decided…): null once their account is gone. */
export function userColumn(name: string) {
  return optionalLinkColumn(name, () => users.id);
}

/** Who wrote an entry: the account, and the name kept so the entry still says who after the account is gone. */
export function authorColumns() {
  return { authorId: userColumn('author_id'), authorName: text('author_name').notNull() };
}

/** `id` then `workspaceId`: the first columns of a row a workspace owns. */
export function workspaceRowColumns() {
  return { id: idColumn(), workspaceId: workspaceIdColumn() };
}

/** Who submitted a version for review (the name kept after the account is gone), then when the cycle began and last moved. */
export function submissionColumns() {
  return { submittedById: userColumn('submitted_by_id'), submitterName: text('submitter_name').notNull(), ...timestamps() };
}

/** The adoption of a version by the deciding body (the strategy document's and the evaluation's): frozen once written. */
export function adoptionColumns() {
  return {
    /** YYYY-MM-DD, the day of the deliberation. */
    adoptedOn: text('adopted_on').notNull(),
    body: text('body').notNull(),
    reference: text('reference').notNull(),
    recordedById: userColumn('recorded_by_id'),
    recorderName: text('recorder_name').notNull(),
    createdAt: createdAtColumn(),
  };
}
