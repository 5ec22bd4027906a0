import fs from 'node:fs';
import path from 'node:path';
import { beforeEach } from 'vitest';

const template = path.resolve('.tmp/vitest/template.db');
let counter = 0;

// Each test gets its own copy of the migrated database: the `db` proxy in db/client.ts opens
// whatever DATABASE_PATH names, so changing it isolates tests without mocking anything.
beforeEach(() => {
  const file = path.resolve(`.tmp/vitest/w${process.pid}-${++counter}.db`);
  fs.copyFileSync(template, file);
  process.env.DATABASE_PATH = file;
});
