import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/session';
import { getCoherence, getStrategyMap, listCoherenceTrend, listIndicators } from '@/lib/strategy/queries';
import { seedIfEmpty } from './index';
import { DEMO_WORKSPACE_SLUG } from './demo';

describe('demo strategy', () => {
  it('has a thread, four axes, placed and outside actions, overdue indicators and a trend, so every check has something to say', async () => {
    await seedIfEmpty(db);
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const editor = db.select().from(users).where(eq(users.email, 'editor@demo.filrouge.eu')).get()!;
    const ctx = loadMemberContext(editor.id, { id: ws.id });
    const map = getStrategyMap(db, ctx, 'fr');
    expect(map.strategy?.thread).toBeTruthy();
    expect(map.axes).toHaveLength(4);
    expect(map.axes.every((a) => a.actions.length > 0)).toBe(true);
    expect(map.outside).toHaveLength(2);
    expect(map.unplaced.length).toBeGreaterThan(0);
    const indicators = listIndicators(db, ctx);
    expect(indicators.filter((i) => i.progress.overdue).length).toBeGreaterThanOrEqual(2);
    const coherence = getCoherence(db, ctx);
    expect(coherence.checks.filter((c) => !c.passed).length).toBeGreaterThanOrEqual(5);
    expect(listCoherenceTrend(db, ctx).length).toBeGreaterThan(10);
  });
});
