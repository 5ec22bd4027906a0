import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { partnershipContributions, partnerships, users, workspaces } from '@/db/schema';
import { executeWorkspaceAction } from '@/lib/auth/action';
import { loadMemberContext } from '@/lib/auth/session';
import { recordIndicatorValueAction } from '@/lib/strategy/actions';
import { listIndicators } from '@/lib/strategy/indicator-queries';
import { listRounds } from '@/lib/strategy/round-queries';
import { getCoherence } from '@/lib/strategy/queries';
import { databaseFingerprint } from '@/lib/test/fixtures';
import { seedIfEmpty } from './index';
import { DEMO_WORKSPACE_SLUG } from './demo';

// Issue 21, "Done when": the demo has a closed round for last year, indicators on track, at risk
// and off track, and partner-side returns in both partnerships.

async function demo() {
  await seedIfEmpty(db);
  const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
  const userId = (email: string) => db.select().from(users).where(eq(users.email, email)).get()!.id;
  return { ws, userId, ctx: loadMemberContext(userId('editor@demo.filrouge.eu'), { id: ws.id }) };
}

describe('the demo of evaluation both ways (issue 21)', () => {
  it('has last year’s round closed, its values locked', async () => {
    const { ws, userId, ctx } = await demo();
    const lastYear = new Date().getUTCFullYear() - 1;
    const rounds = listRounds(db, ctx);
    expect(rounds.map((r) => [r.year, r.status])).toEqual([[lastYear, 'closed']]);
    expect(rounds[0]!.entered).toBeGreaterThan(0);
    // A value of last year is refused through the action, and nothing changes.
    const indicator = listIndicators(db, ctx)[0]!;
    const before = databaseFingerprint();
    const result = executeWorkspaceAction(
      recordIndicatorValueAction.definition,
      userId('admin@demo.filrouge.eu'),
      ws.id,
      { indicatorId: indicator.id, observedOn: `${lastYear}-11-30`, value: '1', source: 'Late count' },
      'en',
    );
    expect(result).toMatchObject({ ok: false, code: 'conflict', message: 'roundClosed' });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('has indicators on track, at risk and off track', async () => {
    const { ctx } = await demo();
    const statuses = listIndicators(db, ctx).map((i) => [i.name, i.term.status]);
    expect(statuses).toEqual(
      expect.arrayContaining([
        ['Jeunes du Val-d’Argence partis en mobilité', 'on_track'],
        ['Collégiens en correspondance avec Nioro-Kaya', 'on_track'],
        ['Entreprises accompagnées à l’international', 'at_risk'],
        ['Habitants de Tamboura ayant accès à l’eau potable', 'off_track'],
      ]),
    );
  });

  it('has partner-side returns in both partnerships, so neither is one-way for its reciprocity', async () => {
    const { ws, ctx } = await demo();
    const all = db.select().from(partnerships).where(eq(partnerships.workspaceId, ws.id)).all();
    expect(all).toHaveLength(2);
    for (const partnership of all) {
      const entries = db.select().from(partnershipContributions).where(eq(partnershipContributions.partnershipId, partnership.id)).all();
      const partnerSide = entries.filter((e) => e.side === 'partner');
      expect(partnerSide.map((e) => e.kind)).toEqual(expect.arrayContaining(['expects', 'observed']));
    }
    const oneWay = getCoherence(db, ctx).checks.find((c) => c.key === 'oneWayPartners')!;
    expect(oneWay.items.filter((i) => i.href.startsWith('/partnerships/'))).toEqual([]);
  });
});
