import { describe, expect, it } from 'vitest';
import { domainCycles, layerBreaches, localImports } from '@/lib/test/layers';

/**
 * The layers of docs/architecture.md, checked on the import graph. The lists below are the
 * breaches that existed when the check was written: the test fails on any new one, and on any
 * listed one that has been fixed (remove it from the list), so the lists only shrink.
 */
const KNOWN_BREACHES: string[] = [
  'db/ imports lib/: db/schema/publication.ts → lib/dashboard/types.ts',
  'db/ imports lib/: db/schema/strategy-document.ts → lib/strategy-document/types.ts',
];
const KNOWN_CYCLES: string[] = [
  'actors → auth',
  'actors → i18n',
  'auth → i18n',
  'auth → privacy',
  'auth → workspaces',
  'collab → auth',
  'collab → partnerships',
  'competencies → auth',
  'departments → auth',
  'departments → competencies',
  'departments → external-actions',
  'diagnostic → auth',
  'external-actions → actors',
  'external-actions → auth',
  'external-actions → competencies',
  'external-actions → departments',
  'i18n → auth',
  'notifications → auth',
  'notifications → i18n',
  'notifications → strategy',
  'partnerships → auth',
  'partnerships → collab',
  'partnerships → external-actions',
  'partnerships → strategy-document',
  'partnerships → workspaces',
  'privacy → actors',
  'privacy → auth',
  'review → auth',
  'review → notifications',
  'review → strategy',
  'review → strategy-document',
  'strategy → auth',
  'strategy → competencies',
  'strategy → diagnostic',
  'strategy-document → actors',
  'strategy-document → auth',
  'strategy-document → collab',
  'strategy-document → competencies',
  'strategy-document → departments',
  'strategy-document → diagnostic',
  'strategy-document → external-actions',
  'strategy-document → i18n',
  'strategy-document → review',
  'strategy-document → strategy',
  'workspaces → auth',
  'workspaces → partnerships',
];

describe('layers', () => {
  const edges = localImports();

  it('reads the import graph', () => {
    expect(edges.length).toBeGreaterThan(500);
    expect(edges).toContainEqual({ from: 'lib/auth/action.ts', to: 'lib/auth/session.ts' });
    expect(edges).toContainEqual({ from: 'lib/auth/action.ts', to: 'lib/auth/policy.ts', typeOnly: true });
  });

  it('no import breaks a layer rule beyond the known ones', () => {
    expect(layerBreaches(edges)).toEqual(KNOWN_BREACHES);
  });

  it('no cycle between lib/ domains beyond the known ones', () => {
    expect(domainCycles(edges)).toEqual(KNOWN_CYCLES);
  });

  it('fails on a deliberate breach of each rule and on a cycle', () => {
    const bad = [
      { from: 'lib/actors/queries.ts', to: 'components/actors/actor-form.tsx' },
      { from: 'components/actors/actor-form.tsx', to: 'db/client.ts' },
      { from: 'components/actors/x.tsx', to: 'lib/actors/queries.ts' },
      { from: 'db/schema/actors.ts', to: 'lib/actors/schemas.ts' },
    ];
    expect(layerBreaches(bad)).toHaveLength(4);
    expect(
      domainCycles([
        { from: 'lib/a/x.ts', to: 'lib/b/y.ts' },
        { from: 'lib/b/y.ts', to: 'lib/c/z.ts' },
        { from: 'lib/c/z.ts', to: 'lib/a/w.ts' },
      ]),
    ).toEqual(['a → b', 'b → c', 'c → a']);
    expect(domainCycles([{ from: 'lib/a/x.ts', to: 'lib/b/y.ts' }])).toEqual([]);
  });
});
