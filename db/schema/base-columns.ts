import { integer, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

// The column builders that name no table, so that users.ts and workspaces.ts (which columns.ts
// imports) can use them too. Each returns a new builder with exactly the SQL of the column it
// replaces, so using one changes no migration.

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

/** A required link to the row this one belongs to (`parent` returns its id column); deleted with it. */
export function parentColumn(name: string, parent: () => AnySQLiteColumn) {
  return text(name).notNull().references(parent, { onDelete: 'cascade' });
}

/** An optional link that becomes null when the row it names is deleted. */
export function optionalLinkColumn(name: string, target: () => AnySQLiteColumn) {
  return text(name).references(target, { onDelete: 'set null' });
}

/** An optional link to a row this one belongs to when set; deleted with it. */
export function optionalParentColumn(name: string, parent: () => AnySQLiteColumn) {
  return text(name).references(parent, { onDelete: 'cascade' });
}

/** The key of a row that extends another one to one (settings, a placement…): the other row's id; deleted with it. */
export function extensionKeyColumn(name: string, extended: () => AnySQLiteColumn) {
  return text(name).primaryKey().references(extended, { onDelete: 'cascade' });
}
