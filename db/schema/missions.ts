import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { actors, actorRelations } from './actors';
import { departments } from './departments';
import { budgetLineColumns } from './budget-lines';
import { actionIdColumn, observedReturns } from './external-actions';
import { partnerships } from './partnerships';
import { MISSION_DIRECTIONS, MISSION_KINDS, PARTICIPANT_KINDS } from '../enums/missions';
import { timestampColumn, createdAtColumn, timestamps, parentColumn, optionalLinkColumn, optionalParentColumn } from './base-columns';
import { workspaceIdColumn, userColumn, workspaceTable } from './columns';

export * from '../enums/missions';

/** The mission a row belongs to (`mission_id`); deleted with the mission. */
export function missionIdColumn() {
  return parentColumn('mission_id', () => missions.id);
}

/**
 * A mission abroad or a delegation received (issue 19). Its debrief is assigned to one member and
 * due `debriefDays` after `endDate`; `debriefSubmittedAt` is set when they hand it in.
 */
export const missions = workspaceTable(
  'missions',
  {
    title: text('title').notNull(),
    normalizedTitle: text('normalized_title').notNull(),
    kind: text('kind', { enum: MISSION_KINDS }).notNull(),
    direction: text('direction', { enum: MISSION_DIRECTIONS }).notNull(),
    /** ISO 3166-1 alpha-2: where the mission goes, or where the delegation comes from. */
    country: text('country').notNull(),
    city: text('city'),
    purpose: text('purpose'),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    partnershipId: optionalLinkColumn('partnership_id', () => partnerships.id),
    /** Links to documents (programme, minutes, photos…): `{ label, url }`. */
    documents: text('documents', { mode: 'json' }).$type<{ label: string; url: string }[]>().notNull(),
    debriefAssigneeId: userColumn('debrief_assignee_id'),
    debriefDays: integer('debrief_days').notNull(),
    /** What was done, and the free text of the debrief. */
    debriefSummary: text('debrief_summary'),
    debriefNotes: text('debrief_notes'),
    debriefSubmittedAt: timestampColumn('debrief_submitted_at'),
    version: integer('version').notNull(),
    createdBy: userColumn('created_by'),
    ...timestamps(),
  },
  (t) => [
    index('missions_workspace_start_idx').on(t.workspaceId, t.startDate),
    index('missions_workspace_kind_idx').on(t.workspaceId, t.kind),
    index('missions_workspace_country_idx').on(t.workspaceId, t.country),
    index('missions_partnership_idx').on(t.partnershipId),
    index('missions_assignee_idx').on(t.workspaceId, t.debriefAssigneeId),
  ],
);

/** The external actions a mission serves. */
export const missionActions = sqliteTable(
  'mission_actions',
  {
    workspaceId: workspaceIdColumn(),
    missionId: missionIdColumn(),
    actionId: actionIdColumn(),
  },
  (t) => [
    primaryKey({ columns: [t.missionId, t.actionId] }),
    index('mission_actions_action_idx').on(t.actionId),
    index('mission_actions_workspace_idx').on(t.workspaceId),
  ],
);

/** One participant: a member, a department's agent, an elected official or a territorial actor. */
export const missionParticipants = workspaceTable(
  'mission_participants',
  {
    missionId: missionIdColumn(),
    kind: text('kind', { enum: PARTICIPANT_KINDS }).notNull(),
    userId: userColumn('user_id'),
    actorId: optionalParentColumn('actor_id', () => actors.id),
    departmentId: optionalLinkColumn('department_id', () => departments.id),
    /** The agent's or elected official's name (members and actors are named by their record). */
    name: text('name'),
    role: text('role'),
    position: integer('position').notNull(),
  },
  (t) => [index('mission_participants_mission_idx').on(t.missionId), index('mission_participants_workspace_idx').on(t.workspaceId, t.departmentId)],
);

/** The day-by-day programme: one meeting, on a day, with an actor of the map. */
export const missionMeetings = workspaceTable(
  'mission_meetings',
  {
    missionId: missionIdColumn(),
    day: text('day').notNull(),
    time: text('time'),
    actorId: optionalLinkColumn('actor_id', () => actors.id),
    subject: text('subject').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('mission_meetings_mission_idx').on(t.missionId, t.day), index('mission_meetings_actor_idx').on(t.actorId)],
);

/** What a mission costs, counted by the consolidated international budget. */
export const missionBudgetLines = workspaceTable(
  'mission_budget_lines',
  {
    missionId: missionIdColumn(),
    ...budgetLineColumns(),
  },
  (t) => [index('mission_budget_lines_workspace_idx').on(t.workspaceId, t.year), index('mission_budget_lines_mission_idx').on(t.missionId)],
);

/**
 * A contact met during a mission, recorded by its debrief: the actor (created or updated from the
 * debrief), the relation written with it, and the day they met (the relation's last contact).
 */
export const missionContacts = workspaceTable(
  'mission_contacts',
  {
    missionId: missionIdColumn(),
    actorId: parentColumn('actor_id', () => actors.id),
    relationId: optionalLinkColumn('relation_id', () => actorRelations.id),
    metOn: text('met_on').notNull(),
    note: text('note'),
    createdBy: userColumn('created_by'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('mission_contacts_mission_idx').on(t.missionId), index('mission_contacts_actor_idx').on(t.workspaceId, t.actorId, t.metOn)],
);

/** An observed return recorded by a mission's debrief (the return itself lives with its action). */
export const missionReturns = sqliteTable(
  'mission_returns',
  {
    workspaceId: workspaceIdColumn(),
    missionId: missionIdColumn(),
    observedReturnId: parentColumn('observed_return_id', () => observedReturns.id),
  },
  (t) => [primaryKey({ columns: [t.missionId, t.observedReturnId] }), index('mission_returns_workspace_idx').on(t.workspaceId)],
);

/** A follow-up item of a debrief: what to do, who does it, by when. */
export const missionFollowUps = workspaceTable(
  'mission_follow_ups',
  {
    missionId: missionIdColumn(),
    title: text('title').notNull(),
    ownerId: userColumn('owner_id'),
    dueDate: text('due_date').notNull(),
    done: integer('done', { mode: 'boolean' }).notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('mission_follow_ups_mission_idx').on(t.missionId), index('mission_follow_ups_owner_idx').on(t.workspaceId, t.ownerId, t.dueDate)],
);

export type Mission = typeof missions.$inferSelect;
export type MissionParticipant = typeof missionParticipants.$inferSelect;
export type MissionMeeting = typeof missionMeetings.$inferSelect;
export type MissionBudgetLine = typeof missionBudgetLines.$inferSelect;
export type MissionFollowUp = typeof missionFollowUps.$inferSelect;
