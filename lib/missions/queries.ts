import 'server-only';
import { and, asc, count, desc, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rowInWorkspace } from '@/lib/workspace-rows';
import { ofMission } from './of-mission';
import {
  actors,
  departments,
  externalActions,
  missionActions,
  missionBudgetLines,
  missionMeetings,
  missionParticipants,
  missions,
  partnerships,
  users,
} from '@/db/schema';
import type { Mission } from '@/db/schema/missions';
import type { MemberContext } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { Forbidden } from '@/lib/errors';
import { normalizeName } from '@/lib/actors/names';
import { debriefDueDate, todayIso } from './dates';
import { writesDebrief } from '@/lib/collab/debrief-access';
import type { MissionFilter } from './schemas';
import { pickColumns } from '@/lib/pick-columns';
import { listBudgetLines } from '@/lib/external-actions/budget-lines';
import { getVisibleRow, visibleToMember } from '@/lib/partner-visibility';

// The missions domain's reads: who sees and writes what, the table, one mission. The form's values
// and options are in form-options.ts, the writes in write-queries.ts.

// ---------------------------------------------------------------------------------------------
// Who sees and writes what

/** The outer row's id in correlated subqueries (drizzle leaves single-table columns unqualified). */
const MISSION_ID = sql.raw('"missions"."id"');

/**
 * The missions a member may see: their workspace's, and for a partner only those of the
 * partnership with their own authority (MemberContext.actorId).
 */
export function visibleMissions(ctx: MemberContext): SQL[] {
  return visibleToMember(
    ctx,
    eq(missions.workspaceId, ctx.workspaceId),
    (actorId) => sql`exists (select 1 from ${partnerships} where ${partnerships.id} = ${missions.partnershipId} and ${partnerships.actorId} = ${actorId})`,
  );
}

/** One mission the caller may see; NotFound otherwise (also another partnership's, for a partner). */
export function getMission(tx: Tx, ctx: MemberContext, id: string): Mission {
  return getVisibleRow(tx, missions, visibleMissions(ctx), id, 'missionNotFound');
}

/** Whether the caller writes the mission's debrief: managers always, a contributor when it is assigned to them. */
export const canWriteDebrief: (ctx: MemberContext, mission: Pick<Mission, 'debriefAssigneeId'>) => boolean = writesDebrief;

/** The mission, if the caller writes its debrief: NotFound when they cannot see it, Forbidden when it is not theirs. */
export function getDebriefMission(tx: Tx, ctx: MemberContext, id: string): Mission {
  const mission = getMission(tx, ctx, id);
  if (!canWriteDebrief(ctx, mission)) throw new Forbidden('debriefNotYours');
  return mission;
}

// ---------------------------------------------------------------------------------------------
// The table

const dueDateSql = sql<string>`date(${missions.endDate}, '+' || ${missions.debriefDays} || ' days')`;
const participantCount = sql<number>`(select count(*) from ${missionParticipants} where ${missionParticipants.missionId} = ${MISSION_ID})`;
const departmentCount = sql<number>`(select count(distinct ${missionParticipants.departmentId}) from ${missionParticipants} where ${missionParticipants.missionId} = ${MISSION_ID})`;
const budgetTotal = sql<number>`(select coalesce(sum(${missionBudgetLines.amountCents}), 0) from ${missionBudgetLines} where ${missionBudgetLines.missionId} = ${MISSION_ID})`;

/** A debrief past its due date and not handed in, as an SQL condition (the mission is over). */
function lateCondition(today: string): SQL {
  return sql`(${missions.debriefSubmittedAt} is null and ${dueDateSql} < ${today})`;
}

function filterConditions(ctx: MemberContext, filter: Partial<MissionFilter>, today: string): SQL[] {
  const conditions = visibleMissions(ctx);
  if (filter.q) {
    const needle = `%${normalizeName(filter.q)}%`;
    conditions.push(or(like(missions.normalizedTitle, needle), like(sql`lower(coalesce(${missions.city}, ''))`, `%${filter.q.toLowerCase()}%`))!);
  }
  if (filter.kind) conditions.push(eq(missions.kind, filter.kind));
  if (filter.direction) conditions.push(eq(missions.direction, filter.direction));
  if (filter.country) conditions.push(eq(missions.country, filter.country));
  if (filter.partnership) conditions.push(eq(missions.partnershipId, filter.partnership));
  if (filter.year) {
    // A mission counts in every year it touches (31 December to 2 January counts twice).
    conditions.push(sql`${missions.startDate} <= ${`${filter.year}-12-31`} and ${missions.endDate} >= ${`${filter.year}-01-01`}`);
  }
  if (filter.debrief === 'late') conditions.push(lateCondition(today));
  if (filter.debrief === 'done') conditions.push(sql`${missions.debriefSubmittedAt} is not null`);
  if (filter.debrief === 'pending') conditions.push(sql`${missions.debriefSubmittedAt} is null and ${dueDateSql} >= ${today}`);
  return conditions;
}

const SORT_COLUMNS = {
  startDate: missions.startDate,
  title: missions.normalizedTitle,
  country: missions.country,
  kind: missions.kind,
} as const;

/** One page of the missions table, filtered, sorted and counted in SQL. `late` flags a debrief past its due date. */
export function listMissions(tx: Tx, ctx: MemberContext, filter: MissionFilter, today = todayIso()) {
  const where = and(...filterConditions(ctx, filter, today));
  const total = tx.select({ n: count() }).from(missions).where(where).get()?.n ?? 0;
  const column = SORT_COLUMNS[filter.sort];
  const rows = tx
    .select({
      ...pickColumns(missions, ['id', 'title', 'kind', 'direction', 'country', 'city', 'startDate', 'endDate']),
      partnershipTitle: partnerships.title,
      assigneeName: users.name,
      debriefDue: dueDateSql,
      debriefSubmittedAt: missions.debriefSubmittedAt,
      late: sql<number>`${lateCondition(today)}`,
      participantCount,
      departmentCount,
      budgetCents: budgetTotal,
    })
    .from(missions)
    .leftJoin(partnerships, eq(partnerships.id, missions.partnershipId))
    .leftJoin(users, eq(users.id, missions.debriefAssigneeId))
    .where(where)
    .orderBy(filter.dir === 'desc' ? desc(column) : asc(column), asc(missions.normalizedTitle), asc(missions.id))
    .limit(filter.size)
    .offset((filter.page - 1) * filter.size)
    .all()
    .map((r) => ({ ...r, late: !!r.late }));
  return { rows, total, page: filter.page, size: filter.size };
}

/** Options of the table's filters: the countries, years and partnerships the missions use. */
export function listMissionFilterOptions(tx: Tx, ctx: MemberContext) {
  const where = and(...visibleMissions(ctx));
  const countries = tx
    .selectDistinct({ code: missions.country })
    .from(missions)
    .where(where)
    .all()
    .map((r) => r.code);
  const span = tx
    .select({ min: sql<string | null>`min(${missions.startDate})`, max: sql<string | null>`max(${missions.endDate})` })
    .from(missions)
    .where(where)
    .get();
  const years: number[] = [];
  if (span?.min && span.max) for (let y = Number(span.max.slice(0, 4)); y >= Number(span.min.slice(0, 4)); y--) years.push(y);
  const partnershipRows = tx
    .selectDistinct({ id: partnerships.id, title: partnerships.title })
    .from(missions)
    .innerJoin(partnerships, eq(partnerships.id, missions.partnershipId))
    .where(where)
    .orderBy(asc(partnerships.title))
    .all();
  return { countries, years, partnerships: partnershipRows };
}

/**
 * Debriefs past their due date and not handed in, for the home page's journey: all of the
 * workspace's for managers, the caller's own for a contributor.
 */
export function listLateDebriefs(tx: Tx, ctx: MemberContext, today = todayIso(), limit = 5) {
  if (!can(ctx.role, 'missions.debrief')) return { total: 0, rows: [] };
  const conditions = [...visibleMissions(ctx), lateCondition(today)];
  if (!can(ctx.role, 'missions.manage')) conditions.push(eq(missions.debriefAssigneeId, ctx.userId));
  const where = and(...conditions);
  const total = tx.select({ n: count() }).from(missions).where(where).get()?.n ?? 0;
  const rows = tx
    .select({ id: missions.id, title: missions.title, due: dueDateSql, assigneeName: users.name })
    .from(missions)
    .leftJoin(users, eq(users.id, missions.debriefAssigneeId))
    .where(where)
    .orderBy(asc(dueDateSql), asc(missions.id))
    .limit(limit)
    .all();
  return { total, rows };
}

// ---------------------------------------------------------------------------------------------
// One mission

/** A mission with everything linked to it, in a fixed number of queries. */
export function getMissionDetail(tx: Tx, ctx: MemberContext, id: string, today = todayIso()) {
  const mission = getMission(tx, ctx, id);
  const ws = ctx.workspaceId;
  const partnership = mission.partnershipId
    ? (tx
        .select({ id: partnerships.id, title: partnerships.title, actorId: partnerships.actorId })
        .from(partnerships)
        .where(rowInWorkspace(partnerships, ctx, mission.partnershipId))
        .get() ?? null)
    : null;
  const linkedActions = tx
    .select({ id: externalActions.id, title: externalActions.title })
    .from(missionActions)
    .innerJoin(externalActions, eq(externalActions.id, missionActions.actionId))
    .where(ofMission(missionActions, ctx, id))
    .orderBy(asc(externalActions.normalizedTitle))
    .all();
  const participants = tx
    .select({
      ...pickColumns(missionParticipants, ['id', 'kind', 'userId', 'actorId', 'departmentId', 'name', 'role']),
      userName: users.name,
      actorName: actors.name,
      departmentName: departments.name,
    })
    .from(missionParticipants)
    .leftJoin(users, eq(users.id, missionParticipants.userId))
    .leftJoin(actors, eq(actors.id, missionParticipants.actorId))
    .leftJoin(departments, eq(departments.id, missionParticipants.departmentId))
    .where(ofMission(missionParticipants, ctx, id))
    .orderBy(asc(missionParticipants.position))
    .all();
  const meetings = tx
    .select({
      ...pickColumns(missionMeetings, ['id', 'day', 'time', 'actorId']),
      actorName: actors.name,
      subject: missionMeetings.subject,
    })
    .from(missionMeetings)
    .leftJoin(actors, eq(actors.id, missionMeetings.actorId))
    .where(ofMission(missionMeetings, ctx, id))
    .orderBy(asc(missionMeetings.day), sql`coalesce(${missionMeetings.time}, '')`, asc(missionMeetings.position))
    .all();
  const budgetLines = listBudgetLines(tx, ws, missionBudgetLines, missionBudgetLines.missionId, id);
  const assignee = mission.debriefAssigneeId
    ? (tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.id, mission.debriefAssigneeId)).get() ?? null)
    : null;
  const due = debriefDueDate(mission.endDate, mission.debriefDays);
  return {
    mission,
    partnership,
    actions: linkedActions,
    participants,
    meetings,
    budgetLines,
    assignee,
    debrief: { due, late: !mission.debriefSubmittedAt && due < today, submitted: !!mission.debriefSubmittedAt },
    canManage: can(ctx.role, 'missions.manage'),
    canDebrief: canWriteDebrief(ctx, mission),
  };
}
export type MissionDetail = ReturnType<typeof getMissionDetail>;

/** A partnership's missions and delegations, latest first, for its page (the caller's visibility applies). */
export function listPartnershipMissions(tx: Tx, ctx: MemberContext, partnershipId: string, today = todayIso()) {
  return tx
    .select({
      ...pickColumns(missions, ['id', 'title', 'direction', 'kind', 'startDate', 'endDate']),
      submitted: sql<number>`${missions.debriefSubmittedAt} is not null`,
      late: sql<number>`${lateCondition(today)}`,
    })
    .from(missions)
    .where(and(...visibleMissions(ctx), eq(missions.partnershipId, partnershipId)))
    .orderBy(desc(missions.startDate), asc(missions.id))
    .limit(50)
    .all()
    .map((m) => ({ ...m, submitted: !!m.submitted, late: !!m.late }));
}
