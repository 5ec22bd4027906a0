import crypto from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { actors, departments, missionActions, missionBudgetLines, missionMeetings, missionParticipants, missions } from '../db/schema';
import { MISSION_KINDS } from '../db/schema/missions';
import { normalizeName } from '../lib/actors/schemas';
import { seededRandom } from '../lib/seeded-random';

// seed:large's missions (issue 19): 200 per scale in the large region, spread over three years,
// each with participants from several departments, a programme, costs and linked actions; the
// past ones mostly debriefed, some late. Deterministic (its own seeded generator).

const PURPOSES = [
  'Comité de pilotage annuel',
  'Mission d’expertise technique',
  'Salon professionnel',
  'Visite d’échanges entre agents',
  'Festival et coproduction',
  'Signature d’une convention',
];
const FIRST = ['Claire', 'Paul', 'Nadia', 'Luc', 'Inès', 'Hugo', 'Sarah', 'Yann'];
const LAST = ['Mounier', 'Esteve', 'Ferrand', 'Arnal', 'Baptiste', 'Roche', 'Giraud', 'Caron'];

/** Inserts `count` missions into a workspace whose actors, departments and actions are already seeded. */
export function seedLargeMissions(tx: Tx, workspaceId: string, userIds: string[], actionIds: string[], count: number, today = new Date()) {
  const random = seededRandom(20261205);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const deptIds = tx
    .select({ id: departments.id })
    .from(departments)
    .where(eq(departments.workspaceId, workspaceId))
    .all()
    .map((d) => d.id);
  const external = tx
    .select({ id: actors.id, country: actors.country, city: actors.city })
    .from(actors)
    .where(and(eq(actors.workspaceId, workspaceId), eq(actors.family, 'external')))
    .limit(400)
    .all();
  const territorial = tx
    .select({ id: actors.id })
    .from(actors)
    .where(and(eq(actors.workspaceId, workspaceId), inArray(actors.family, ['territorial'])))
    .limit(200)
    .all()
    .map((a) => a.id);
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const rows: (typeof missions.$inferInsert)[] = [];
  const links: (typeof missionActions.$inferInsert)[] = [];
  const people: (typeof missionParticipants.$inferInsert)[] = [];
  const meetings: (typeof missionMeetings.$inferInsert)[] = [];
  const costs: (typeof missionBudgetLines.$inferInsert)[] = [];
  for (let i = 0; i < count; i++) {
    const id = crypto.randomUUID();
    const partner = pick(external);
    const start = int(-900, 180);
    const length = int(1, 7);
    const past = start + length < -20;
    const title = `${pick(PURPOSES)} — ${partner.city ?? partner.country ?? ''} (${i + 1})`;
    const assignee = pick(userIds);
    rows.push({
      id,
      workspaceId,
      title,
      normalizedTitle: normalizeName(title),
      kind: pick(MISSION_KINDS),
      direction: random() < 0.7 ? 'abroad' : 'received',
      country: partner.country && partner.country !== 'FR' ? partner.country : 'SN',
      city: partner.city,
      purpose: pick(PURPOSES),
      startDate: day(start),
      endDate: day(start + length),
      partnershipId: null,
      documents: [],
      debriefAssigneeId: assignee,
      debriefDays: 15,
      debriefSummary: past && random() < 0.8 ? 'Programme tenu ; contacts pris ; suites notées.' : null,
      debriefNotes: null,
      debriefSubmittedAt: null,
      version: 1,
      createdBy: userIds[0]!,
      createdAt: new Date(today.getTime() + (start - 30) * 86_400_000),
      updatedAt: new Date(today.getTime() + (start - 30) * 86_400_000),
    });
    const last = rows[rows.length - 1]!;
    if (last.debriefSummary) last.debriefSubmittedAt = new Date(today.getTime() + (start + length + 10) * 86_400_000);
    for (const actionId of new Set([pick(actionIds), pick(actionIds)])) links.push({ workspaceId, missionId: id, actionId });
    people.push({ id: crypto.randomUUID(), workspaceId, missionId: id, kind: 'member', userId: assignee, position: 0 });
    const agents = int(1, 4);
    for (let k = 0; k < agents; k++) {
      people.push({
        id: crypto.randomUUID(),
        workspaceId,
        missionId: id,
        kind: 'agent',
        name: `${pick(FIRST)} ${pick(LAST)}`,
        departmentId: pick(deptIds),
        position: k + 1,
      });
    }
    if (territorial.length && random() < 0.5)
      people.push({ id: crypto.randomUUID(), workspaceId, missionId: id, kind: 'actor', actorId: pick(territorial), position: agents + 1 });
    for (let d = 0; d <= length; d++) {
      meetings.push({
        id: crypto.randomUUID(),
        workspaceId,
        missionId: id,
        day: day(start + d),
        time: `${String(int(8, 17)).padStart(2, '0')}:00`,
        actorId: partner.id,
        subject: pick(PURPOSES),
        position: d,
      });
    }
    costs.push({
      id: crypto.randomUUID(),
      workspaceId,
      missionId: id,
      year: Number(day(start).slice(0, 4)),
      amountCents: int(5, 80) * 10000,
      fundingSource: 'own_funds',
      departmentId: pick(deptIds),
      label: 'Transport et hébergement',
      position: 0,
    });
  }
  const batches = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
  for (const batch of batches(rows, 500)) tx.insert(missions).values(batch).run();
  for (const batch of batches(links, 2000)) tx.insert(missionActions).values(batch).run();
  for (const batch of batches(people, 1000)) tx.insert(missionParticipants).values(batch).run();
  for (const batch of batches(meetings, 1000)) tx.insert(missionMeetings).values(batch).run();
  for (const batch of batches(costs, 1000)) tx.insert(missionBudgetLines).values(batch).run();
  return rows.length + links.length + people.length + meetings.length + costs.length;
}
