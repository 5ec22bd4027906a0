import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, migrateDatabase } from '../../db/client';

/** Where the migrated template database lives; each test copies it. */
export const TEMPLATE_DB = path.resolve('.tmp/vitest/template.db');

/** Migrates one template database with the real migrations, once per run. */
export default function setup() {
  fs.rmSync(path.dirname(TEMPLATE_DB), { recursive: true, force: true });
  fs.mkdirSync(path.dirname(TEMPLATE_DB), { recursive: true });
  const { sqlite, db } = openDatabase(TEMPLATE_DB);
  migrateDatabase(db);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
}
