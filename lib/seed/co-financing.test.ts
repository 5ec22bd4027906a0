import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memberships, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/session';
import { coFinancingOverview } from '@/lib/co-financing/overview-queries';
import { databaseFingerprint } from '@/lib/test/fixtures';
import { seedIfEmpty } from './index';
import { seedCoFinancing } from './co-financing';
import { DEMO_WORKSPACE_SLUG } from './demo';

describe('demo co-financing plans', () => {
  it('holds plans on five actions, the ministry-funded one in Morocco flagged, and seeds them once', async () => {
    expect(await seedIfEmpty(db)).toBe(true);
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const admin = db
      .select()
      .from(memberships)
      .where(and(eq(memberships.workspaceId, ws.id), eq(memberships.role, 'admin')))
      .get()!;
    const ctx = loadMemberContext(admin.userId, { id: ws.id });
    const overview = coFinancingOverview(db, ctx);
    expect(overview.planCount).toBe(5);
    expect(overview.flagged).toEqual([
      {
        actionId: expect.any(String),
        actionTitle: 'Aït Tafraout : tourisme rural et filière argan',
        year: 2025,
        brokenRules: [
          { key: 'ministry_max_other', percent: 70 },
          { key: 'in_kind_max_of_authority', percent: 50 },
        ],
      },
    ]);
    expect(overview.byFunder.rows.map((r) => r.key)).toContain('one_percent_water');
    const before = databaseFingerprint();
    db.transaction((tx) => seedCoFinancing(tx, { workspaceId: ws.id }, new Date()));
    expect(databaseFingerprint()).toEqual(before);
  });
});
