import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  actors,
  departments,
  externalActions,
  memberships,
  missionActions,
  missionBudgetLines,
  missionMeetings,
  missionParticipants,
  missions,
  partnerships,
  users,
} from '@/db/schema';
import type { Mission } from '@/db/schema/missions';
import type { Role } from '@/db/schema/workspaces';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import { assertSaved } from '@/lib/concurrency';
import { normalizeName } from '@/lib/actors/names';
import { toCents } from '@/lib/external-actions/fields';
import { notify } from '@/lib/notifications/notify';
import { workspaceLevel } from '@/lib/competencies/queries';
import { fundingSourceAllowed } from '@/lib/competencies/solidarity-schemes';
import { debriefDueDate, todayIso } from './dates';
import { writesDebrief } from '@/lib/collab/debrief-access';
import { removeDebriefText } from './debrief-text';
import type { MissionFilter, MissionInput, UpdateMissionInput } from './schemas';

// ---------------------------------------------------------------------------------------------
// Who sees and writes what

/** The outer row's id in correlated subqueries (drizzle leaves single-table columns unqualified). */
const MISSION_ID = sql.raw('"missions"."id"');

/**
 * The missions a member may see: their workspace's, and for a partner only those of the
 * partnership with their own authority (MemberContext.actorId).
 */
export function visibleMissions(ctx: MemberContext): SQL[] {
  const conditions: SQL[] = [eq(missions.workspaceId, ctx.workspaceId)];
  if (ctx.role === 'partner') {
    conditions.push(
      ctx.actorId
        ? sql`exists (select 1 from ${partnerships} where ${partnerships.id} = ${missions.partnershipId} and ${partnerships.actorId} = ${ctx.actorId})`
        : sql`0`,
    );
  }
  return conditions;
}

/** One mission the caller may see; NotFound otherwise (also another partnership's, for a partner). */
export function getMission(tx: Tx, ctx: MemberContext, id: string): Mission {
  const row = tx
    .select()
    .from(missions)
    .where(and(eq(missions.id, id), ...visibleMissions(ctx)))
    .get();
  if (!row) throw new NotFound('missionNotFound');
  return row;
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
      id: missions.id,
      title: missions.title,
      kind: missions.kind,
      direction: missions.direction,
      country: missions.country,
      city: missions.city,
      startDate: missions.startDate,
      endDate: missions.endDate,
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
        .where(and(eq(partnerships.id, mission.partnershipId), eq(partnerships.workspaceId, ws)))
        .get() ?? null)
    : null;
  const linkedActions = tx
    .select({ id: externalActions.id, title: externalActions.title })
    .from(missionActions)
    .innerJoin(externalActions, eq(externalActions.id, missionActions.actionId))
    .where(and(eq(missionActions.workspaceId, ws), eq(missionActions.missionId, id)))
    .orderBy(asc(externalActions.normalizedTitle))
    .all();
  const participants = tx
    .select({
      id: missionParticipants.id,
      kind: missionParticipants.kind,
      userId: missionParticipants.userId,
      actorId: missionParticipants.actorId,
      departmentId: missionParticipants.departmentId,
      name: missionParticipants.name,
      role: missionParticipants.role,
      userName: users.name,
      actorName: actors.name,
      departmentName: departments.name,
    })
    .from(missionParticipants)
    .leftJoin(users, eq(users.id, missionParticipants.userId))
    .leftJoin(actors, eq(actors.id, missionParticipants.actorId))
    .leftJoin(departments, eq(departments.id, missionParticipants.departmentId))
    .where(and(eq(missionParticipants.workspaceId, ws), eq(missionParticipants.missionId, id)))
    .orderBy(asc(missionParticipants.position))
    .all();
  const meetings = tx
    .select({
      id: missionMeetings.id,
      day: missionMeetings.day,
      time: missionMeetings.time,
      actorId: missionMeetings.actorId,
      actorName: actors.name,
      subject: missionMeetings.subject,
    })
    .from(missionMeetings)
    .leftJoin(actors, eq(actors.id, missionMeetings.actorId))
    .where(and(eq(missionMeetings.workspaceId, ws), eq(missionMeetings.missionId, id)))
    .orderBy(asc(missionMeetings.day), sql`coalesce(${missionMeetings.time}, '')`, asc(missionMeetings.position))
    .all();
  const budgetLines = tx
    .select({
      id: missionBudgetLines.id,
      year: missionBudgetLines.year,
      amountCents: missionBudgetLines.amountCents,
      fundingSource: missionBudgetLines.fundingSource,
      departmentId: missionBudgetLines.departmentId,
      departmentName: departments.name,
      label: missionBudgetLines.label,
    })
    .from(missionBudgetLines)
    .leftJoin(departments, eq(departments.id, missionBudgetLines.departmentId))
    .where(and(eq(missionBudgetLines.workspaceId, ws), eq(missionBudgetLines.missionId, id)))
    .orderBy(asc(missionBudgetLines.year), asc(missionBudgetLines.position))
    .all();
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

/** A stored mission as its edit form shows it (amounts in euros as typed, no nulls). */
export function missionFormValues(detail: MissionDetail) {
  const { mission } = detail;
  return {
    title: mission.title,
    kind: mission.kind,
    direction: mission.direction,
    country: mission.country,
    city: mission.city ?? '',
    purpose: mission.purpose ?? '',
    startDate: mission.startDate,
    endDate: mission.endDate,
    partnershipId: mission.partnershipId ?? '',
    actionIds: detail.actions.map((a) => a.id),
    participants: detail.participants.map((p) => ({
      kind: p.kind,
      userId: p.userId ?? '',
      actorId: p.actorId ?? '',
      departmentId: p.departmentId ?? '',
      name: p.name ?? '',
      role: p.role ?? '',
    })),
    meetings: detail.meetings.map((m) => ({ day: m.day, time: m.time ?? '', actorId: m.actorId ?? '', subject: m.subject })),
    budgetLines: detail.budgetLines.map((l) => ({
      year: String(l.year),
      amount: String(l.amountCents / 100),
      fundingSource: l.fundingSource,
      departmentId: l.departmentId ?? '',
      label: l.label ?? '',
    })),
    documents: mission.documents,
    debriefAssigneeId: mission.debriefAssigneeId ?? '',
    debriefDays: String(mission.debriefDays),
  };
}

/** What the mission form offers: members (who may write a debrief), departments, actors, actions, partnerships. */
export function listMissionFormOptions(tx: Tx, ctx: MemberContext) {
  const ws = ctx.workspaceId;
  const members = tx
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ws), sql`${memberships.role} != 'partner'`))
    .orderBy(asc(users.name))
    .all()
    .map((m) => ({ id: m.id, name: m.name, canDebrief: can(m.role as Role, 'missions.debrief') }));
  const departmentRows = tx
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.workspaceId, ws))
    .orderBy(asc(departments.name))
    .all();
  const actorRows = tx
    .select({ id: actors.id, name: actors.name, family: actors.family, country: actors.country })
    .from(actors)
    .where(eq(actors.workspaceId, ws))
    .orderBy(asc(actors.normalizedName))
    .all();
  const actionRows = tx
    .select({ id: externalActions.id, title: externalActions.title })
    .from(externalActions)
    .where(eq(externalActions.workspaceId, ws))
    .orderBy(asc(externalActions.normalizedTitle))
    .all();
  const partnershipRows = tx
    .select({ id: partnerships.id, title: partnerships.title })
    .from(partnerships)
    .where(eq(partnerships.workspaceId, ws))
    .orderBy(asc(partnerships.title))
    .all();
  return { members, departments: departmentRows, actors: actorRows, actions: actionRows, partnerships: partnershipRows };
}
export type MissionFormOptions = ReturnType<typeof listMissionFormOptions>;

// ---------------------------------------------------------------------------------------------
// Writing a mission

/** Ids that must all exist in the caller's workspace; otherwise the field is refused and nothing is written. */
function assertInWorkspace(tx: Tx, found: number, wanted: Set<string>, field: string) {
  if (found !== wanted.size) throw new Invalid('foreignReference', { [field]: 'foreignReference' });
}

/**
 * Checks that everything the input points at belongs to the caller's workspace: members,
 * departments, actors, actions and the partnership (another workspace's rows are refused with one
 * clear message), and that the debrief's assignee may write one.
 */
function checkReferences(tx: Tx, ctx: MemberContext, input: MissionInput) {
  const ws = ctx.workspaceId;
  const userIds = new Set(input.participants.flatMap((p) => (p.kind === 'member' && p.userId ? [p.userId] : [])));
  if (userIds.size) {
    const found = tx
      .select({ id: memberships.userId, role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, ws), inArray(memberships.userId, [...userIds]), sql`${memberships.role} != 'partner'`))
      .all();
    assertInWorkspace(tx, found.length, userIds, 'participants');
    if (input.debriefAssigneeId) {
      const role = found.find((m) => m.id === input.debriefAssigneeId)?.role;
      if (!can(role as Role, 'missions.debrief')) throw new Invalid('invalid', { debriefAssigneeId: 'assigneeCannotDebrief' });
    }
  }
  const inWorkspace = (ids: Set<string>) =>
    ids.size
      ? (tx
          .select({ n: count() })
          .from(actors)
          .where(and(eq(actors.workspaceId, ws), inArray(actors.id, [...ids])))
          .get()?.n ?? 0)
      : 0;
  const participantActors = new Set(input.participants.flatMap((p) => (p.kind === 'actor' && p.actorId ? [p.actorId] : [])));
  assertInWorkspace(tx, inWorkspace(participantActors), participantActors, 'participants');
  const meetingActors = new Set(input.meetings.flatMap((m) => (m.actorId ? [m.actorId] : [])));
  assertInWorkspace(tx, inWorkspace(meetingActors), meetingActors, 'meetings');
  const departmentIds = new Set([
    ...input.participants.flatMap((p) => (p.kind === 'agent' && p.departmentId ? [p.departmentId] : [])),
    ...input.budgetLines.flatMap((l) => (l.departmentId ? [l.departmentId] : [])),
  ]);
  if (departmentIds.size) {
    const n =
      tx
        .select({ n: count() })
        .from(departments)
        .where(and(eq(departments.workspaceId, ws), inArray(departments.id, [...departmentIds])))
        .get()?.n ?? 0;
    assertInWorkspace(tx, n, departmentIds, 'participants');
  }
  // The "1 %" schemes are reserved to the bodies that run the service, as on actions' lines (CGCT L1115-1-1 to L1115-3).
  const level = workspaceLevel(tx, ctx);
  const refused = input.budgetLines.findIndex((l) => !fundingSourceAllowed(level, l.fundingSource));
  if (refused >= 0) throw new Invalid('invalid', { [`budgetLines.${refused}.fundingSource`]: 'fundingSourceNotOffered' });
  if (input.actionIds.length) {
    const n =
      tx
        .select({ n: count() })
        .from(externalActions)
        .where(and(eq(externalActions.workspaceId, ws), inArray(externalActions.id, input.actionIds)))
        .get()?.n ?? 0;
    assertInWorkspace(tx, n, new Set(input.actionIds), 'actionIds');
  }
  if (input.partnershipId) {
    const found = tx
      .select({ id: partnerships.id })
      .from(partnerships)
      .where(and(eq(partnerships.id, input.partnershipId), eq(partnerships.workspaceId, ws)))
      .get();
    if (!found) throw new Invalid('foreignReference', { partnershipId: 'foreignReference' });
  }
}

function missionValues(input: MissionInput) {
  return {
    title: input.title,
    normalizedTitle: normalizeName(input.title),
    kind: input.kind,
    direction: input.direction,
    country: input.country,
    city: input.city,
    purpose: input.purpose,
    startDate: input.startDate,
    endDate: input.endDate,
    partnershipId: input.partnershipId,
    documents: input.documents,
    debriefAssigneeId: input.debriefAssigneeId,
    debriefDays: input.debriefDays,
  };
}

/** Replaces a mission's actions, participants, programme and costs. */
function writeLinks(tx: Tx, ctx: MemberContext, missionId: string, input: MissionInput) {
  const ws = ctx.workspaceId;
  for (const table of [missionActions, missionParticipants, missionMeetings, missionBudgetLines]) {
    tx.delete(table)
      .where(and(eq(table.workspaceId, ws), eq(table.missionId, missionId)))
      .run();
  }
  if (input.actionIds.length)
    tx.insert(missionActions)
      .values(input.actionIds.map((actionId) => ({ workspaceId: ws, missionId, actionId })))
      .run();
  if (input.participants.length) {
    tx.insert(missionParticipants)
      .values(
        input.participants.map((p, position) => ({
          id: crypto.randomUUID(),
          workspaceId: ws,
          missionId,
          kind: p.kind,
          // Only the fields of the participant's kind are kept.
          userId: p.kind === 'member' ? p.userId : null,
          actorId: p.kind === 'actor' ? p.actorId : null,
          departmentId: p.kind === 'agent' ? p.departmentId : null,
          name: p.kind === 'agent' || p.kind === 'elected' ? p.name : null,
          role: p.role,
          position,
        })),
      )
      .run();
  }
  if (input.meetings.length) {
    tx.insert(missionMeetings)
      .values(
        input.meetings.map((m, position) => ({
          id: crypto.randomUUID(),
          workspaceId: ws,
          missionId,
          day: m.day,
          time: m.time,
          actorId: m.actorId,
          subject: m.subject,
          position,
        })),
      )
      .run();
  }
  if (input.budgetLines.length) {
    tx.insert(missionBudgetLines)
      .values(
        input.budgetLines.map((l, position) => ({
          id: crypto.randomUUID(),
          workspaceId: ws,
          missionId,
          year: l.year,
          amountCents: toCents(l.amount),
          fundingSource: l.fundingSource,
          departmentId: l.departmentId,
          label: l.label,
          position,
        })),
      )
      .run();
  }
}

/** Tells the person a debrief is assigned to, with its due date (once per mission and person). */
function notifyAssignee(tx: Tx, ctx: MemberContext, missionId: string, input: MissionInput) {
  if (!input.debriefAssigneeId) return;
  notify(tx, {
    workspaceId: ctx.workspaceId,
    recipients: [input.debriefAssigneeId],
    kind: 'debrief_assigned',
    params: { title: input.title, due: debriefDueDate(input.endDate, input.debriefDays) },
    href: `/missions/${missionId}/debrief`,
    actorId: ctx.userId,
    dedupeKey: `debrief:${missionId}:${input.debriefAssigneeId}`,
  });
}

function summary(input: MissionInput) {
  return {
    title: input.title,
    kind: input.kind,
    direction: input.direction,
    country: input.country,
    startDate: input.startDate,
    endDate: input.endDate,
    partnershipId: input.partnershipId,
    actionIds: input.actionIds,
    participants: input.participants.length,
    meetings: input.meetings.length,
    budgetCents: input.budgetLines.reduce((s, l) => s + toCents(l.amount), 0),
    debriefAssigneeId: input.debriefAssigneeId,
  };
}

export function createMission(tx: Tx, ctx: MemberContext, input: MissionInput): MutationOutcome<{ id: string }> {
  checkReferences(tx, ctx, input);
  const id = crypto.randomUUID();
  const now = new Date();
  tx.insert(missions)
    .values({ id, workspaceId: ctx.workspaceId, ...missionValues(input), version: 1, createdBy: ctx.userId, createdAt: now, updatedAt: now })
    .run();
  writeLinks(tx, ctx, id, input);
  notifyAssignee(tx, ctx, id, input);
  return { data: { id }, audit: { action: 'mission.create', entityType: 'mission', entityId: id, changes: summary(input) } };
}

/** Saves an edited mission if `version` is still the stored one (otherwise nothing is written). */
export function updateMission(tx: Tx, ctx: MemberContext, input: UpdateMissionInput): MutationOutcome<{ version: number }> {
  const before = getMission(tx, ctx, input.id);
  checkReferences(tx, ctx, input);
  const result = tx
    .update(missions)
    .set({ ...missionValues(input), version: input.version + 1, updatedAt: new Date() })
    .where(and(eq(missions.id, input.id), eq(missions.workspaceId, ctx.workspaceId), eq(missions.version, input.version)))
    .run();
  assertSaved(result, () => ({ version: before.version, values: missionFormValues(getMissionDetail(tx, ctx, input.id)) }));
  writeLinks(tx, ctx, input.id, input);
  notifyAssignee(tx, ctx, input.id, input);
  return { data: { version: input.version + 1 }, audit: { action: 'mission.update', entityType: 'mission', entityId: input.id, changes: summary(input) } };
}

export function deleteMission(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const before = getMission(tx, ctx, input.id);
  tx.delete(missions)
    .where(and(eq(missions.id, before.id), eq(missions.workspaceId, ctx.workspaceId)))
    .run();
  removeDebriefText(tx, before.id);
  return {
    data: null,
    audit: { action: 'mission.delete', entityType: 'mission', entityId: before.id, changes: { title: before.title, startDate: before.startDate } },
  };
}

/** A partnership's missions and delegations, latest first, for its page (the caller's visibility applies). */
export function listPartnershipMissions(tx: Tx, ctx: MemberContext, partnershipId: string, today = todayIso()) {
  return tx
    .select({
      id: missions.id,
      title: missions.title,
      direction: missions.direction,
      kind: missions.kind,
      startDate: missions.startDate,
      endDate: missions.endDate,
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
