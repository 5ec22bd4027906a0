import 'server-only';
import crypto from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { getColumnsInWorkspace } from '@/lib/workspace-rows';
import type { Tx } from '@/db/client';
import { documentSections, partnershipSections, sectionTranslations } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Conflict, Invalid, NotFound } from '@/lib/errors';
import { currentDocumentState } from '@/lib/collab/persistence';
import { sectionDocumentName, translationDocumentName } from '@/lib/collab/names';
import { plainText, richTextToHtml } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';
import { sectionAccess, type SectionAccess } from '@/lib/strategy-document/access';
import { sectionSharedWith } from './access';
import { getPartnership } from './queries';
import { normalizeText, translationStatus, type TranslationStatus } from './translation-state';
import type { ShareSectionInput, TranslationInput } from './schemas';

// The written sections of the strategy document shared with a partnership, and their translations
// (live co-edited Y documents, compared with the original to say when one is out of date).

export type SharedSection = {
  id: string;
  title: string | null;
  access: SectionAccess;
  translations: { language: string; outOfDate: boolean }[];
};

/** The written sections shared with a partnership, in the outline's order. */
export function listSharedSections(tx: Tx, ctx: MemberContext, partnershipId: string): SharedSection[] {
  const partnership = getPartnership(tx, ctx, partnershipId);
  const rows = tx
    .select({ id: documentSections.id, title: documentSections.title, kind: documentSections.kind, assigneeId: documentSections.assigneeId })
    .from(partnershipSections)
    .innerJoin(documentSections, eq(documentSections.id, partnershipSections.sectionId))
    .where(and(eq(partnershipSections.partnershipId, partnership.id), eq(partnershipSections.workspaceId, ctx.workspaceId)))
    .orderBy(asc(documentSections.position))
    .all();
  const ids = rows.map((r) => r.id);
  const translations = ids.length
    ? tx.select().from(sectionTranslations).where(inArray(sectionTranslations.sectionId, ids)).orderBy(asc(sectionTranslations.language)).all()
    : [];
  return rows.map((row) => {
    const original = ids.length ? originalText(tx, row.id) : '';
    return {
      id: row.id,
      title: row.title,
      access: sectionAccess(ctx, { ...row, sharedWith: sectionSharedWith(tx, row.id) }),
      translations: translations
        .filter((t) => t.sectionId === row.id)
        .map((t) => ({ language: t.language, outOfDate: translationStatus(t.sourceText, original).outOfDate })),
    };
  });
}

/** Every written section of the outline with whether it is shared with this partnership (managers' share toggles). */
export function listShareableSections(tx: Tx, ctx: MemberContext, partnershipId: string) {
  const partnership = getPartnership(tx, ctx, partnershipId);
  return tx
    .select({
      id: documentSections.id,
      title: documentSections.title,
      shared: sql<number>`exists (select 1 from ${partnershipSections} where ${partnershipSections.sectionId} = ${documentSections.id} and ${partnershipSections.partnershipId} = ${partnership.id})`,
    })
    .from(documentSections)
    .where(and(eq(documentSections.workspaceId, ctx.workspaceId), eq(documentSections.kind, 'written')))
    .orderBy(asc(documentSections.position))
    .all()
    .map((r) => ({ ...r, shared: !!r.shared }));
}

/** The original text of a written section as it is now (live when open). */
function originalText(tx: Tx, sectionId: string) {
  return plainText(contentFromYState(currentDocumentState(sectionDocumentName(sectionId), tx)));
}

export type TranslationView = {
  language: string;
  html: string;
  updatedAt: Date;
  status: TranslationStatus;
};

/**
 * One shared section as the partnership's space shows it: the original, its translations with
 * whether each is out of date and the original's changed passages. NotFound when the section is not
 * shared with this partnership (or the caller may not reach it).
 */
export function getSharedSection(tx: Tx, ctx: MemberContext, partnershipId: string, sectionId: string) {
  const partnership = getPartnership(tx, ctx, partnershipId);
  const section = tx
    .select({ id: documentSections.id, title: documentSections.title, kind: documentSections.kind, assigneeId: documentSections.assigneeId })
    .from(partnershipSections)
    .innerJoin(documentSections, eq(documentSections.id, partnershipSections.sectionId))
    .where(
      and(
        eq(partnershipSections.partnershipId, partnership.id),
        eq(partnershipSections.sectionId, sectionId),
        eq(documentSections.workspaceId, ctx.workspaceId),
      ),
    )
    .get();
  if (!section) throw new NotFound('sectionNotFound');
  const access = sectionAccess(ctx, { ...section, sharedWith: sectionSharedWith(tx, section.id) });
  if (access === 'none') throw new NotFound('sectionNotFound');
  const originalContent = contentFromYState(currentDocumentState(sectionDocumentName(section.id), tx));
  const original = plainText(originalContent);
  const translations: TranslationView[] = tx
    .select()
    .from(sectionTranslations)
    .where(eq(sectionTranslations.sectionId, section.id))
    .orderBy(asc(sectionTranslations.language))
    .all()
    .map((t) => ({
      language: t.language,
      html: richTextToHtml(contentFromYState(currentDocumentState(translationDocumentName(section.id, t.language), tx))),
      updatedAt: t.updatedAt,
      status: translationStatus(t.sourceText, original),
    }));
  return { partnership, section: { id: section.id, title: section.title }, access, originalHtml: richTextToHtml(originalContent), translations };
}

// ---------------------------------------------------------------------------------------------
// Sharing and translating

/** Shares a written section with a partnership, or stops sharing it. */
export function shareSection(tx: Tx, ctx: MemberContext, input: ShareSectionInput, now = new Date()): MutationOutcome<null> {
  const partnership = getPartnership(tx, ctx, input.partnershipId);
  const columns = { id: documentSections.id, kind: documentSections.kind };
  const section = getColumnsInWorkspace(tx, documentSections, columns, ctx, input.sectionId, 'sectionNotFound');
  if (section.kind !== 'written') throw new Invalid('partnershipSectionNotWritten');
  if (input.shared) {
    tx.insert(partnershipSections)
      .values({ partnershipId: partnership.id, sectionId: section.id, workspaceId: ctx.workspaceId, createdAt: now })
      .onConflictDoNothing()
      .run();
  } else {
    tx.delete(partnershipSections)
      .where(and(eq(partnershipSections.partnershipId, partnership.id), eq(partnershipSections.sectionId, section.id)))
      .run();
  }
  return {
    data: null,
    audit: {
      action: input.shared ? 'partnership.shareSection' : 'partnership.unshareSection',
      entityType: 'partnership',
      entityId: partnership.id,
      changes: { sectionId: section.id },
    },
  };
}

/** The written section behind a translation action, when the caller may write it; NotFound otherwise. */
function writableSection(tx: Tx, ctx: MemberContext, sectionId: string) {
  const columns = { id: documentSections.id, kind: documentSections.kind, assigneeId: documentSections.assigneeId };
  const section = getColumnsInWorkspace(tx, documentSections, columns, ctx, sectionId, 'sectionNotFound');
  const sharedWith = sectionSharedWith(tx, section.id);
  const access = sectionAccess(ctx, { ...section, sharedWith });
  if (access === 'none') throw new NotFound('sectionNotFound');
  // Translations belong to shared sections, written by either side.
  if (access !== 'write' || sharedWith.length === 0) throw new Invalid('translationNotAllowed');
  return section;
}

/** The shared section the caller writes, and its translation into `input.language` if there is one. */
function writableSectionTranslation(tx: Tx, ctx: MemberContext, input: TranslationInput) {
  const section = writableSection(tx, ctx, input.sectionId);
  const translation = tx
    .select({ id: sectionTranslations.id })
    .from(sectionTranslations)
    .where(and(eq(sectionTranslations.sectionId, section.id), eq(sectionTranslations.language, input.language)))
    .get();
  return { section, translation };
}

/** Opens a translation of a shared section into a language (an empty Y document, up to date with the original). */
export function addTranslation(tx: Tx, ctx: MemberContext, input: TranslationInput, now = new Date()): MutationOutcome<{ id: string }> {
  const { section, translation: exists } = writableSectionTranslation(tx, ctx, input);
  if (exists) throw new Conflict('translationExists', { language: 'translationExists' });
  const id = crypto.randomUUID();
  tx.insert(sectionTranslations)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      sectionId: section.id,
      language: input.language,
      sourceText: normalizeText(originalText(tx, section.id)),
      text: '',
      updatedBy: ctx.userId,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  return { data: { id }, audit: { action: 'translation.add', entityType: 'section', entityId: section.id, changes: { language: input.language } } };
}

/** Confirms that a translation still says what the original says now (it is no longer out of date). */
export function markTranslationUpToDate(tx: Tx, ctx: MemberContext, input: TranslationInput, now = new Date()): MutationOutcome<null> {
  const { section, translation: row } = writableSectionTranslation(tx, ctx, input);
  if (!row) throw new NotFound('translationNotFound');
  tx.update(sectionTranslations)
    .set({ sourceText: normalizeText(originalText(tx, section.id)), updatedBy: ctx.userId, updatedAt: now })
    .where(eq(sectionTranslations.id, row.id))
    .run();
  return { data: null, audit: { action: 'translation.confirm', entityType: 'section', entityId: section.id, changes: { language: input.language } } };
}
