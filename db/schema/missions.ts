import { sqliteTable, text, integer, index, primaryKey } from 'drizzle-orm/sqlite-core';
import { workspaces } from './workspaces';
import { users } from './users';
import { actors, actorRelations } from './actors';
import { departments, FUNDING_SOURCES } from './departments';
import { externalActions, observedReturns } from './external-actions';
import { partnerships } from './partnerships';
import { MISSION_DIRECTIONS, MISSION_KINDS, PARTICIPANT_KINDS } from '../enums/missions';

export * from '../enums/missions';

/**
 * A mission abroad or a delegation received (issue 19). Its debrief is assigned to one member and
 * due `debriefDays` after `endDate`; `debriefSubmittedAt` is set when they hand it in.
 */
export const missions = sqliteTable(
  'missions',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
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
    partnershipId: text('partnership_id').references(() => partnerships.id, { onDelete: 'set null' }),
    /** Links to documents (programme, minutes, photos…): `{ label, url }`. */
    documents: text('documents', { mode: 'json' }).$type<{ label: string; url: string }[]>().notNull(),
    debriefAssigneeId: text('debrief_assignee_id').references(() => users.id, { onDelete: 'set null' }),
    debriefDays: integer('debrief_days').notNull(),
    /** What was done, and the free text of the debrief. */
    debriefSummary: text('debrief_summary'),
    debriefNotes: text('debrief_notes'),
    debriefSubmittedAt: integer('debrief_submitted_at', { mode: 'timestamp_ms' }),
    version: integer('version').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
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
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    missionId: text('mission_id')
      .notNull()
      .references(() => missions.id, { onDelete: 'cascade' }),
    actionId: text('action_id')
      .notNull()
      .references(() => externalActions.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.missionId, t.actionId] }),
    index('mission_actions_action_idx').on(t.actionId),
    index('mission_actions_workspace_idx').on(t.workspaceId),
  ],
);

/** One participant: a member, a department's agent, an elected official or a territorial actor. */
export const missionParticipants = sqliteTable(
  'mission_participants',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    missionId: text('mission_id')
      .notNull()
      .references(() => missions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: PARTICIPANT_KINDS }).notNull(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'cascade' }),
    departmentId: text('department_id').references(() => departments.id, { onDelete: 'set null' }),
    /** The agent's or elected official's name (members and actors are named by their record). */
    name: text('name'),
    role: text('role'),
    position: integer('position').notNull(),
  },
  (t) => [index('mission_participants_mission_idx').on(t.missionId), index('mission_participants_workspace_idx').on(t.workspaceId, t.departmentId)],
);

/** The day-by-day programme: one meeting, on a day, with an actor of the map. */
export const missionMeetings = sqliteTable(
  'mission_meetings',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    missionId: text('mission_id')
      .notNull()
      .references(() => missions.id, { onDelete: 'cascade' }),
    day: text('day').notNull(),
    time: text('time'),
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    subject: text('subject').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('mission_meetings_mission_idx').on(t.missionId, t.day), index('mission_meetings_actor_idx').on(t.actorId)],
);

/** What a mission costs, counted by the consolidated international budget. */
export const missionBudgetLines = sqliteTable(
  'mission_budget_lines',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    missionId: text('mission_id')
      .notNull()
      .references(() => missions.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    /** In euro cents. */
    amountCents: integer('amount_cents').notNull(),
    fundingSource: text('funding_source', { enum: FUNDING_SOURCES }).notNull(),
    departmentId: text('department_id').references(() => departments.id, { onDelete: 'set null' }),
    label: text('label'),
    position: integer('position').notNull(),
  },
  (t) => [index('mission_budget_lines_workspace_idx').on(t.workspaceId, t.year), index('mission_budget_lines_mission_idx').on(t.missionId)],
);

/**
 * A contact met during a mission, recorded by its debrief: the actor (created or updated from the
 * debrief), the relation written with it, and the day they met (the relation's last contact).
 */
export const missionContacts = sqliteTable(
  'mission_contacts',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    missionId: text('mission_id')
      .notNull()
      .references(() => missions.id, { onDelete: 'cascade' }),
    actorId: text('actor_id')
      .notNull()
      .references(() => actors.id, { onDelete: 'cascade' }),
    relationId: text('relation_id').references(() => actorRelations.id, { onDelete: 'set null' }),
    metOn: text('met_on').notNull(),
    note: text('note'),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('mission_contacts_mission_idx').on(t.missionId), index('mission_contacts_actor_idx').on(t.workspaceId, t.actorId, t.metOn)],
);

/** An observed return recorded by a mission's debrief (the return itself lives with its action). */
export const missionReturns = sqliteTable(
  'mission_returns',
  {
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    missionId: text('mission_id')
      .notNull()
      .references(() => missions.id, { onDelete: 'cascade' }),
    observedReturnId: text('observed_return_id')
      .notNull()
      .references(() => observedReturns.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.missionId, t.observedReturnId] }), index('mission_returns_workspace_idx').on(t.workspaceId)],
);

/** A follow-up item of a debrief: what to do, who does it, by when. */
export const missionFollowUps = sqliteTable(
  'mission_follow_ups',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    missionId: text('mission_id')
      .notNull()
      .references(() => missions.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    ownerId: text('owner_id').references(() => users.id, { onDelete: 'set null' }),
    dueDate: text('due_date').notNull(),
    done: integer('done', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('mission_follow_ups_mission_idx').on(t.missionId), index('mission_follow_ups_owner_idx').on(t.workspaceId, t.ownerId, t.dueDate)],
);

export type Mission = typeof missions.$inferSelect;
export type MissionParticipant = typeof missionParticipants.$inferSelect;
export type MissionMeeting = typeof missionMeetings.$inferSelect;
export type MissionBudgetLine = typeof missionBudgetLines.$inferSelect;
export type MissionFollowUp = typeof missionFollowUps.$inferSelect;
