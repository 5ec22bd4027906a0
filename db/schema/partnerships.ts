import { sqliteTable, text, integer, index, uniqueIndex, primaryKey } from 'drizzle-orm/sqlite-core';
import { invitations } from './workspaces';
import { actors } from './actors';
import { documentSections } from './strategy-document';
import { timestampColumn, createdAtColumn, updatedAtColumn, timestamps, parentColumn, extensionKeyColumn } from './base-columns';
import { workspaceIdColumn, userColumn, authorColumns, workspaceKeyColumn, workspaceTable } from './columns';

/** Which side of a partnership an entry speaks for: the workspace's team or the foreign partner. */
export const PARTNERSHIP_SIDES = ['team', 'partner'] as const;
export type PartnershipSide = (typeof PARTNERSHIP_SIDES)[number];
/**
 * Reciprocity: what a side brings to the partnership, what it expects in return, and the returns it
 * has observed on its own side (issue 21, point 3: the partner records these in their language).
 */
export const CONTRIBUTION_KINDS = ['brings', 'expects', 'observed'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];
export const EXCHANGE_KINDS = ['meeting', 'visit', 'call', 'mail', 'document', 'other'] as const;
export type ExchangeKind = (typeof EXCHANGE_KINDS)[number];
/** What of a partnership's space can be translated: its joint objectives, a reciprocity entry, an exchange, a joint action's title. */
export const TRANSLATABLE_TARGETS = ['objectives', 'contribution', 'exchange', 'action'] as const;
export type TranslatableTarget = (typeof TRANSLATABLE_TARGETS)[number];

/** The partnership a row belongs to (`partnership_id`); deleted with the partnership. */
export function partnershipIdColumn() {
  return parentColumn('partnership_id', () => partnerships.id);
}

/**
 * A partnership of a workspace with one foreign partner authority (an actor of its map). Partners
 * are members with the `partner` role whose membership points at this actor; they see only this
 * partnership's space. Its joint objectives are rich text co-edited in real time (a Y document
 * named `partnership:<id>`).
 */
export const partnerships = workspaceTable(
  'partnerships',
  {
    actorId: parentColumn('actor_id', () => actors.id),
    title: text('title').notNull(),
    createdBy: userColumn('created_by'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('partnerships_workspace_actor_idx').on(t.workspaceId, t.actorId)],
);

/** What each side brings and expects in return (the reciprocity written down). */
export const partnershipContributions = workspaceTable(
  'partnership_contributions',
  {
    partnershipId: partnershipIdColumn(),
    side: text('side', { enum: PARTNERSHIP_SIDES }).notNull(),
    kind: text('kind', { enum: CONTRIBUTION_KINDS }).notNull(),
    text: text('text').notNull(),
    /** The language the entry is written in (a partner writes in theirs). */
    language: text('language').notNull().default('fr'),
    authorId: userColumn('author_id'),
    createdAt: createdAtColumn(),
    /** When the text was last rewritten (its translations are then out of date); null while never edited. */
    updatedAt: timestampColumn('updated_at'),
  },
  (t) => [
    index('partnership_contributions_partnership_idx').on(t.partnershipId),
    // The coherence check counts each partnership's returns by side and kind.
    index('partnership_contributions_side_kind_idx').on(t.partnershipId, t.side, t.kind),
  ],
);

/** The people to contact on each side. */
export const partnershipContacts = workspaceTable(
  'partnership_contacts',
  {
    partnershipId: partnershipIdColumn(),
    side: text('side', { enum: PARTNERSHIP_SIDES }).notNull(),
    name: text('name').notNull(),
    role: text('role'),
    email: text('email'),
    createdAt: createdAtColumn(),
  },
  (t) => [index('partnership_contacts_partnership_idx').on(t.partnershipId)],
);

/** The timeline of exchanges: dated entries written by either side. */
export const partnershipExchanges = workspaceTable(
  'partnership_exchanges',
  {
    partnershipId: partnershipIdColumn(),
    /** ISO date (YYYY-MM-DD) of the exchange. */
    date: text('date').notNull(),
    kind: text('kind', { enum: EXCHANGE_KINDS }).notNull(),
    summary: text('summary').notNull(),
    /** The language the summary is written in. */
    language: text('language').notNull().default('fr'),
    ...authorColumns(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('partnership_exchanges_partnership_date_idx').on(t.partnershipId, t.date)],
);

/** The written sections of the strategy document shared with a partnership (co-edited by its partners). */
export const partnershipSections = sqliteTable(
  'partnership_sections',
  {
    partnershipId: partnershipIdColumn(),
    sectionId: parentColumn('section_id', () => documentSections.id),
    workspaceId: workspaceIdColumn(),
    createdAt: createdAtColumn(),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.sectionId] }), index('partnership_sections_section_idx').on(t.sectionId)],
);

/** An invitation sent for a partnership: on acceptance the membership points at its partner actor. */
export const partnershipInvitations = sqliteTable('partnership_invitations', {
  invitationId: extensionKeyColumn('invitation_id', () => invitations.id),
  partnershipId: partnershipIdColumn(),
});

/**
 * A translation of a written section (a Y document named `section:<id>:tr:<lang>`). `sourceText`
 * is the original's plain text when the translation last changed: when the original's text
 * differs from it, the translation is out of date and the difference shows what changed.
 */
export const sectionTranslations = workspaceTable(
  'section_translations',
  {
    sectionId: parentColumn('section_id', () => documentSections.id),
    language: text('language').notNull(),
    sourceText: text('source_text').notNull(),
    /** The translation's own plain text at its last recorded change (to tell a real change from a re-save). */
    text: text('text').notNull(),
    updatedBy: userColumn('updated_by'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('section_translations_section_language_idx').on(t.sectionId, t.language)],
);

/**
 * A translation of a text of a partnership's space (issue 17, point 6): the joint objectives
 * (`targetId` = the partnership), a reciprocity entry, an exchange or a joint action's title, into
 * one language. Like a section's translation, `sourceText` is the original's plain text when the
 * translation was last saved or confirmed: when the original now differs, it is out of date. The
 * target is not a foreign key (four tables); removing an entry removes its translations.
 */
export const partnershipTranslations = workspaceTable(
  'partnership_translations',
  {
    partnershipId: partnershipIdColumn(),
    targetType: text('target_type', { enum: TRANSLATABLE_TARGETS }).notNull(),
    targetId: text('target_id').notNull(),
    language: text('language').notNull(),
    text: text('text').notNull(),
    sourceText: text('source_text').notNull(),
    updatedBy: userColumn('updated_by'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('partnership_translations_target_language_idx').on(t.partnershipId, t.targetType, t.targetId, t.language),
    index('partnership_translations_workspace_idx').on(t.workspaceId),
  ],
);

/**
 * Comments on a partnership's shared content (its page, a shared section or a translation),
 * threaded one level: a reply names its parent.
 */
export const partnershipComments = workspaceTable(
  'partnership_comments',
  {
    partnershipId: partnershipIdColumn(),
    /** `page`, or the id of a shared section. */
    target: text('target').notNull(),
    parentId: text('parent_id'),
    ...authorColumns(),
    body: text('body').notNull(),
    createdAt: createdAtColumn(),
  },
  (t) => [index('partnership_comments_target_idx').on(t.partnershipId, t.target, t.createdAt)],
);

/** A workspace's consent to coordination: opted-in workspaces see each other's common partners (names and counts). */
export const coordinationSettings = sqliteTable('coordination_settings', {
  workspaceId: workspaceKeyColumn(),
  optedIn: integer('opted_in', { mode: 'boolean' }).notNull(),
  updatedBy: userColumn('updated_by'),
  updatedAt: updatedAtColumn(),
});

export type Partnership = typeof partnerships.$inferSelect;
export type SectionTranslation = typeof sectionTranslations.$inferSelect;
export type PartnershipTranslation = typeof partnershipTranslations.$inferSelect;
