import 'server-only';
import crypto from 'node:crypto';
import { and, asc, desc, eq } from 'drizzle-orm';
import { userName } from '@/lib/user-names';
import type { Tx } from '@/db/client';
import { whileUnchanged } from '@/db/state';
import { collabDocuments, documentSections, documentVersions, users, workspaces } from '@/db/schema';
import type { DataSectionKind, DocumentSection, SectionKind } from '@/db/schema/strategy-document';
import type { MemberContext } from '@/lib/auth/session';
import { membersWhoMay } from '@/lib/auth/member';
import type { Locale } from '@/lib/i18n/config';
import type { MutationOutcome } from '@/lib/auth/action';
import { Conflict, Invalid, NotFound } from '@/lib/errors';
import { summarizeActors } from '@/lib/actors/queries';
import { getDiagnosticView, listDiagnostics } from '@/lib/diagnostic/queries';
import { BUDGET_NONE, getBudgetConsolidation, getCompetencyMatrix } from '@/lib/external-actions/queries';
import { listCompetencies } from '@/lib/competencies/queries';
import { listDepartmentOptions } from '@/lib/departments/queries';
import { ACTION_TYPES } from '@/db/schema/external-actions';
import { closeCollabDocument, collabRevision, currentDocumentState } from '@/lib/collab/persistence';
import { sectionDocumentName } from '@/lib/collab/names';
import { sectionView, translatorFor, type SectionView } from './render';
import { plainText, richTextToHtml } from './rich-text';
import { contentFromYState } from './ydoc';
import { sectionAccess, type SectionAccess } from './access';
import type { AddSectionInput, AssignSectionInput, InitializeInput, MoveSectionInput, RenameSectionInput, SaveVersionInput, SectionRef } from './schemas';
import type { BudgetData, CompetenciesData, DocumentSnapshot, PmNode, SectionSnapshot, TerritoryData } from './types';
import { getStrategyOverview } from '@/lib/strategy/queries';
import { getInWorkspace } from '@/lib/workspace-rows';
import { deleteInWorkspace, updateInWorkspace } from '@/lib/workspace-row-writes';

/** The outline a new document starts from: the sections, data-built ones where data exists. */
export const DEFAULT_OUTLINE: readonly ({ kind: 'written'; key: string } | { kind: DataSectionKind })[] = [
  { kind: 'written', key: 'foreword' },
  { kind: 'territory' },
  { kind: 'thread' },
  { kind: 'axes' },
  { kind: 'written', key: 'governance' },
  { kind: 'written', key: 'partnerships' },
  { kind: 'written', key: 'communication' },
  { kind: 'written', key: 'evaluation' },
  { kind: 'competencies' },
  { kind: 'budget' },
];

/** Where each data section's figures will come from while its domain is not built yet (issue 6). */
export type SectionRow = DocumentSection & { assigneeName: string | null };

/** The outline in reading order, with each assignee's name (read once until the database changes: callers must not change the rows). */
export function listSections(tx: Tx, ctx: MemberContext): SectionRow[] {
  return whileUnchanged(tx, `document:sections:${ctx.workspaceId}`, () =>
    tx
      .select({ section: documentSections, assigneeName: users.name })
      .from(documentSections)
      .leftJoin(users, eq(users.id, documentSections.assigneeId))
      .where(eq(documentSections.workspaceId, ctx.workspaceId))
      .orderBy(asc(documentSections.position), asc(documentSections.createdAt))
      .all()
      .map((r) => ({ ...r.section, assigneeName: r.assigneeName })),
  );
}

/** One section of the caller's workspace, or NotFound. */
export function getSection(tx: Tx, ctx: MemberContext, sectionId: string): DocumentSection {
  const row = getInWorkspace(tx, documentSections, ctx, sectionId, 'sectionNotFound');
  return row;
}

/** What the caller may do with a section (the rule the collaboration server asks too). */
export function accessTo(ctx: MemberContext, section: { kind: SectionKind; assigneeId: string | null }): SectionAccess {
  return sectionAccess(ctx, section);
}

/** Members who may be given a section to write (those whose role may write). */
export function listAssignableMembers(tx: Tx, ctx: MemberContext) {
  return membersWhoMay(tx, ctx.workspaceId, 'document.write');
}

function insertSection(tx: Tx, ctx: MemberContext, values: { kind: SectionKind; title: string | null; position: number }, now: Date) {
  const id = crypto.randomUUID();
  tx.insert(documentSections)
    .values({ id, workspaceId: ctx.workspaceId, ...values, assigneeId: null, createdAt: now, updatedAt: now })
    .run();
  return id;
}

/** Creates the default outline of an empty document. Conflict when the document already has sections. */
export function initializeOutline(tx: Tx, ctx: MemberContext, input: InitializeInput, now = new Date()): MutationOutcome<{ ids: string[] }> {
  const existing = tx.select({ id: documentSections.id }).from(documentSections).where(eq(documentSections.workspaceId, ctx.workspaceId)).limit(1).get();
  if (existing) throw new Conflict('outlineExists');
  const t = translatorFor(input.locale);
  const ids = DEFAULT_OUTLINE.map((entry, position) =>
    insertSection(tx, ctx, { kind: entry.kind, title: entry.kind === 'written' ? t(`document.defaults.${entry.key}` as never) : null, position }, now),
  );
  return { data: { ids }, audit: { action: 'document.initialize', entityType: 'document', entityId: ctx.workspaceId, changes: { sections: ids.length } } };
}

function renumber(tx: Tx, ctx: MemberContext, orderedIds: string[], now: Date) {
  orderedIds.forEach((id, position) => {
    updateInWorkspace(tx, documentSections, ctx, id, { position, updatedAt: now });
  });
}

/** Adds a written section at the end of the outline. */
export function addSection(tx: Tx, ctx: MemberContext, input: AddSectionInput, now = new Date()): MutationOutcome<{ id: string }> {
  const sections = listSections(tx, ctx);
  const id = insertSection(tx, ctx, { kind: 'written', title: input.title, position: sections.length }, now);
  return { data: { id }, audit: { action: 'document.section.add', entityType: 'document_section', entityId: id, changes: { title: input.title } } };
}

function writtenSection(tx: Tx, ctx: MemberContext, sectionId: string) {
  const section = getSection(tx, ctx, sectionId);
  if (section.kind !== 'written') throw new Invalid('dataSectionFixed');
  return section;
}

/** Sets the `field` of a section to `to`, audited as `action` with the change `{ from, to }`. */
function setSectionField<K extends 'title' | 'assigneeId'>(
  tx: Tx,
  ctx: MemberContext,
  section: DocumentSection,
  field: K,
  to: DocumentSection[K],
  action: string,
): MutationOutcome<null> {
  updateInWorkspace(tx, documentSections, ctx, section.id, { [field]: to, updatedAt: new Date() });
  return { data: null, audit: { action, entityType: 'document_section', entityId: section.id, changes: { [field]: { from: section[field], to } } } };
}

/** Renames a written section. */
export function renameSection(tx: Tx, ctx: MemberContext, input: RenameSectionInput): MutationOutcome<null> {
  return setSectionField(tx, ctx, writtenSection(tx, ctx, input.sectionId), 'title', input.title, 'document.section.rename');
}

/** Removes a written section and its text (saved versions keep theirs). Data sections stay. */
export function removeSection(tx: Tx, ctx: MemberContext, input: SectionRef, now = new Date()): MutationOutcome<null> {
  const section = writtenSection(tx, ctx, input.sectionId);
  const name = sectionDocumentName(section.id);
  tx.delete(collabDocuments)
    .where(and(eq(collabDocuments.name, name), eq(collabDocuments.workspaceId, ctx.workspaceId)))
    .run();
  deleteInWorkspace(tx, documentSections, ctx, section.id);
  renumber(
    tx,
    ctx,
    listSections(tx, ctx).map((s) => s.id),
    now,
  );
  closeCollabDocument(name);
  return { data: null, audit: { action: 'document.section.remove', entityType: 'document_section', entityId: section.id, changes: { title: section.title } } };
}

/** Moves a section one place up or down in the outline. */
export function moveSection(tx: Tx, ctx: MemberContext, input: MoveSectionInput, now = new Date()): MutationOutcome<{ position: number }> {
  const section = getSection(tx, ctx, input.sectionId);
  const ids = listSections(tx, ctx).map((s) => s.id);
  const from = ids.indexOf(section.id);
  const to = input.direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= ids.length) throw new Invalid('cannotMove');
  [ids[from], ids[to]] = [ids[to]!, ids[from]!];
  renumber(tx, ctx, ids, now);
  return {
    data: { position: to },
    audit: { action: 'document.section.move', entityType: 'document_section', entityId: section.id, changes: { position: { from, to } } },
  };
}

/** Gives a written section to a member who may write (or to nobody). */
export function assignSection(tx: Tx, ctx: MemberContext, input: AssignSectionInput): MutationOutcome<null> {
  const section = writtenSection(tx, ctx, input.sectionId);
  if (input.assigneeId) {
    const member = listAssignableMembers(tx, ctx).find((m) => m.userId === input.assigneeId);
    if (!member) throw new Invalid('invalid', { assigneeId: 'assigneeNotWriter' });
  }
  return setSectionField(tx, ctx, section, 'assigneeId', input.assigneeId, 'document.section.assign');
}

/** "The territory and the world" as it is now: the actors map's figures and the latest completed diagnostic. */
export function territoryData(tx: Tx, ctx: MemberContext): TerritoryData {
  const summary = summarizeActors(tx, ctx);
  const total = summary.byFamily.reduce((n, f) => n + f.n, 0);
  const latest = listDiagnostics(tx, ctx).find((d) => d.status === 'completed');
  let diagnostic: TerritoryData['diagnostic'] = null;
  if (latest) {
    const view = getDiagnosticView(tx, ctx, latest.id);
    diagnostic = {
      title: view.diagnostic.title,
      heldOn: view.diagnostic.heldOn,
      overall: view.score.overall,
      dimensions: view.questionnaire.dimensions.map((d) => ({
        key: d.key,
        title: { ...d.title },
        score: view.score.dimensions.find((s) => s.dimension === d.key)?.score ?? null,
      })),
      findings: view.findings.map((f) => ({ key: f.key, kind: f.kind, severity: f.severity, finding: { ...f.finding } })),
    };
  }
  return {
    actors: {
      total,
      byFamily: summary.byFamily.map((r) => ({ key: r.key, n: r.n })),
      byCategory: summary.byCategory.map((r) => ({ key: r.key, n: r.n })),
      byCountry: summary.byCountry.map((r) => ({ key: r.key, n: r.n })),
      byRelationType: summary.byRelationType.map((r) => ({ key: r.key, n: r.n })),
    },
    diagnostic,
  };
}

/** The actions × competencies matrix as it is now (competency titles frozen in both languages). */
export function competenciesData(tx: Tx, ctx: MemberContext): CompetenciesData {
  const matrix = getCompetencyMatrix(tx, ctx, 'type', 'fr');
  const english = new Map(listCompetencies(tx, ctx, 'en').map((c) => [c.ref, c.title]));
  return {
    totalActions: matrix.totalActions,
    unlinked: matrix.unlinked.total,
    unlinkedByType: { ...matrix.unlinked.cells },
    types: ACTION_TYPES.filter((type) => matrix.columnTotals[type]),
    rows: matrix.rows
      .filter((r) => r.total > 0)
      .sort((a, b) => b.total - a.total)
      .map((r) => ({
        ref: r.competency.ref,
        title: { fr: r.competency.title, en: english.get(r.competency.ref) ?? r.competency.title },
        total: r.total,
        byType: { ...r.cells },
      })),
  };
}

/** The consolidated international budget as it is now, in cents. */
export function budgetData(tx: Tx, ctx: MemberContext): BudgetData {
  const budget = getBudgetConsolidation(tx, ctx);
  const names = new Map(listDepartmentOptions(tx, ctx).map((d) => [d.id, d.name]));
  const row = (r: { byYear: Record<number, number>; total: number }) => ({ byYear: { ...r.byYear }, total: r.total });
  return {
    years: budget.years,
    total: budget.bySource.total,
    totalsByYear: { ...budget.bySource.totalsByYear },
    bySource: budget.bySource.rows.map((r) => ({ key: r.key, ...row(r) })),
    byDepartment: budget.byDepartment.rows.map((r) => ({ name: r.key === BUDGET_NONE ? null : (names.get(r.key) ?? null), ...row(r) })),
  };
}

const WRITTEN_LIMIT = 2000;
const writtenCache = new Map<string, { state: Uint8Array | null; value: { content: PmNode; html: string; text: string } }>();

/**
 * A written section's text as ProseMirror JSON, HTML and plain text. Decoding the Y state and
 * rendering it is redone only when the state's bytes change (live or stored), not on every read.
 */
function writtenContent(sectionId: string, tx: Tx) {
  const name = sectionDocumentName(sectionId);
  const state = currentDocumentState(name, tx);
  const hit = writtenCache.get(name);
  if (hit && (hit.state === state || (hit.state && state && Buffer.compare(hit.state, state) === 0))) return hit.value;
  const content = contentFromYState(state);
  const value = { content, html: richTextToHtml(content), text: plainText(content) };
  writtenCache.delete(name);
  writtenCache.set(name, { state: state && Uint8Array.from(state), value });
  if (writtenCache.size > WRITTEN_LIMIT) writtenCache.delete(writtenCache.keys().next().value!);
  return value;
}

/** One section as it is right now: a written section's live text, a data section's current figures. */
export function snapshotSection(
  tx: Tx,
  ctx: MemberContext,
  section: SectionRow,
  cache: { territory?: TerritoryData; strategy?: ReturnType<typeof getStrategyOverview> } = {},
): SectionSnapshot {
  if (section.kind === 'written') {
    return { id: section.id, kind: 'written', title: section.title ?? '', assigneeName: section.assigneeName, ...writtenContent(section.id, tx) };
  }
  // Data sections aggregate the whole workspace (80 ms for a region with 800 actions): computed
  // once per workspace, role and day until anything is written (db/state.ts).
  const key = (kind: string) => `document:${kind}:${ctx.workspaceId}:${ctx.role}:${ctx.actorId ?? ''}:${new Date().toISOString().slice(0, 10)}`;
  if (section.kind === 'territory') {
    cache.territory ??= whileUnchanged(tx, key('territory'), () => territoryData(tx, ctx));
    return { id: section.id, kind: 'territory', title: section.title, data: cache.territory };
  }
  if (section.kind === 'competencies')
    return { id: section.id, kind: 'competencies', title: section.title, data: whileUnchanged(tx, key('competencies'), () => competenciesData(tx, ctx)) };
  if (section.kind === 'budget')
    return { id: section.id, kind: 'budget', title: section.title, data: whileUnchanged(tx, key('budget'), () => budgetData(tx, ctx)) };
  cache.strategy ??= whileUnchanged(tx, key('strategy'), () => getStrategyOverview(tx, ctx));
  if (section.kind === 'thread') return { id: section.id, kind: 'thread', title: section.title, data: { thread: cache.strategy.thread } };
  return { id: section.id, kind: 'axes', title: section.title, data: { axes: cache.strategy.axes } };
}

/** The whole document as it is right now. */
export function currentSnapshot(tx: Tx, ctx: MemberContext, now = new Date()): DocumentSnapshot {
  const ws = tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).get();
  if (!ws) throw new NotFound('workspaceNotFound');
  const cache = {};
  return {
    schemaVersion: 1,
    workspaceName: ws.name,
    takenAt: now.toISOString(),
    sections: listSections(tx, ctx).map((s) => snapshotSection(tx, ctx, s, cache)),
  };
}

/**
 * The document page's sections with their views in `locale`: reading every written section's text
 * and drawing every data block took ~5 ms per request in a large workspace, so it is kept until the
 * database or a live document changes (written text reaches the database only when saved).
 */
export function currentViews(tx: Tx, ctx: MemberContext, locale: Locale): { workspaceName: string; sections: SectionSnapshot[]; views: SectionView[] } {
  return whileUnchanged(tx, `document:views:${ctx.workspaceId}:${locale}:${collabRevision()}`, () => {
    const snapshot = currentSnapshot(tx, ctx);
    return { workspaceName: snapshot.workspaceName, sections: snapshot.sections, views: snapshot.sections.map((s) => sectionView(s, locale)) };
  });
}

/** Freezes the whole document under a name and a note. */
export function saveVersion(tx: Tx, ctx: MemberContext, input: SaveVersionInput, now = new Date()): MutationOutcome<{ id: string }> {
  const snapshot = currentSnapshot(tx, ctx, now);
  if (snapshot.sections.length === 0) throw new Invalid('emptyDocument');
  const id = crypto.randomUUID();
  tx.insert(documentVersions)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      name: input.name,
      note: input.note,
      authorId: ctx.userId,
      authorName: userName(tx, ctx.userId),
      snapshot,
      createdAt: now,
    })
    .run();
  return {
    data: { id },
    audit: { action: 'document.version.save', entityType: 'document_version', entityId: id, changes: { name: input.name, sections: snapshot.sections.length } },
  };
}

export type VersionSummary = { id: string; name: string; note: string; authorName: string; createdAt: Date };

/** Saved versions, newest first (without their snapshots). */
export function listVersions(tx: Tx, ctx: MemberContext): VersionSummary[] {
  return tx
    .select({
      id: documentVersions.id,
      name: documentVersions.name,
      note: documentVersions.note,
      authorName: documentVersions.authorName,
      createdAt: documentVersions.createdAt,
    })
    .from(documentVersions)
    .where(eq(documentVersions.workspaceId, ctx.workspaceId))
    .orderBy(desc(documentVersions.createdAt))
    .all();
}

/** One saved version with its snapshot, or NotFound. */
export function getVersion(tx: Tx, ctx: MemberContext, versionId: string) {
  const row = getInWorkspace(tx, documentVersions, ctx, versionId, 'versionNotFound');
  return row;
}
