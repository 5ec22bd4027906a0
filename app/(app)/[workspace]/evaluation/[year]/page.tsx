import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound, requirePageMember } from '@/lib/auth/page-guard';
import { getSessionUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { toLocale, LOCALES } from '@/lib/i18n/config';
import { evaluationDocumentName } from '@/lib/collab/names';
import { EvaluationYear } from '@/lib/evaluation/schemas';
import { loadEvaluationExport } from '@/lib/evaluation/export';
import { getAdoption, getEvaluation, listVersions } from '@/lib/evaluation/queries';
import { evaluationReviewerCandidates, listEvaluationReviews } from '@/lib/evaluation/review-queries';
import { evaluationView } from '@/lib/evaluation/render';
import { StrategyHeader } from '@/components/strategy/strategy-header';
import { SectionEditor } from '@/components/strategy-document/section-editor';
import { caretColor } from '@/components/partnerships/colors';
import { DataChapters } from '@/components/evaluation/data-chapters';
import { AdoptForm, FreezeButton } from '@/components/evaluation/evaluation-forms';
import { ReviewCycles } from '@/components/evaluation/review-panel';
import { DecideEvaluationReviewForm, SubmitEvaluationReviewForm } from '@/components/evaluation/review-forms';

type Props = { params: Promise<{ workspace: string; year: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  return { title: (await getTranslations('evaluation'))('yearTitle', { year }) };
}

/**
 * The evaluation of one year: the written chapters (co-edited live, like the strategy document)
 * and the data chapters assembled now, or a frozen version of both (`?version=<id>`); its
 * versions, their review by named reviewers, exports in French and English, and its adoption.
 */
export default async function EvaluationPage({ params, searchParams }: Props) {
  const { workspace: slug, year: rawYear } = await params;
  const ctx = await requirePageMember(slug, 'evaluation.read');
  const parsedYear = EvaluationYear.safeParse(rawYear);
  if (!parsedYear.success) notFound();
  const year = parsedYear.data;
  const versionParam = (await searchParams).version;
  const versionId = typeof versionParam === 'string' && versionParam ? versionParam : undefined;
  const t = await getTranslations('evaluation');
  const locale = toLocale(await getLocale());
  const evaluation = orNotFound(() => getEvaluation(db, ctx, year));
  const { snapshot, meta } = orNotFound(() => loadEvaluationExport(db, ctx, year, versionId, locale));
  const view = evaluationView(snapshot, meta.workspaceName, locale);
  const versions = listVersions(db, ctx, evaluation.id);
  const adoption = getAdoption(db, ctx, evaluation.id);
  const cycles = listEvaluationReviews(db, ctx, evaluation.id);
  const cycleOf = new Map(cycles.map((c) => [c.versionId, c]));
  const myOpenCycle = cycles.find((c) => (c.status === 'in_review' || c.status === 'changes_requested') && c.reviewers.some((r) => r.userId === ctx.userId));
  const unsubmitted = versions.filter((v) => !cycleOf.has(v.id));
  const reviewers = can(ctx.role, 'evaluation.write') ? evaluationReviewerCandidates(db, ctx) : [];
  const approved = versions.filter((v) => cycleOf.get(v.id)?.status === 'approved');
  const writable = !versionId && can(ctx.role, 'evaluation.write');
  const user = await getSessionUser();
  const base = `/${slug}/evaluation/${year}`;
  const exportHref = (format: 'docx' | 'pdf', lang: string) =>
    `/api/workspaces/${slug}/evaluation/${year}/export?format=${format}&lang=${lang}${versionId ? `&version=${versionId}` : ''}`;
  const languageName = (lang: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
  const dateOf = (d: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  return (
    <>
      <StrategyHeader ctx={ctx} current="evaluation" title={t('yearTitle', { year })} intro={meta.stateLine} />
      <p>
        <Link href={`/${slug}/evaluation`}>{t('back')}</Link>
        {versionId ? (
          <>
            {' · '}
            <Link href={base}>{t('seeLive')}</Link>
          </>
        ) : null}
      </p>
      {meta.adoptionLine ? <p className="badge adopted">{meta.adoptionLine}</p> : null}

      <section aria-labelledby="exports-title" className="card">
        <h2 id="exports-title">{t('exports')}</h2>
        <ul className="inline-list">
          {LOCALES.flatMap((lang) =>
            (['docx', 'pdf'] as const).map((format) => (
              <li key={`${format}-${lang}`}>
                <a href={exportHref(format, lang)} download>
                  {t(format === 'docx' ? 'exportDocx' : 'exportPdf', { language: languageName(lang) })}
                </a>
              </li>
            )),
          )}
        </ul>
      </section>

      <section aria-labelledby="written-title">
        <h2 id="written-title">{t('writtenPart')}</h2>
        <p className="hint">{writable ? t('writeHint') : t('readOnly')}</p>
        {view.written.map((w) => (
          <section key={w.chapter} aria-labelledby={`written-${w.chapter}`} className="card" data-written={w.chapter}>
            <h3 id={`written-${w.chapter}`}>{w.title}</h3>
            {versionId ? (
              <div className="rich-text" dangerouslySetInnerHTML={{ __html: w.html }} />
            ) : (
              <SectionEditor
                sectionId={evaluation.id}
                documentName={evaluationDocumentName(evaluation.id, w.chapter)}
                title={w.title}
                editable={writable}
                user={{ id: ctx.userId, name: user?.name ?? '', color: caretColor(ctx.userId) }}
                initialHtml={w.html}
              />
            )}
          </section>
        ))}
      </section>

      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('dataPart')}</h2>
        <DataChapters chapters={view.data} />
      </section>

      <section aria-labelledby="versions-title" className="card">
        <h2 id="versions-title">{t('versions')}</h2>
        {versions.length === 0 ? (
          <p className="muted">{t('noVersion')}</p>
        ) : (
          <ul>
            {versions.map((v) => (
              <li key={v.id}>
                <Link href={`${base}?version=${v.id}`} aria-current={v.id === versionId ? 'page' : undefined}>
                  {t('versionLine', { number: v.number, date: dateOf(v.createdAt), author: v.authorName })}
                </Link>
                {adoption?.versionId === v.id ? (
                  <span className="badge"> {t('adoptedShort')}</span>
                ) : (
                  <span className="badge" data-version-status={cycleOf.get(v.id)?.status ?? 'frozen'}>
                    {' '}
                    {t(`review.status.${cycleOf.get(v.id)?.status ?? 'frozen'}`)}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {can(ctx.role, 'evaluation.write') ? <FreezeButton workspaceId={ctx.workspaceId} evaluationId={evaluation.id} /> : null}
      </section>

      <section aria-labelledby="review-title" className="card">
        <h2 id="review-title">{t('review.title')}</h2>
        <p className="hint">{t('review.intro')}</p>
        <ReviewCycles cycles={cycles} locale={locale} />
        {myOpenCycle ? <DecideEvaluationReviewForm workspaceId={ctx.workspaceId} reviewId={myOpenCycle.id} number={myOpenCycle.versionNumber} /> : null}
        {can(ctx.role, 'evaluation.write') && !adoption && versions.length > 0 ? (
          unsubmitted.length === 0 ? (
            <p className="muted">{t('review.nothingToSubmit')}</p>
          ) : reviewers.length === 0 ? (
            <p className="muted">{t('review.noCandidates')}</p>
          ) : (
            <SubmitEvaluationReviewForm
              workspaceId={ctx.workspaceId}
              versions={unsubmitted.map((v) => ({ id: v.id, label: t('versionLine', { number: v.number, date: dateOf(v.createdAt), author: v.authorName }) }))}
              reviewers={reviewers.map((r) => ({ id: r.userId, label: r.name }))}
              today={new Date().toISOString().slice(0, 10)}
            />
          )
        ) : null}
      </section>

      {can(ctx.role, 'evaluation.adopt') && !adoption && versions.length > 0 ? (
        <section aria-labelledby="adoption-title" className="card">
          <h2 id="adoption-title">{t('adoption')}</h2>
          {approved.length === 0 ? (
            <p className="muted">{t('review.adoptWaiting')}</p>
          ) : (
            <AdoptForm
              workspaceId={ctx.workspaceId}
              versions={approved.map((v) => ({ id: v.id, label: t('versionLine', { number: v.number, date: dateOf(v.createdAt), author: v.authorName }) }))}
            />
          )}
        </section>
      ) : null}
    </>
  );
}
