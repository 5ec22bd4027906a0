import fs from 'node:fs';
import path from 'node:path';
import { beforeEach } from 'vitest';
import { testRunDir } from './run-dir';

const template = path.join(testRunDir(), 'template.db');
let counter = 0;

// Each test gets its own copy of the migrated database: the `db` proxy in db/client.ts opens
// whatever DATABASE_PATH names, so changing it isolates tests without mocking anything.
beforeEach(() => {
  const file = path.join(testRunDir(), `w${process.pid}-${++counter}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_PATH = file;
});
