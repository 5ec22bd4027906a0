import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq, max } from 'drizzle-orm';
import { getInWorkspace } from '@/lib/workspace-rows';
import { setCycleStatus } from '@/lib/review/reviewers';
import { userName } from '@/lib/user-names';
import type { Tx } from '@/db/client';
import { evaluationAdoptions, evaluationReviews, evaluations, evaluationVersions } from '@/db/schema';
import { EVALUATION_CHAPTERS, type Evaluation } from '@/db/schema/evaluation';
import type { MemberContext } from '@/lib/auth/member';
import type { MutationOutcome } from '@/lib/auth/action';
import { Conflict, Invalid, NotFound } from '@/lib/errors';
import { currentDocumentState } from '@/lib/collab/persistence';
import { evaluationDocumentName } from '@/lib/collab/names';
import { plainText, richTextToHtml } from '@/lib/strategy-document/rich-text';
import { contentFromYState } from '@/lib/strategy-document/ydoc';
import { EVALUATION_SOURCES } from './sources';
import { checkEvaluationReview, reviewOfVersion } from './review-queries';
import type { EvaluationSnapshot, WrittenChapter } from './types';
import type { AdoptEvaluationInput, FreezeEvaluationInput, OpenEvaluationInput } from './schemas';
import { pickColumns } from '@/lib/pick-columns';

/** Today, YYYY-MM-DD (UTC), injectable for tests. */
export type Today = () => string;
const systemToday: Today = () => new Date().toISOString().slice(0, 10);

/** Opens the evaluation of a year: one per workspace and year, never a year still to come. */
export function openEvaluation(
  tx: Tx,
  ctx: MemberContext,
  input: OpenEvaluationInput,
  today: Today = systemToday,
): MutationOutcome<{ id: string; year: number }> {
  if (input.year > Number(today().slice(0, 4))) throw new Invalid('evaluationFutureYear', { year: 'evaluationFutureYear' });
  const existing = tx
    .select({ id: evaluations.id })
    .from(evaluations)
    .where(and(eq(evaluations.workspaceId, ctx.workspaceId), eq(evaluations.year, input.year)))
    .get();
  if (existing) throw new Conflict('evaluationExists', { year: 'evaluationExists' });
  const id = crypto.randomUUID();
  tx.insert(evaluations).values({ id, workspaceId: ctx.workspaceId, year: input.year, createdBy: ctx.userId, createdAt: new Date() }).run();
  return { data: { id, year: input.year }, audit: { action: 'evaluation.open', entityType: 'evaluation', entityId: id, changes: { year: input.year } } };
}

/** The evaluations of the workspace, latest year first, with their last version's number and their adoption. */
export function listEvaluations(tx: Tx, ctx: MemberContext) {
  const rows = tx.select().from(evaluations).where(eq(evaluations.workspaceId, ctx.workspaceId)).orderBy(desc(evaluations.year)).all();
  return rows.map((e) => ({ ...e, versions: listVersions(tx, ctx, e.id).length, adoption: getAdoption(tx, ctx, e.id) }));
}

/** The evaluation of one year, or NotFound. */
export function getEvaluation(tx: Tx, ctx: MemberContext, year: number): Evaluation {
  const row = tx
    .select()
    .from(evaluations)
    .where(and(eq(evaluations.workspaceId, ctx.workspaceId), eq(evaluations.year, year)))
    .get();
  if (!row) throw new NotFound('evaluationNotFound');
  return row;
}

function evaluationById(tx: Tx, ctx: MemberContext, id: string): Evaluation {
  return getInWorkspace(tx, evaluations, ctx, id, 'evaluationNotFound');
}

/** The written chapters as they are now (live when open in this process). */
export function writtenChapters(tx: Tx, evaluationId: string): WrittenChapter[] {
  return EVALUATION_CHAPTERS.map((chapter) => {
    const content = contentFromYState(currentDocumentState(evaluationDocumentName(evaluationId, chapter), tx));
    return { chapter, html: richTextToHtml(content), text: plainText(content), content };
  });
}

/** The whole evaluation as it stands now: every source's data chapter for its year, and the written chapters. */
export function assembleEvaluation(tx: Tx, ctx: MemberContext, evaluation: Evaluation, today: Today = systemToday): EvaluationSnapshot {
  return {
    year: evaluation.year,
    assembledOn: today(),
    data: EVALUATION_SOURCES.map((source) => source.assemble(tx, ctx, evaluation.year)),
    written: writtenChapters(tx, evaluation.id),
  };
}

/** The frozen versions of an evaluation, newest first (without their snapshot). */
export function listVersions(tx: Tx, ctx: MemberContext, evaluationId: string) {
  return tx
    .select(pickColumns(evaluationVersions, ['id', 'number', 'authorName', 'createdAt']))
    .from(evaluationVersions)
    .where(and(eq(evaluationVersions.evaluationId, evaluationId), eq(evaluationVersions.workspaceId, ctx.workspaceId)))
    .orderBy(desc(evaluationVersions.number))
    .all();
}

/** One frozen version of this workspace with its snapshot, or NotFound. */
export function getVersion(tx: Tx, ctx: MemberContext, versionId: string) {
  const row = getInWorkspace(tx, evaluationVersions, ctx, versionId, 'evaluationVersionNotFound');
  return { ...row, snapshot: row.snapshot as EvaluationSnapshot };
}

/** The adoption of an evaluation, or null. */
export function getAdoption(tx: Tx, ctx: MemberContext, evaluationId: string) {
  return (
    tx
      .select()
      .from(evaluationAdoptions)
      .where(and(eq(evaluationAdoptions.evaluationId, evaluationId), eq(evaluationAdoptions.workspaceId, ctx.workspaceId)))
      .get() ?? null
  );
}

/**
 * Freezes the evaluation as it stands: a new numbered version holding every chapter's figures and
 * text. Later changes to the data or the chapters never alter it (a trigger refuses UPDATE).
 */
export function freezeEvaluation(
  tx: Tx,
  ctx: MemberContext,
  input: FreezeEvaluationInput,
  today: Today = systemToday,
): MutationOutcome<{ id: string; number: number }> {
  const evaluation = evaluationById(tx, ctx, input.evaluationId);
  const last = tx
    .select({ n: max(evaluationVersions.number) })
    .from(evaluationVersions)
    .where(eq(evaluationVersions.evaluationId, evaluation.id))
    .get();
  const number = (last?.n ?? 0) + 1;
  const id = crypto.randomUUID();
  tx.insert(evaluationVersions)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      evaluationId: evaluation.id,
      number,
      snapshot: assembleEvaluation(tx, ctx, evaluation, today),
      authorId: ctx.userId,
      authorName: userName(tx, ctx.userId),
      createdAt: new Date(),
    })
    .run();
  return {
    data: { id, number },
    audit: { action: 'evaluation.freeze', entityType: 'evaluation', entityId: evaluation.id, changes: { year: evaluation.year, number } },
  };
}

/** Records the adoption of a frozen version its reviewers approved, by the deciding body: one per evaluation, never rewritten. */
export function adoptEvaluation(tx: Tx, ctx: MemberContext, input: AdoptEvaluationInput): MutationOutcome<{ id: string }> {
  const version = getVersion(tx, ctx, input.versionId);
  if (getAdoption(tx, ctx, version.evaluationId)) throw new Conflict('evaluationAlreadyAdopted');
  // Only a version its reviewers approved is adopted (lib/evaluation/review-state.ts).
  const review = reviewOfVersion(tx, ctx, version.id);
  const next = checkEvaluationReview(review?.status ?? 'frozen', { type: 'adopt', role: ctx.role });
  if (review) setCycleStatus(tx, evaluationReviews, review.id, next, new Date());
  const id = crypto.randomUUID();
  tx.insert(evaluationAdoptions)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      evaluationId: version.evaluationId,
      versionId: version.id,
      adoptedOn: input.adoptedOn,
      body: input.body,
      reference: input.reference,
      recordedById: ctx.userId,
      recorderName: userName(tx, ctx.userId),
      createdAt: new Date(),
    })
    .run();
  return {
    data: { id },
    audit: {
      action: 'evaluation.adopt',
      entityType: 'evaluation',
      entityId: version.evaluationId,
      changes: { versionId: version.id, adoptedOn: input.adoptedOn, body: input.body, reference: input.reference },
    },
  };
}
