import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { insertInWorkspace } from '@/lib/workspace-row-insert';
import { competencyOverrides, customCompetencies, externalActionCompetencies, workspaces } from '@/db/schema';
import type { CompetencyDomain, CompetencyNature } from '@/db/schema/competencies';
import type { AuthorityLevel } from '@/db/schema/workspaces';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import type { Locale } from '@/lib/i18n/config';
import { Invalid, NotFound } from '@/lib/errors';
import { catalogueEntry, catalogueFor, entryOfferedTo, type CatalogueLevel } from './catalogue';
import { competencyRef, parseCompetencyRef, type CompetencyVisibilityInput, type CustomCompetencyInput } from './schemas';
import { getInWorkspace } from '@/lib/workspace-rows';
import { pickFields } from '@/lib/pick-fields';
import { fieldChanges } from '@/lib/audit/field-changes';
import { deleteInWorkspace, updateInWorkspace } from '@/lib/workspace-row-writes';

/** A competency as the workspace sees it, whichever its source. */
export type WorkspaceCompetency = {
  ref: string;
  source: 'catalogue' | 'custom';
  level: CatalogueLevel | null;
  title: string;
  domain: CompetencyDomain;
  nature: CompetencyNature;
  reference: string | null;
  note: string | null;
  hidden: boolean;
  /** How many actions are linked to it. */
  actionCount: number;
};

/** The authority level of the caller's workspace (which catalogue applies). */
export function workspaceLevel(tx: Tx, ctx: MemberContext): AuthorityLevel {
  const row = tx.select({ level: workspaces.level }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).get();
  if (!row) throw new NotFound('workspaceNotFound');
  return row.level;
}

/** Number of actions linked to each competency reference, in one grouped query. */
function actionCountsByRef(tx: Tx, ctx: MemberContext) {
  const rows = tx
    .select({
      catalogueKey: externalActionCompetencies.catalogueKey,
      customId: externalActionCompetencies.customCompetencyId,
      n: sql<number>`count(distinct ${externalActionCompetencies.actionId})`,
    })
    .from(externalActionCompetencies)
    .where(eq(externalActionCompetencies.workspaceId, ctx.workspaceId))
    .groupBy(externalActionCompetencies.catalogueKey, externalActionCompetencies.customCompetencyId)
    .all();
  return new Map(rows.map((r) => [competencyRef(r), r.n]));
}

/**
 * Every competency of the workspace: the catalogue of its level (hidden entries flagged) and its
 * own ones, each with the number of actions linked to it. Three queries whatever the size.
 */
export function listCompetencies(tx: Tx, ctx: MemberContext, locale: Locale): WorkspaceCompetency[] {
  const level = workspaceLevel(tx, ctx);
  const hidden = new Set(
    tx
      .select({ key: competencyOverrides.catalogueKey })
      .from(competencyOverrides)
      .where(and(eq(competencyOverrides.workspaceId, ctx.workspaceId), eq(competencyOverrides.hidden, true)))
      .all()
      .map((r) => r.key),
  );
  const counts = actionCountsByRef(tx, ctx);
  const fromCatalogue: WorkspaceCompetency[] = catalogueFor(level).map((e) => ({
    ref: e.key,
    source: 'catalogue',
    level: e.level,
    title: e.title[locale],
    domain: e.domain,
    nature: e.nature,
    reference: e.reference,
    note: e.note[locale],
    hidden: hidden.has(e.key),
    actionCount: counts.get(e.key) ?? 0,
  }));
  const own: WorkspaceCompetency[] = tx
    .select()
    .from(customCompetencies)
    .where(eq(customCompetencies.workspaceId, ctx.workspaceId))
    .orderBy(asc(customCompetencies.title))
    .all()
    .map((c) => {
      const ref = competencyRef({ catalogueKey: null, customId: c.id });
      return {
        ref,
        source: 'custom',
        level: null,
        ...pickFields(c, ['title', 'domain', 'nature', 'reference', 'note']),
        hidden: false,
        actionCount: counts.get(ref) ?? 0,
      };
    });
  return [...fromCatalogue, ...own];
}

/**
 * Checks that competency references all belong to the caller's workspace: catalogue keys of its
 * level, or its own competencies. Returns them parsed; throws Invalid (with the field of the first
 * bad one) or NotFound for another workspace's competency.
 */
export function resolveCompetencyRefs(tx: Tx, ctx: MemberContext, refs: string[], field: (index: number) => string) {
  const level = workspaceLevel(tx, ctx);
  const parsed = refs.map((ref) => parseCompetencyRef(ref));
  parsed.forEach((p, i) => {
    if (!p) throw new Invalid('invalid', { [field(i)]: 'competencyUnknown' });
    if (p.catalogueKey && !entryOfferedTo(catalogueEntry(p.catalogueKey)!, level)) {
      throw new Invalid('invalid', { [field(i)]: 'competencyOtherLevel' });
    }
  });
  const customIds = [...new Set(parsed.flatMap((p) => (p?.customId ? [p.customId] : [])))];
  if (customIds.length) {
    const found = tx
      .select({ n: count() })
      .from(customCompetencies)
      .where(and(eq(customCompetencies.workspaceId, ctx.workspaceId), inArray(customCompetencies.id, customIds)))
      .get();
    if ((found?.n ?? 0) !== customIds.length) throw new NotFound('competencyNotFound');
  }
  return parsed as NonNullable<(typeof parsed)[number]>[];
}

/** Hides a catalogue entry for the workspace or shows it again; existing links are kept. */
export function setCompetencyHidden(tx: Tx, ctx: MemberContext, input: CompetencyVisibilityInput): MutationOutcome<null> {
  const entry = catalogueEntry(input.key);
  if (!entry || !entryOfferedTo(entry, workspaceLevel(tx, ctx))) throw new NotFound('competencyNotFound');
  const now = new Date();
  tx.insert(competencyOverrides)
    .values({ id: crypto.randomUUID(), workspaceId: ctx.workspaceId, catalogueKey: input.key, hidden: input.hidden, updatedAt: now })
    .onConflictDoUpdate({
      target: [competencyOverrides.workspaceId, competencyOverrides.catalogueKey],
      set: { hidden: input.hidden, updatedAt: now },
    })
    .run();
  return {
    data: null,
    audit: { action: input.hidden ? 'competency.hide' : 'competency.show', entityType: 'competency', entityId: input.key, changes: { key: input.key } },
  };
}

function getCustomCompetency(tx: Tx, ctx: MemberContext, id: string) {
  return getInWorkspace(tx, customCompetencies, ctx, id, 'competencyNotFound');
}

export function createCustomCompetency(tx: Tx, ctx: MemberContext, input: CustomCompetencyInput): MutationOutcome<{ id: string; ref: string }> {
  const now = new Date();
  const id = insertInWorkspace(tx, customCompetencies, ctx, { ...input, createdAt: now, updatedAt: now });
  return {
    data: { id, ref: competencyRef({ catalogueKey: null, customId: id }) },
    audit: { action: 'competency.create', entityType: 'competency', entityId: id, changes: { title: input.title, domain: input.domain, nature: input.nature } },
  };
}

export function updateCustomCompetency(tx: Tx, ctx: MemberContext, input: CustomCompetencyInput & { id: string }): MutationOutcome<null> {
  const before = getCustomCompetency(tx, ctx, input.id);
  const { id, ...values } = input;
  updateInWorkspace(tx, customCompetencies, ctx, id, { ...values, updatedAt: new Date() });
  return { data: null, audit: { action: 'competency.update', entityType: 'competency', entityId: id, changes: fieldChanges(before, values) } };
}

/** Deletes one of the workspace's own competencies; the actions' links to it go with it. */
export function deleteCustomCompetency(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const before = getCustomCompetency(tx, ctx, input.id);
  const links =
    tx
      .select({ n: count() })
      .from(externalActionCompetencies)
      .where(and(eq(externalActionCompetencies.workspaceId, ctx.workspaceId), eq(externalActionCompetencies.customCompetencyId, before.id)))
      .get()?.n ?? 0;
  deleteInWorkspace(tx, customCompetencies, ctx, before.id);
  return {
    data: null,
    audit: { action: 'competency.delete', entityType: 'competency', entityId: before.id, changes: { title: before.title, linksRemoved: links } },
  };
}
