import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The schema's modules import each other (a table names another's key; the column builders name
// `users` and `workspaces`), so the order they load in depends on which one a caller imports first.
// Each one is loaded here first, in a fresh module graph: a builder called while its own module is
// still half-loaded fails at once ("Cannot access … before initialization"), as it did when a test
// imported db/schema/competencies.ts before anything else.

const DIR = path.dirname(new URL(import.meta.url).pathname);
const MODULES = fs
  .readdirSync(DIR)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .sort();

describe('every schema module can be the first one loaded', () => {
  it('finds the modules', () => {
    expect(MODULES).toContain('columns.ts');
    expect(MODULES).toContain('workspaces.ts');
    expect(MODULES.length).toBeGreaterThan(20);
  });

  it.each(MODULES)('%s loads first in a fresh module graph', async (file) => {
    vi.resetModules();
    const loaded = (await import(`./${file.replace(/\.ts$/, '')}`)) as Record<string, unknown>;
    expect(Object.keys(loaded).length).toBeGreaterThan(0);
  });
});
