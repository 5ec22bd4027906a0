import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, migrateDatabase } from '../../db/client';
import { testRunDir } from './run-dir';

/** Migrates one template database with the real migrations, once per run; removes it afterwards. */
export default function setup() {
  const dir = testRunDir();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const { sqlite, db } = openDatabase(path.join(dir, 'template.db'));
  migrateDatabase(db);
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
