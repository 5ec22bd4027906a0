import 'server-only';
import crypto from 'node:crypto';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { ofMission } from './of-mission';
import { workspaceMemberRole } from '@/lib/member-of-workspace';
import { relationBetween } from '@/lib/actors/relation-between';
import {
  actorRelations,
  actors,
  expectedReturns,
  externalActions,
  missionActions,
  missionContacts,
  missionFollowUps,
  missionReturns,
  missions,
  observedReturns,
  users,
} from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Invalid, NotFound } from '@/lib/errors';
import { ActorInput } from '@/lib/actors/schemas';
import { insertActor } from '@/lib/actors/queries';
import { getDebriefMission, getMission } from './queries';
import { debriefFreeText } from './debrief-text';
import type { DebriefContactInput, DebriefInput, DebriefReturnInput, FollowUpInput } from './schemas';
import { pickColumns } from '@/lib/pick-columns';
import { expectedReturnCategory, observedReturnRecorded } from '@/lib/external-actions/observed-returns';
import { getInWorkspace, rowInWorkspace } from '@/lib/workspace-rows';
import { updateInWorkspace } from '@/lib/workspace-row-writes';

/** The debrief's contacts, returns and follow-ups, and what its forms offer (the mission's actions and their expected returns). */
export function getDebriefDetail(tx: Tx, ctx: MemberContext, missionId: string) {
  const mission = getMission(tx, ctx, missionId);
  const ws = ctx.workspaceId;
  const contacts = tx
    .select({
      id: missionContacts.id,
      actorId: missionContacts.actorId,
      actorName: actors.name,
      actorCountry: actors.country,
      relationId: missionContacts.relationId,
      relationType: actorRelations.type,
      strength: actorRelations.strength,
      metOn: missionContacts.metOn,
      note: missionContacts.note,
    })
    .from(missionContacts)
    .innerJoin(actors, eq(actors.id, missionContacts.actorId))
    .leftJoin(actorRelations, eq(actorRelations.id, missionContacts.relationId))
    .where(ofMission(missionContacts, ctx, missionId))
    .orderBy(asc(missionContacts.metOn), asc(actors.normalizedName))
    .all();
  const returns = tx
    .select({
      id: observedReturns.id,
      actionId: observedReturns.actionId,
      actionTitle: externalActions.title,
      expectedReturnId: observedReturns.expectedReturnId,
      expectedDescription: expectedReturns.description,
      ...pickColumns(observedReturns, ['category', 'description', 'evidence', 'observedOn']),
    })
    .from(missionReturns)
    .innerJoin(observedReturns, eq(observedReturns.id, missionReturns.observedReturnId))
    .innerJoin(externalActions, eq(externalActions.id, observedReturns.actionId))
    .leftJoin(expectedReturns, eq(expectedReturns.id, observedReturns.expectedReturnId))
    .where(ofMission(missionReturns, ctx, missionId))
    .orderBy(asc(observedReturns.observedOn), asc(observedReturns.createdAt))
    .all();
  const followUps = tx
    .select({
      id: missionFollowUps.id,
      title: missionFollowUps.title,
      ownerId: missionFollowUps.ownerId,
      ownerName: users.name,
      dueDate: missionFollowUps.dueDate,
      done: missionFollowUps.done,
    })
    .from(missionFollowUps)
    .leftJoin(users, eq(users.id, missionFollowUps.ownerId))
    .where(ofMission(missionFollowUps, ctx, missionId))
    .orderBy(asc(missionFollowUps.dueDate), asc(missionFollowUps.createdAt))
    .all();
  const actionIds = tx
    .select({ id: missionActions.actionId })
    .from(missionActions)
    .where(ofMission(missionActions, ctx, missionId))
    .all()
    .map((r) => r.id);
  const expected = actionIds.length
    ? tx
        .select({ id: expectedReturns.id, actionId: expectedReturns.actionId, category: expectedReturns.category, description: expectedReturns.description })
        .from(expectedReturns)
        .where(and(eq(expectedReturns.workspaceId, ws), inArray(expectedReturns.actionId, actionIds)))
        .orderBy(asc(expectedReturns.position))
        .all()
    : [];
  return { mission, contacts, returns, followUps, expected, freeText: debriefFreeText(tx, mission.id) };
}

/** Saves what was done and the free text; `submit` hands it in (the missions table stops flagging it). */
export function saveDebrief(tx: Tx, ctx: MemberContext, input: DebriefInput): MutationOutcome<{ submitted: boolean }> {
  const mission = getDebriefMission(tx, ctx, input.missionId);
  const submittedAt = input.submit ? (mission.debriefSubmittedAt ?? new Date()) : mission.debriefSubmittedAt;
  updateInWorkspace(tx, missions, ctx, mission.id, {
    debriefSummary: input.summary,
    debriefNotes: input.notes,
    debriefSubmittedAt: submittedAt,
    updatedAt: new Date(),
  });
  return {
    data: { submitted: !!submittedAt },
    audit: {
      action: 'mission.debrief.save',
      entityType: 'mission',
      entityId: mission.id,
      changes: { submitted: !!submittedAt, summaryLength: input.summary?.length ?? 0 },
    },
  };
}

/**
 * Records a contact met during the mission: creates the actor when it is new, then creates the
 * relation with `relatedActorId` (or updates the strength of the one of that type), and records
 * the day they met as the relation's latest contact.
 */
export function addDebriefContact(
  tx: Tx,
  ctx: MemberContext,
  input: DebriefContactInput,
): MutationOutcome<{ id: string; actorId: string; relationId: string }> {
  const mission = getDebriefMission(tx, ctx, input.missionId);
  if (input.metOn < mission.startDate || input.metOn > mission.endDate) throw new Invalid('invalid', { metOn: 'contactOutsideMission' });
  const wanted = [input.relatedActorId, ...(input.actorId ? [input.actorId] : [])];
  const found = tx
    .select({ id: actors.id })
    .from(actors)
    .where(and(eq(actors.workspaceId, ctx.workspaceId), inArray(actors.id, wanted)))
    .all();
  if (input.actorId && !found.some((a) => a.id === input.actorId)) throw new Invalid('foreignReference', { actorId: 'foreignReference' });
  if (!found.some((a) => a.id === input.relatedActorId)) throw new Invalid('foreignReference', { relatedActorId: 'foreignReference' });
  const now = new Date();
  let actorId = input.actorId;
  let created = false;
  if (!actorId) {
    const actor = ActorInput.parse({ name: input.name, category: input.category, country: input.country, city: input.city, influence: 3, interest: 3 });
    actorId = insertActor(tx, ctx, actor, now);
    created = true;
  }
  const existing = relationBetween(tx, ctx, input.relationType, input.relatedActorId, actorId);
  let relationId: string;
  if (existing) {
    relationId = existing.id;
    updateInWorkspace(tx, actorRelations, ctx, existing.id, { strength: input.strength });
  } else {
    relationId = crypto.randomUUID();
    tx.insert(actorRelations)
      .values({
        id: relationId,
        workspaceId: ctx.workspaceId,
        sourceId: input.relatedActorId,
        targetId: actorId,
        type: input.relationType,
        directed: false,
        strength: input.strength,
        startDate: input.metOn,
        endDate: null,
        notes: null,
        createdAt: now,
      })
      .run();
  }
  const id = crypto.randomUUID();
  tx.insert(missionContacts)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      missionId: mission.id,
      actorId,
      relationId,
      metOn: input.metOn,
      note: input.note,
      createdBy: ctx.userId,
      createdAt: now,
    })
    .run();
  return {
    data: { id, actorId, relationId },
    audit: [
      ...(created
        ? [{ action: 'actor.create', entityType: 'actor', entityId: actorId, changes: { name: input.name, category: input.category, missionId: mission.id } }]
        : []),
      existing
        ? {
            action: 'relation.update',
            entityType: 'relation',
            entityId: relationId,
            changes: { strength: { from: existing.strength, to: input.strength }, missionId: mission.id },
          }
        : {
            action: 'relation.create',
            entityType: 'relation',
            entityId: relationId,
            changes: { sourceId: input.relatedActorId, targetId: actorId, type: input.relationType, strength: input.strength },
          },
      { action: 'mission.debrief.contact', entityType: 'mission', entityId: mission.id, changes: { actorId, relationId, metOn: input.metOn } },
    ],
  };
}

/**
 * Records a return observed during the mission on one of its actions; when it answers an expected
 * return of that action, it must be of the same category. It counts in the returns gap like any other.
 */
export function addDebriefReturn(tx: Tx, ctx: MemberContext, input: DebriefReturnInput): MutationOutcome<{ id: string }> {
  const mission = getDebriefMission(tx, ctx, input.missionId);
  const linked = tx
    .select({ id: missionActions.actionId })
    .from(missionActions)
    .where(and(ofMission(missionActions, ctx, mission.id), eq(missionActions.actionId, input.actionId)))
    .get();
  if (!linked) throw new Invalid('invalid', { actionId: 'actionNotOfMission' });
  if (input.expectedReturnId) {
    const category = expectedReturnCategory(tx, ctx.workspaceId, input.expectedReturnId, input.actionId);
    if (!category) throw new Invalid('invalid', { expectedReturnId: 'expectedNotOfAction' });
    if (category !== input.category) throw new Invalid('invalid', { category: 'categoryMismatch' });
  }
  const id = crypto.randomUUID();
  const { missionId: _missionId, ...values } = input;
  void _missionId;
  tx.insert(observedReturns)
    .values({ id, workspaceId: ctx.workspaceId, ...values, value: null, recordedBy: ctx.userId, createdAt: new Date() })
    .run();
  tx.insert(missionReturns).values({ workspaceId: ctx.workspaceId, missionId: mission.id, observedReturnId: id }).run();
  return observedReturnRecorded(id, input.actionId, input, { missionId: mission.id });
}

/** Adds a follow-up item; its owner must be a member of the team (not a partner). */
export function addFollowUp(tx: Tx, ctx: MemberContext, input: FollowUpInput): MutationOutcome<{ id: string }> {
  const mission = getDebriefMission(tx, ctx, input.missionId);
  const ownerRole = workspaceMemberRole(tx, ctx, input.ownerId);
  if (!ownerRole || ownerRole === 'partner') throw new Invalid('foreignReference', { ownerId: 'foreignReference' });
  const id = crypto.randomUUID();
  tx.insert(missionFollowUps)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      missionId: mission.id,
      title: input.title,
      ownerId: input.ownerId,
      dueDate: input.dueDate,
      done: false,
      createdAt: new Date(),
    })
    .run();
  return {
    data: { id },
    audit: {
      action: 'mission.followUp.create',
      entityType: 'mission',
      entityId: mission.id,
      changes: { followUpId: id, ownerId: input.ownerId, dueDate: input.dueDate },
    },
  };
}

/** Marks a follow-up item done or open again: the debrief's writers, or the item's owner. */
export function setFollowUpDone(tx: Tx, ctx: MemberContext, input: { id: string; done: boolean }): MutationOutcome<null> {
  const row = getInWorkspace(tx, missionFollowUps, ctx, input.id, 'followUpNotFound');
  if (row.ownerId !== ctx.userId) getDebriefMission(tx, ctx, row.missionId);
  else getMission(tx, ctx, row.missionId);
  updateInWorkspace(tx, missionFollowUps, ctx, row.id, { done: input.done });
  return {
    data: null,
    audit: { action: 'mission.followUp.update', entityType: 'mission', entityId: row.missionId, changes: { followUpId: row.id, done: input.done } },
  };
}

/** Removes a contact (the actor and its relation stay on the map), a return or a follow-up from a debrief. */
export function removeDebriefEntry(
  tx: Tx,
  ctx: MemberContext,
  input: { missionId: string; kind: 'contact' | 'return' | 'followUp'; id: string },
): MutationOutcome<null> {
  const mission = getDebriefMission(tx, ctx, input.missionId);
  let removed = 0;
  if (input.kind === 'contact') {
    removed = tx
      .delete(missionContacts)
      .where(and(rowInWorkspace(missionContacts, ctx, input.id), eq(missionContacts.missionId, mission.id)))
      .run().changes;
  } else if (input.kind === 'followUp') {
    removed = tx
      .delete(missionFollowUps)
      .where(and(rowInWorkspace(missionFollowUps, ctx, input.id), eq(missionFollowUps.missionId, mission.id)))
      .run().changes;
  } else {
    const link = tx
      .select({ id: missionReturns.observedReturnId })
      .from(missionReturns)
      .where(and(ofMission(missionReturns, ctx, mission.id), eq(missionReturns.observedReturnId, input.id)))
      .get();
    if (link)
      removed = tx
        .delete(observedReturns)
        .where(rowInWorkspace(observedReturns, ctx, link.id))
        .run().changes;
  }
  if (!removed) throw new NotFound('debriefEntryNotFound');
  return { data: null, audit: { action: 'mission.debrief.remove', entityType: 'mission', entityId: mission.id, changes: { kind: input.kind, id: input.id } } };
}

/** The missions during which an actor was met, latest first: the actor page's "last contact". */
export function listActorMissionContacts(tx: Tx, ctx: MemberContext, actorId: string) {
  return tx
    .select({ missionId: missions.id, title: missions.title, metOn: missionContacts.metOn })
    .from(missionContacts)
    .innerJoin(missions, eq(missions.id, missionContacts.missionId))
    .where(and(eq(missionContacts.workspaceId, ctx.workspaceId), eq(missionContacts.actorId, actorId)))
    .orderBy(desc(missionContacts.metOn))
    .limit(20)
    .all();
}
