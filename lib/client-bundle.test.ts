import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The first-load JavaScript budget (README "Performance", < 200 kB gzip per route) holds only if
// client components never reach these packages through a value import: zod classic is not
// tree-shakeable (~40 kB gzip), drizzle's sqlite-core comes with any table module (~7.5 kB) and
// i18n-iso-countries with its name tables (~14 kB). Forms are validated on the server
// (components/ui/use-action-form.ts); type-only imports are erased and allowed.
const SERVER_ONLY_PACKAGES = ['zod', '@hookform/resolvers', 'drizzle-orm', 'i18n-iso-countries'];

const ROOT = path.resolve(__dirname, '..');
const SOURCE_DIRS = ['app', 'components', 'lib'];
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(full);
  }
  return out;
}

const directive = (source: ts.SourceFile, name: string) =>
  source.statements.some((s) => ts.isExpressionStatement(s) && ts.isStringLiteral(s.expression) && s.expression.text === name);

/** Module specifiers this file imports or re-exports as values (type-only ones skipped). */
function valueImports(source: ts.SourceFile): string[] {
  const out: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause && !clause.name && bindings && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) out.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (statement.isTypeOnly) continue;
      const clause = statement.exportClause;
      if (clause && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly)) continue;
      out.push(statement.moduleSpecifier.text);
    }
  }
  return out;
}

function resolveLocal(specifier: string, from: string): string | null {
  const base = specifier.startsWith('@/') ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith('.') ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  if (/\.(json|css)$/.test(base)) return null;
  for (const ext of EXTENSIONS) if (fs.existsSync(base + ext)) return base + ext;
  return null;
}

const packageOf = (specifier: string) => (specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!);

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string) {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    parsed.set(file, source);
  }
  return source;
}

/** The first chain of value imports from `entry` to a server-only package, if any. */
function serverOnlyChain(entry: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const source = parse(file);
    // A server action reaches the browser as a reference, never as code.
    if (chain.length > 0 && directive(source, 'use server')) return null;
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

const clientComponents = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter((file) => directive(parse(file), 'use client'));

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
