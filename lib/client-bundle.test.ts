import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dynamicImports, hasDirective, packageOf, parse, resolveLocal, ROOT, sourceFiles, valueImports } from '@/lib/test/module-graph';

// The first-load JavaScript budget (README "Performance", < 200 kB gzip per route) holds only if
// client components never reach these packages through a value import: zod classic is not
// tree-shakeable (~40 kB gzip), drizzle's sqlite-core comes with any table module (~7.5 kB) and
// i18n-iso-countries with its name tables (~14 kB). Forms are validated on the server
// (components/ui/use-action-form.ts); type-only imports are erased and allowed.
const SERVER_ONLY_PACKAGES = ['zod', '@hookform/resolvers', 'drizzle-orm', 'i18n-iso-countries'];

/** The first chain of value imports from `entry` to a server-only package, if any. */
function serverOnlyChain(entry: string): string[] | null {
  return packageChain(entry, (name) => SERVER_ONLY_PACKAGES.includes(name));
}

// The co-writing editor (Tiptap, ProseMirror, Yjs, Hocuspocus, y-indexeddb: ~550 kB before
// compression) loads only where someone writes (issue 24.4): components/strategy-document/section-editor.tsx
// imports it with import() for writers, and a reader's page never renders it. No other client
// module may reach these packages through a static import, or every page that shows it pays for them.
const isEditorPackage = (name: string) => /^(@tiptap\/|@hocuspocus\/|yjs$|y-|prosemirror-|lib0$)/.test(name);
const EDITOR_MODULES = ['components/strategy-document/collab-editor.tsx', 'components/strategy-document/use-collab-session.ts'];

/** The first chain of static value imports from `entry` to a package `matches`, if any. */
function packageChain(entry: string, matches: (name: string) => boolean): string[] | null {
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
      } else if (!specifier.startsWith('.') && !specifier.startsWith('@/') && matches(packageOf(specifier))) {
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

describe("the editor's code", () => {
  const relative = (file: string) => path.relative(ROOT, file);

  it('is reached by the editor module itself (the scan can fail)', () => {
    expect(packageChain(path.join(ROOT, EDITOR_MODULES[0]!), isEditorPackage)?.at(-1)).toMatch(/^@tiptap\//);
    expect(packageChain(path.join(ROOT, EDITOR_MODULES[1]!), isEditorPackage)?.at(-1)).toMatch(/^@hocuspocus\/|^y-/);
  });

  it('is imported by the section only with import(), and by nothing statically', () => {
    const sectionEditor = path.join(ROOT, 'components', 'strategy-document', 'section-editor.tsx');
    expect(
      dynamicImports(parse(sectionEditor))
        .map((s) => resolveLocal(s, sectionEditor))
        .map((f) => f && relative(f)),
    ).toEqual([EDITOR_MODULES[0]]);
    const staticImporters = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .filter((file) => !EDITOR_MODULES.includes(relative(file)))
      .filter((file) => valueImports(parse(file)).some((s) => EDITOR_MODULES.includes(relative(resolveLocal(s, file) ?? ''))));
    expect(staticImporters.map(relative)).toEqual([]);
  });

  it.each(clientComponents.filter((file) => !EDITOR_MODULES.includes(relative(file))).map((file) => [relative(file), file]))(
    '%s reaches no editor package through a static import',
    (_name, file) => {
      expect(packageChain(file, isEditorPackage)).toBeNull();
    },
  );
});

describe('modules loaded with import()', () => {
  const relative = (file: string) => path.relative(ROOT, file);
  const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir)));
  const lazy = new Set(files.flatMap((file) => dynamicImports(parse(file)).flatMap((s) => resolveLocal(s, file) ?? [])));

  it('are found (charts, the graph and the editor load this way)', () => {
    expect([...lazy].map(relative)).toEqual(expect.arrayContaining(['components/strategy/term-line-chart.tsx', EDITOR_MODULES[0]]));
  });

  // A value imported from a lazy module (a colour, a constant) brings the whole module, and the
  // library it draws with, into the page's first load: the trend chart's colours did (306 kB).
  it.each([...lazy].map((file) => [relative(file), file]))('%s is imported by nothing statically', (_name, lazyFile) => {
    const importers = files.filter((file) => file !== lazyFile && valueImports(parse(file)).some((s) => resolveLocal(s, file) === lazyFile));
    expect(importers.map(relative)).toEqual([]);
  });
});
