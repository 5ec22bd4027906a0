import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { workspaceActionRegistry } from '@/lib/auth/action';
import { COLLAB_DOCUMENTS, IDENTITIES, PAGES, ROUTE_HANDLERS, SERVER_ACTIONS, expectedAccess } from './registry';

const root = path.resolve(__dirname, '../..');

function walk(dir: string, keep: (file: string) => boolean, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      walk(rel, keep, out);
    } else if (keep(rel)) out.push(rel);
  }
  return out.sort();
}

/** `app/(app)/[workspace]/actors/page.tsx` → `/[workspace]/actors` (route groups dropped). */
function routeOf(file: string): string {
  const parts = file
    .split('/')
    .slice(1, -1)
    .filter((p) => !(p.startsWith('(') && p.endsWith(')')));
  return `/${parts.join('/')}`;
}

/** The names an `export { a, b as c }` list exports (`a`, `c`), `type X` entries included. */
function listedExports(source: string): string[] {
  return [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) =>
    m[1]!
      .split(',')
      .map((part) =>
        part
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      )
      .filter(Boolean),
  );
}

const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** The HTTP methods a route.ts exports: `export async function GET`, `export const POST =`, `export { handler as GET }`. */
function methodsOf(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const name of listedExports(source)) found.add(name);
  return [...found].filter((n) => (HTTP_METHODS as readonly string[]).includes(n)).sort();
}

const SOURCE = /\.(ts|tsx)$/;
const sourceFiles = () =>
  ['app', 'lib', 'components'].flatMap((dir) => (fs.existsSync(path.join(root, dir)) ? walk(dir, (f) => SOURCE.test(f) && !/\.test\.tsx?$/.test(f)) : []));

/** A module whose first statement is the 'use server' directive. */
function isServerModule(source: string) {
  return /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*['"]use server['"]/.test(source);
}

function exportsOf(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(\w+)/g)) names.add(m[1]!);
  for (const name of listedExports(source)) if (!name.startsWith('type ')) names.add(name);
  return [...names].sort();
}

/** What the code has and the registry lacks (`missing`), and the reverse (`stale`): both must be empty. */
function expectSameEntries(inCode: string[], registered: string[], missing: string, stale: string) {
  expect(
    inCode.filter((e) => !registered.includes(e)),
    missing,
  ).toEqual([]);
  expect(
    registered.filter((e) => !inCode.includes(e)),
    stale,
  ).toEqual([]);
}

describe('the endpoint registry (lib/security/registry.ts) lists every way into the app', () => {
  it('every page', () => {
    const inCode = walk('app', (f) => f.endsWith('/page.tsx')).map((file) => ({ file, route: routeOf(file) }));
    const registered = new Set(PAGES.map((p) => p.route));
    const missing = inCode.filter((p) => !registered.has(p.route)).map((p) => `${p.route}  (${p.file})`);
    expect(
      missing,
      'pages without an entry: add one to PAGES in lib/security/registry.ts with its rule (usually workspacePage(route, permission, path))',
    ).toEqual([]);
    const stale = [...registered].filter((route) => !inCode.some((p) => p.route === route));
    expect(stale, 'entries of PAGES whose page no longer exists: remove them').toEqual([]);
    expect(PAGES.length, 'one entry per page').toBe(registered.size);
  });

  it('every route handler and each of its methods', () => {
    const inCode = walk('app', (f) => /\/route\.(ts|tsx)$/.test(f)).flatMap((file) =>
      methodsOf(fs.readFileSync(path.join(root, file), 'utf8')).map((method) => `${method} ${routeOf(file)}`),
    );
    expect(inCode.length, 'found route handlers to check').toBeGreaterThan(0);
    const registered = ROUTE_HANDLERS.filter((r) => !r.servedBy).map((r) => `${r.method} ${r.route}`);
    expectSameEntries(
      inCode,
      registered,
      'route handler methods without an entry: add them to ROUTE_HANDLERS in lib/security/registry.ts',
      'entries of ROUTE_HANDLERS that no longer exist: remove them',
    );
  });

  it('every path the production server answers itself, before Next (/health)', () => {
    const server = fs.readFileSync(path.join(root, 'scripts/server.ts'), 'utf8');
    const inCode = [...new Set([...server.matchAll(/request\.url === '([^']+)'/g)].map((m) => m[1]!))].sort();
    expect(inCode).toContain('/health');
    const registered = ROUTE_HANDLERS.filter((r) => r.servedBy === 'scripts/server.ts')
      .map((r) => r.route)
      .sort();
    expectSameEntries(
      inCode,
      registered,
      "paths scripts/server.ts answers without an entry: add them to ROUTE_HANDLERS with servedBy: 'scripts/server.ts'",
      'entries served by scripts/server.ts that it no longer answers',
    );
  });

  it('every route handler that changes something refuses cross-site requests first', () => {
    const unguarded = walk('app', (f) => /\/route\.(ts|tsx)$/.test(f)).filter((file) => {
      const source = fs.readFileSync(path.join(root, file), 'utf8');
      return methodsOf(source).some((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m)) && !source.includes('crossSiteRefusal(');
    });
    expect(unguarded, 'route handlers with POST/PUT/PATCH/DELETE must return crossSiteRefusal(request) (lib/security/origin.ts) before anything else').toEqual(
      [],
    );
  });

  it("every export of every 'use server' module, and no inline server action", () => {
    const files = sourceFiles();
    const modules = files.filter((f) => isServerModule(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(modules.length, "found 'use server' modules to check").toBeGreaterThan(0);
    const inCode = modules.flatMap((module) => exportsOf(fs.readFileSync(path.join(root, module), 'utf8')).map((name) => `${module}#${name}`));
    const registered = SERVER_ACTIONS.map((a) => `${a.module}#${a.exportName}`);
    expectSameEntries(
      inCode,
      registered,
      'server actions without an entry: add them to SERVER_ACTIONS in lib/security/registry.ts (wsAction(module, export, name, permission) for a workspaceAction)',
      'entries of SERVER_ACTIONS that no longer exist: remove them',
    );
    // A 'use server' inside a function defines an action the registry cannot see: keep them in modules.
    const inline = files.filter((f) => !modules.includes(f) && /^\s*['"]use server['"];?\s*$/m.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(inline, "inline 'use server' functions: move them to a 'use server' module (lib/<domain>/actions.ts) and register them").toEqual([]);
  });

  it('every registered workspace action, with the permission its definition asks', async () => {
    // Import every 'use server' module: each workspaceAction(...) registers itself.
    for (const file of new Set(SERVER_ACTIONS.map((a) => a.module))) await import(/* @vite-ignore */ path.join(root, file));
    const byName = new Map(SERVER_ACTIONS.filter((a) => a.workspaceAction).map((a) => [a.workspaceAction!, a]));
    const missing = workspaceActionRegistry.filter((d) => !byName.has(d.name)).map((d) => `${d.name} (${d.permission})`);
    expect(
      missing,
      'workspace actions without an entry: add wsAction(module, exportName, name, permission) to SERVER_ACTIONS in lib/security/registry.ts',
    ).toEqual([]);
    const wrong = workspaceActionRegistry
      .map((d) => ({ d, rule: byName.get(d.name)!.rule }))
      .filter(({ d, rule }) => rule.kind !== 'workspace' || rule.permission !== d.permission)
      .map(({ d, rule }) => `${d.name}: the action asks ${d.permission}, the registry says ${rule.kind === 'workspace' ? rule.permission : rule.kind}`);
    expect(wrong, 'fix the permission in lib/security/registry.ts').toEqual([]);
    const unknown = [...byName.keys()].filter((name) => !workspaceActionRegistry.some((d) => d.name === name));
    expect(unknown, 'registry entries naming a workspace action that no longer exists').toEqual([]);
  }, 60_000);

  it('every collaboration document type', () => {
    const names = fs.readFileSync(path.join(root, 'lib/collab/names.ts'), 'utf8');
    const builders = [...names.matchAll(/export\s+function\s+([a-z]+DocumentName)\s*\(/g)]
      .map((m) => m[1]!)
      .filter((b) => !b.startsWith('parse'))
      .sort();
    expect(builders).toContain('sectionDocumentName');
    const registered = COLLAB_DOCUMENTS.map((c) => c.builder);
    expectSameEntries(
      builders,
      registered,
      'collaboration document types without an entry: add them to COLLAB_DOCUMENTS in lib/security/registry.ts with the outcome of every identity',
      'entries of COLLAB_DOCUMENTS whose builder no longer exists',
    );
    for (const entry of COLLAB_DOCUMENTS) expect(entry.documents.length, `${entry.builder}: at least one concrete document`).toBeGreaterThan(0);
    // Every kind of document the name parser accepts (CollabDocumentRef's `type`s).
    const union = /export type CollabDocumentRef\s*=([^;]*);/.exec(names)?.[1] ?? '';
    const types = [...union.matchAll(/type:\s*'(\w+)'/g)].map((m) => m[1]!);
    const covered = COLLAB_DOCUMENTS.map((c) => c.type);
    expect(
      types.filter((t) => !covered.includes(t)),
      'collaboration document types (CollabDocumentRef in lib/collab/names.ts) without an entry in COLLAB_DOCUMENTS',
    ).toEqual([]);
  });

  it('states an outcome for every identity, and denies anonymous callers everything but public entries', () => {
    for (const entry of [...PAGES, ...ROUTE_HANDLERS, ...SERVER_ACTIONS]) {
      for (const identity of IDENTITIES) expect(expectedAccess(entry.rule, identity)).toMatch(/^(allowed|unauthenticated|forbidden|not_found|redirect)$/);
      if (entry.rule.kind === 'workspace') {
        expect(expectedAccess(entry.rule, 'anonymous')).toBe('unauthenticated');
        expect(expectedAccess(entry.rule, 'outsider')).toBe('not_found');
      }
    }
    for (const entry of COLLAB_DOCUMENTS)
      for (const doc of entry.documents) for (const who of ['anonymous', 'outsider'] as const) expect(doc.outcomes[who]).toBe('refused');
  });
});
