import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The schema modules import each other in a cycle (workspaces → actors → columns → workspaces):
// whichever is imported first, the builders it calls at load must already be bound.
const modules = fs
  .readdirSync(path.join(__dirname))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

describe('db/schema', () => {
  it.each(modules)('%s loads when it is the first schema module imported', async (name) => {
    vi.resetModules();
    const mod: Record<string, unknown> = await import(`./${name}.ts`);
    expect(Object.keys(mod).length).toBeGreaterThan(0);
  });
});
