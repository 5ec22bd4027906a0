import path from 'node:path';
import ts from 'typescript';
import { parse, resolveLocal, ROOT, sourceFiles } from './module-graph';

/** One import from a file of the repository to another, paths relative to the root. */
export type Edge = { from: string; to: string; typeOnly?: boolean };

/** Every local import of the source tree (type-only ones included: a type is a dependency too). */
export function localImports(dirs = ['app', 'components', 'lib', 'db', 'scripts']): Edge[] {
  const edges: Edge[] = [];
  for (const dir of dirs) {
    for (const file of sourceFiles(path.join(ROOT, dir))) {
      const source = parse(file);
      const specifiers: { text: string; typeOnly: boolean }[] = [];
      const visit = (node: ts.Node) => {
        if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
          const clause = node.importClause;
          const bindings = clause?.namedBindings;
          const typeOnly =
            !!clause?.isTypeOnly ||
            (!!clause &&
              !clause.name &&
              !!bindings &&
              ts.isNamedImports(bindings) &&
              bindings.elements.length > 0 &&
              bindings.elements.every((e) => e.isTypeOnly));
          specifiers.push({ text: node.moduleSpecifier.text, typeOnly });
        } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
          specifiers.push({ text: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
        } else if (
          ts.isCallExpression(node) &&
          node.expression.kind === ts.SyntaxKind.ImportKeyword &&
          node.arguments[0] &&
          ts.isStringLiteral(node.arguments[0])
        ) {
          specifiers.push({ text: node.arguments[0].text, typeOnly: false });
        } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
          specifiers.push({ text: node.argument.literal.text, typeOnly: true });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      for (const { text, typeOnly } of specifiers) {
        const target = resolveLocal(text, file);
        if (target) edges.push({ from: path.relative(ROOT, file), to: path.relative(ROOT, target), ...(typeOnly ? { typeOnly } : {}) });
      }
    }
  }
  return edges;
}

/** The rules of docs/architecture.md ("Layers"), each a predicate on one import. */
export const LAYER_RULES: { name: string; breaks: (edge: Edge) => boolean }[] = [
  {
    name: 'lib/ imports components/ or app/',
    breaks: ({ from, to }) => from.startsWith('lib/') && !from.startsWith('lib/test/') && /^(components|app)\//.test(to),
  },
  {
    // Types of rows may cross (they vanish at build); values may not.
    name: 'a component reads the database',
    breaks: ({ from, to, typeOnly }) =>
      !typeOnly && from.startsWith('components/') && (/^db\/(client|schema|state)/.test(to) || /^lib\/.*queries(\/|\.ts)/.test(to)),
  },
  { name: 'db/ imports lib/', breaks: ({ from, to }) => from.startsWith('db/') && to.startsWith('lib/') },
];

/** The domain folder of a lib/ file (`lib/actors/queries.ts` → `actors`), or null. */
const domainOf = (file: string) => (file.startsWith('lib/') && file.split('/').length > 2 ? file.split('/')[1]! : null);

/** Breaches of the layer rules, as `rule: from → to`. */
export function layerBreaches(edges: Edge[]): string[] {
  const out: string[] = [];
  for (const edge of edges) for (const rule of LAYER_RULES) if (rule.breaks(edge)) out.push(`${rule.name}: ${edge.from} → ${edge.to}`);
  return [...new Set(out)].sort();
}

/**
 * Imports of values between lib/ domain folders that lie on a cycle (test helpers aside), as `a → b`: the
 * folder edges inside a strongly connected component of the folder graph. Listing edges rather
 * than components keeps the check precise when one large component holds many folders.
 */
export function domainCycles(edges: Edge[]): string[] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to, typeOnly } of edges) {
    // Types vanish at build: only imports of values make a cycle at run time.
    if (typeOnly) continue;
    const a = domainOf(from);
    const b = domainOf(to);
    if (!a || !b || a === b || a === 'test' || b === 'test') continue;
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    graph.get(a)!.add(b);
  }
  // Tarjan's algorithm.
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const component = new Map<string, number>();
  let count = 0;
  const connect = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.set(w, count);
      } while (w !== v);
      count++;
    }
  };
  for (const v of [...graph.keys()].sort()) if (!indices.has(v)) connect(v);
  const out: string[] = [];
  for (const [a, targets] of graph) for (const b of targets) if (component.get(a) === component.get(b)) out.push(`${a} → ${b}`);
  return out.sort();
}
