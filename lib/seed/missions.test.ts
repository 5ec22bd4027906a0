import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db, rawSqlite } from '@/db/client';
import { missionContacts, missionFollowUps, missionReturns, missions, workspaces } from '@/db/schema';
import { loadMemberContext } from '@/lib/auth/session';
import { loadDemoIds } from '@/lib/security/demo-ids';
import { getMissionDetail, listLateDebriefs } from '@/lib/missions/queries';
import { seedIfEmpty } from './index';
import { DEMO_WORKSPACE_SLUG } from './demo';

describe('demo missions', () => {
  it('holds one mission abroad with its debrief handed in, one delegation received, one to come', async () => {
    expect(await seedIfEmpty(db)).toBe(true);
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const rows = db.select().from(missions).where(eq(missions.workspaceId, ws.id)).all();
    const today = new Date().toISOString().slice(0, 10);
    expect(rows).toHaveLength(3);
    const done = rows.filter((m) => m.debriefSubmittedAt);
    expect(done.map((m) => m.direction)).toEqual(['abroad']);
    expect(rows.filter((m) => m.direction === 'received')).toHaveLength(1);
    expect(rows.filter((m) => m.startDate > today)).toHaveLength(1);
    const abroad = done[0]!;
    expect(db.select().from(missionContacts).where(eq(missionContacts.missionId, abroad.id)).all()).toHaveLength(1);
    expect(db.select().from(missionReturns).where(eq(missionReturns.missionId, abroad.id)).all()).toHaveLength(1);
    expect(db.select().from(missionFollowUps).where(eq(missionFollowUps.missionId, abroad.id)).all()).toHaveLength(2);
    // The access matrix's mission: the partner's partnership, assigned to the contributor.
    const ids = loadDemoIds(rawSqlite().name);
    expect(ids.mission).toBe(abroad.id);
    const editor = db.select().from(missions).where(eq(missions.id, abroad.id)).get()!.createdBy!;
    const detail = getMissionDetail(db, loadMemberContext(editor, { id: ws.id }), abroad.id);
    expect(new Set(detail.participants.map((p) => p.departmentName).filter(Boolean)).size).toBeGreaterThanOrEqual(2);
    // The delegation received a month ago is late: the journey flags it to the IR officer.
    expect(listLateDebriefs(db, loadMemberContext(editor, { id: ws.id })).rows.map((r) => r.title)).toEqual([
      'Délégation de Valea Bistrei : protection de l’enfance',
    ]);
  });
});
