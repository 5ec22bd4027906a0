import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { aidDeclarations, externalActions, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/session';
import { getFrozenDeclaration, getLiveDeclaration } from '@/lib/declaration/queries';
import { seedIfEmpty } from './index';
import { DEMO_WORKSPACE_SLUG } from './demo';

describe('demo declaration', () => {
  it('declares last year (frozen, reconciled) and leaves this year with one action to categorise', async () => {
    expect(await seedIfEmpty(db)).toBe(true);
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const editor = db.select().from(externalActions).where(eq(externalActions.workspaceId, ws.id)).get()!.createdBy!;
    const ctx = loadMemberContext(editor, { id: ws.id });
    const year = new Date().getFullYear();
    const frozen = getFrozenDeclaration(db, ctx, year - 1)!;
    expect(frozen.version).toBe(1);
    expect(frozen.snapshot.missing).toEqual([]);
    expect(frozen.totalCents).toBeGreaterThan(0);
    expect(frozen.snapshot.byCategory.reduce((sum, c) => sum + c.cents, 0)).toBe(frozen.totalCents);
    // Twinnings in Europe and the mission to Romania are left out and listed.
    expect(frozen.snapshot.excluded.map((x) => x.country)).toEqual(expect.arrayContaining(['DE', 'RO']));
    expect(frozen.snapshot).toEqual(getLiveDeclaration(db, ctx, year - 1));
    expect(
      db
        .select()
        .from(aidDeclarations)
        .where(and(eq(aidDeclarations.workspaceId, ws.id), eq(aidDeclarations.year, year)))
        .all(),
    ).toEqual([]);
    expect(getLiveDeclaration(db, ctx, year).missing.map((m) => [m.label, m.reason])).toEqual([
      ['Bourses de mobilité internationale des jeunes', 'no_category'],
    ]);
  });
});
