import 'server-only';
import crypto from 'node:crypto';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { insertInWorkspace } from '@/lib/workspace-row-insert';
import { assertReferenceInWorkspace } from '@/lib/foreign-reference';
import { ofMission } from './of-mission';
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
} from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { can } from '@/lib/auth/policy';
import { Invalid } from '@/lib/errors';
import { saveVersioned } from '@/lib/versioned-save';
import { normalizeName } from '@/lib/actors/names';
import { assertFundingSourcesOffered, budgetCents, budgetLineRows } from '@/lib/external-actions/budget-lines';
import { notify } from '@/lib/notifications/notify';
import { debriefDueDate } from './dates';
import { removeDebriefText } from './debrief-text';
import { getMission, getMissionDetail } from './queries';
import { missionFormValues } from './form-options';
import type { MissionInput, UpdateMissionInput } from './schemas';
import { insertRows } from '@/lib/insert-rows';
import { pickFields } from '@/lib/pick-fields';
import { deleteInWorkspace } from '@/lib/workspace-row-writes';

// Writing a mission: references checked against the workspace, links replaced, the debrief's
// assignee told.

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
  assertFundingSourcesOffered(tx, ctx, input.budgetLines);
  if (input.actionIds.length) {
    const n =
      tx
        .select({ n: count() })
        .from(externalActions)
        .where(and(eq(externalActions.workspaceId, ws), inArray(externalActions.id, input.actionIds)))
        .get()?.n ?? 0;
    assertInWorkspace(tx, n, new Set(input.actionIds), 'actionIds');
  }
  if (input.partnershipId) assertReferenceInWorkspace(tx, partnerships, ctx, input.partnershipId, 'partnershipId');
}

function missionValues(input: MissionInput) {
  return {
    title: input.title,
    normalizedTitle: normalizeName(input.title),
    ...pickFields(input, [
      'kind',
      'direction',
      'country',
      'city',
      'purpose',
      'startDate',
      'endDate',
      'partnershipId',
      'documents',
      'debriefAssigneeId',
      'debriefDays',
    ]),
  };
}

/** Replaces a mission's actions, participants, programme and costs. */
function writeLinks(tx: Tx, ctx: MemberContext, missionId: string, input: MissionInput) {
  const ws = ctx.workspaceId;
  for (const table of [missionActions, missionParticipants, missionMeetings, missionBudgetLines]) {
    tx.delete(table)
      .where(ofMission(table, ctx, missionId))
      .run();
  }
  insertRows(
    tx,
    missionActions,
    input.actionIds.map((actionId) => ({ workspaceId: ws, missionId, actionId })),
  );
  insertRows(
    tx,
    missionParticipants,
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
  );
  insertRows(
    tx,
    missionMeetings,
    input.meetings.map((m, position) => ({
      id: crypto.randomUUID(),
      workspaceId: ws,
      missionId,
      ...pickFields(m, ['day', 'time', 'actorId', 'subject']),
      position,
    })),
  );
  insertRows(tx, missionBudgetLines, budgetLineRows({ workspaceId: ws, missionId }, input.budgetLines));
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
    ...pickFields(input, ['title', 'kind', 'direction', 'country', 'startDate', 'endDate', 'partnershipId', 'actionIds']),
    participants: input.participants.length,
    meetings: input.meetings.length,
    budgetCents: budgetCents(input.budgetLines),
    debriefAssigneeId: input.debriefAssigneeId,
  };
}

export function createMission(tx: Tx, ctx: MemberContext, input: MissionInput): MutationOutcome<{ id: string }> {
  checkReferences(tx, ctx, input);
  const now = new Date();
  const id = insertInWorkspace(tx, missions, ctx, { ...missionValues(input), version: 1, createdBy: ctx.userId, createdAt: now, updatedAt: now });
  writeLinks(tx, ctx, id, input);
  notifyAssignee(tx, ctx, id, input);
  return { data: { id }, audit: { action: 'mission.create', entityType: 'mission', entityId: id, changes: summary(input) } };
}

/** Saves an edited mission if `version` is still the stored one (otherwise nothing is written). */
export function updateMission(tx: Tx, ctx: MemberContext, input: UpdateMissionInput): MutationOutcome<{ version: number }> {
  const before = getMission(tx, ctx, input.id);
  checkReferences(tx, ctx, input);
  const saved = saveVersioned(tx, missions, ctx, input, missionValues(input), () => ({
    version: before.version,
    values: missionFormValues(getMissionDetail(tx, ctx, input.id)),
  }));
  writeLinks(tx, ctx, input.id, input);
  notifyAssignee(tx, ctx, input.id, input);
  return { data: { version: saved }, audit: { action: 'mission.update', entityType: 'mission', entityId: input.id, changes: summary(input) } };
}

export function deleteMission(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const before = getMission(tx, ctx, input.id);
  deleteInWorkspace(tx, missions, ctx, before.id);
  removeDebriefText(tx, before.id);
  return {
    data: null,
    audit: { action: 'mission.delete', entityType: 'mission', entityId: before.id, changes: { title: before.title, startDate: before.startDate } },
  };
}
