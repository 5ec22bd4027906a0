import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';
import { dynamicImports, hasDirective, parse, resolveLocal, ROOT, sourceFiles, valueImports } from '@/lib/test/module-graph';
import { SHELL_NAMESPACES } from './namespaces';

// Pages ship only the message namespaces their client components use (components/i18n/client-messages.tsx):
// the root layout gives the shell's, a layout or page that needs more wraps its content in
// <ClientMessages namespaces={[…]}>. This reads every route file's imports, follows them into
// client components (and everything those import, next/dynamic included), collects the namespaces of
// their useTranslations('…') calls and checks the nearest provider hands them over.

const APP = path.join(ROOT, 'app');
const ROUTE_FILE = /^(page|layout|error|not-found|forbidden|unauthorized|template|loading|global-error)\.tsx$/;

/** Top-level namespaces of the useTranslations('…') calls in one module. */
function translationNamespaces(source: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'useTranslations') {
      const [first] = node.arguments;
      if (first && ts.isStringLiteral(first)) out.push(first.text.split('.')[0]!);
      else out.push('(no literal namespace)');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Namespaces used by the client components a route file renders, with one file using each. */
function clientNamespacesOf(entry: string): Map<string, string> {
  const found = new Map<string, string>();
  const seen = new Set<string>();
  const walk = (file: string, client: boolean) => {
    const key = `${file}|${client}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = parse(file);
    // Server actions run on the server: their module never renders.
    if (file !== entry && hasDirective(source, 'use server')) return;
    const isClient = client || hasDirective(source, 'use client');
    if (isClient) for (const ns of translationNamespaces(source)) if (!found.has(ns)) found.set(ns, path.relative(ROOT, file));
    for (const specifier of [...valueImports(source), ...dynamicImports(source)]) {
      const local = resolveLocal(specifier, file);
      if (local) walk(local, isClient);
    }
  };
  walk(entry, false);
  return found;
}

/** The namespaces a file hands to <ClientMessages>, or null when it has none. */
function providedBy(file: string): string[] | null {
  const text = fs.readFileSync(file, 'utf8');
  const match = /<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/.exec(text);
  if (!match) return null;
  return [...match[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!);
}

/** What the nearest provider gives a route file: its own <ClientMessages>, an enclosing layout's, or the shell's. */
function providerFor(file: string): { from: string; namespaces: string[] } {
  const own = providedBy(file);
  if (own) return { from: path.relative(ROOT, file), namespaces: [...SHELL_NAMESPACES, ...own] };
  let dir = path.dirname(file);
  // A layout provides for its directory's files, not for itself when it has no provider.
  if (path.basename(file) === 'layout.tsx') dir = path.dirname(dir);
  for (; dir.startsWith(APP); dir = path.dirname(dir)) {
    const layout = path.join(dir, 'layout.tsx');
    if (layout !== file && fs.existsSync(layout)) {
      const provided = providedBy(layout);
      if (provided) return { from: path.relative(ROOT, layout), namespaces: [...SHELL_NAMESPACES, ...provided] };
    }
  }
  return { from: 'app/layout.tsx (shell)', namespaces: [...SHELL_NAMESPACES] };
}

const routeFiles = sourceFiles(APP).filter((file) => ROUTE_FILE.test(path.basename(file)));

describe('messages handed to client components', () => {
  it('finds the route files and the namespaces of a known client component', () => {
    expect(routeFiles.length).toBeGreaterThan(60);
    const actorsPage = path.join(APP, '(app)', '[workspace]', 'actors', 'new', 'page.tsx');
    expect([...clientNamespacesOf(actorsPage).keys()]).toContain('actors');
  });

  it('every namespace named by a provider exists in the messages', () => {
    const known = Object.keys(fr);
    for (const file of sourceFiles(APP)) for (const ns of providedBy(file) ?? []) expect(known, `${path.relative(ROOT, file)} names ${ns}`).toContain(ns);
    for (const ns of SHELL_NAMESPACES) expect(known).toContain(ns);
  });

  it.each(routeFiles.map((file) => [path.relative(ROOT, file), file]))('%s: its client components get every namespace they use', (_name, file) => {
    const provider = providerFor(file);
    const missing = [...clientNamespacesOf(file)].filter(([ns]) => !provider.namespaces.includes(ns)).map(([ns, user]) => `${ns} (used by ${user})`);
    expect(missing, `missing from ${provider.from}`).toEqual([]);
  });
});
