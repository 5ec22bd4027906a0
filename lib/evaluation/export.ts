import 'server-only';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import type { Locale } from '@/lib/i18n/config';
import { htmlToPdf } from '@/lib/strategy-document/chromium';
import { translatorFor } from '@/lib/strategy-document/render';
import { getWorkspace } from '@/lib/workspaces/queries';
import { NotFound } from '@/lib/errors';
import { renderEvaluationDocx, type EvaluationExportMeta } from './docx';
import { renderEvaluationHtml } from './print';
import { assembleEvaluation, getAdoption, getEvaluation, getVersion } from './queries';
import { listEvaluationReviews } from './review-queries';
import type { EvaluationSnapshot } from './types';

export const EVALUATION_CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

const longDay = (day: string, locale: Locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));

/**
 * What an export of the evaluation of `year` shows: the live evaluation, or a frozen version of
 * it (`versionId`, which must be of that evaluation), with the line saying which, and its adoption
 * when that version is the adopted one.
 */
export function loadEvaluationExport(tx: Tx, ctx: MemberContext, year: number, versionId: string | undefined, locale: Locale) {
  const evaluation = getEvaluation(tx, ctx, year);
  const t = translatorFor(locale);
  const adoption = getAdoption(tx, ctx, evaluation.id);
  let snapshot: EvaluationSnapshot;
  let stateLine: string;
  let adoptionLine: string | null = null;
  if (versionId) {
    const version = getVersion(tx, ctx, versionId);
    if (version.evaluationId !== evaluation.id) throw new NotFound('evaluationVersionNotFound');
    snapshot = version.snapshot;
    stateLine = t('evaluation.frozenView', { number: version.number, date: longDay(snapshot.assembledOn, locale), author: version.authorName });
    // The version's review, when it was submitted: its status and each reviewer's decision.
    const cycle = listEvaluationReviews(tx, ctx, evaluation.id).find((c) => c.versionId === version.id);
    if (cycle) {
      const decisions = cycle.reviewers.map((r) => t('evaluation.review.exportDecision', { name: r.name, decision: r.decision })).join('; ');
      stateLine += ` ${t('evaluation.review.exportLine', { status: t(`evaluation.review.status.${cycle.status}`), decisions })}`;
    }
    if (adoption?.versionId === version.id)
      adoptionLine = t('evaluation.adoptedBanner', {
        number: version.number,
        date: longDay(adoption.adoptedOn, locale),
        body: adoption.body,
        reference: adoption.reference,
      });
  } else {
    snapshot = assembleEvaluation(tx, ctx, evaluation);
    stateLine = t('evaluation.live', { date: longDay(snapshot.assembledOn, locale) });
  }
  const meta: EvaluationExportMeta = { locale, workspaceName: getWorkspace(tx, ctx).name, stateLine, adoptionLine };
  return { snapshot, meta };
}

/** The export file: DOCX, or PDF printed by Chromium from the print view. */
export async function renderEvaluationExport(format: 'docx' | 'pdf', snapshot: EvaluationSnapshot, meta: EvaluationExportMeta): Promise<Buffer> {
  if (format === 'docx') return renderEvaluationDocx(snapshot, meta);
  return htmlToPdf(renderEvaluationHtml(snapshot, meta), { page: translatorFor(meta.locale)('document.print.page') });
}

/** `evaluation-<slug>-<year>-<lang>.<format>`. */
export function evaluationFileName(slug: string, year: number, format: 'docx' | 'pdf', locale: Locale) {
  return `evaluation-${slug}-${year}-${locale}.${format}`;
}
