import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasDirective, packageOf, parse, resolveLocal, ROOT, sourceFiles, valueImports } from '@/lib/test/module-graph';

// The first-load JavaScript budget (README "Performance", < 200 kB gzip per route) holds only if
// client components never reach these packages through a value import: zod classic is not
// tree-shakeable (~40 kB gzip), drizzle's sqlite-core comes with any table module (~7.5 kB) and
// i18n-iso-countries with its name tables (~14 kB). Forms are validated on the server
// (components/ui/use-action-form.ts); type-only imports are erased and allowed.
const SERVER_ONLY_PACKAGES = ['zod', '@hookform/resolvers', 'drizzle-orm', 'i18n-iso-countries'];

/** The first chain of value imports from `entry` to a server-only package, if any. */
function serverOnlyChain(entry: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const source = parse(file);
    // A server action reaches the browser as a reference, never as code.
    if (chain.length > 0 && hasDirective(source, 'use server')) return null;
    for (const specifier of valueImports(source)) {
      const local = resolveLocal(specifier, file);
      const here = [...chain, path.relative(ROOT, file)];
      if (local) {
        const found = walk(local, here);
        if (found) return found;
      } else if (!specifier.startsWith('.') && !specifier.startsWith('@/') && SERVER_ONLY_PACKAGES.includes(packageOf(specifier))) {
        return [...here, specifier];
      }
    }
    return null;
  };
  return walk(entry, []);
}

const SOURCE_DIRS = ['app', 'components', 'lib'];
const clientComponents = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((file) => hasDirective(parse(file), 'use client'));

describe('client components', () => {
  it('are found (the scan looks at the right files)', () => {
    expect(clientComponents.length).toBeGreaterThan(50);
    expect(clientComponents.map((f) => path.relative(ROOT, f))).toContain(path.join('components', 'ui', 'use-action-form.ts'));
  });

  it('the scan sees a chain through a schema module', () => {
    expect(serverOnlyChain(path.join(ROOT, 'lib', 'actors', 'schemas.ts'))).toEqual(['lib/actors/schemas.ts', 'zod']);
  });

  it.each(clientComponents.map((file) => [path.relative(ROOT, file), file]))('%s imports no server-only package as a value', (_name, file) => {
    expect(serverOnlyChain(file)).toBeNull();
  });
});
