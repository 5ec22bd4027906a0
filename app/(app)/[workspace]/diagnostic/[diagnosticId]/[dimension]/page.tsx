import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { mayAnswer } from '@/lib/diagnostic/queries';
import { findDimension, type Question } from '@/lib/diagnostic/questionnaire';
import type { AnswerValue } from '@/lib/diagnostic/scoring';
import { COMMON_LANGUAGES, languageName } from '@/lib/geo';
import { toLocale, type Locale } from '@/lib/i18n/config';
import { loadDiagnosticPage } from '@/lib/diagnostic/page-loader';
import { DiagnosticHeader } from '@/components/diagnostic/diagnostic-header';
import { AnswerForm, type ClientAnswer, type ClientQuestion } from '@/components/diagnostic/answer-form';
import { formatMoment } from '@/lib/format/dates';
import { loadDiagnosticTab } from '../load-tab';

type Props = { params: Promise<{ workspace: string; diagnosticId: string; dimension: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { workspace, diagnosticId, dimension } = await params;
  const { view } = await loadDiagnosticPage(workspace, diagnosticId);
  const locale = toLocale(await getLocale());
  return { title: `${findDimension(view.questionnaire, dimension)?.title[locale] ?? ''} · ${view.diagnostic.title}` };
}

function clientQuestion(question: Question, locale: Locale, languageCodes: string[]): ClientQuestion {
  const words = { prompt: question.prompt[locale], hint: question.hint?.[locale] };
  switch (question.kind) {
    case 'maturity':
      return {
        key: question.key,
        kind: 'maturity',
        ...words,
        levels: question.levels.map((l) => l[locale]),
      };
    case 'number':
      return { ...question, ...words };
    case 'choice':
      return {
        key: question.key,
        kind: 'choice',
        ...words,
        options: question.options.map((o) => ({ value: o.value, label: o.label[locale] })),
      };
    case 'languages':
      return {
        key: question.key,
        kind: 'languages',
        ...words,
        options: languageCodes.map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, locale)),
      };
  }
}

/** One dimension of a diagnostic: the form for those who answer it, the answers for the others. */
export default async function DimensionPage({ params }: Props) {
  const { slug, ctx, view, diagnostic, t, format, locale } = await loadDiagnosticTab(params);
  const dimension = findDimension(view.questionnaire, (await params).dimension);
  if (!dimension) notFound();
  // A contributor only opens the dimensions assigned to them while the diagnostic is in progress.
  if (!view.visibleDimensions.includes(dimension.key)) forbidden();
  const base = `/${slug}/diagnostic/${diagnostic.id}`;
  const editable = mayAnswer(ctx, diagnostic, dimension.key, view.assignments);
  const rows = new Map(view.answerRows.map((r) => [r.questionKey, r]));
  const initial: Record<string, ClientAnswer> = {};
  for (const q of dimension.questions) {
    const row = rows.get(q.key);
    if (row) initial[q.key] = { value: row.value ?? null, evidence: row.evidence, updatedAt: row.updatedAt.getTime(), answeredBy: row.answeredBy };
  }
  const stored = dimension.questions.flatMap((q) =>
    q.kind === 'languages' && Array.isArray(initial[q.key]?.value) ? (initial[q.key]!.value as string[]) : [],
  );
  const languageCodes = [...new Set([...COMMON_LANGUAGES, ...stored])];
  const visible = view.questionnaire.dimensions.filter((d) => view.visibleDimensions.includes(d.key));
  const position = visible.findIndex((d) => d.key === dimension.key);
  const next = visible[position + 1];
  const progress = view.progress.find((p) => p.dimension === dimension.key)!;

  const describe = (question: Question, value: AnswerValue): string => {
    if (value === null) return t('notKnown');
    switch (question.kind) {
      case 'maturity':
        return `${t('levelLabel', { level: Number(value) })} — ${question.levels[Number(value)]?.[locale] ?? ''}`;
      case 'number':
        return `${format.number(Number(value))} ${t(`units.${question.unit}`)}`;
      case 'choice':
        return question.options.find((o) => o.value === value)?.label[locale] ?? String(value);
      case 'languages':
        return (value as string[]).map((c) => languageName(c, locale)).join(', ');
    }
  };

  return (
    <>
      <DiagnosticHeader slug={slug} diagnostic={diagnostic} />
      <nav aria-label={t('dimensionsLabel')} className="no-print">
        <ul className="diag-tabs">
          {visible.map((d) => (
            <li key={d.key}>
              <Link href={`${base}/${d.key}`} aria-current={d.key === dimension.key ? 'page' : undefined}>
                {d.short[locale]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2>{dimension.title[locale]}</h2>
      <p className="lead">{dimension.summary[locale]}</p>
      <p className="muted">{t('answeredOf', { answered: progress.answered, total: progress.total })}</p>
      {editable ? (
        <AnswerForm
          workspaceId={ctx.workspaceId}
          diagnosticId={diagnostic.id}
          dimension={dimension.key}
          questions={dimension.questions.map((q) => clientQuestion(q, locale, languageCodes))}
          initial={initial}
          firstNumber={1}
          nextHref={next ? `${base}/${next.key}` : `${base}`}
        />
      ) : (
        <>
          <p className="notice">{t(diagnostic.status === 'completed' ? 'readOnlyCompleted' : 'readOnlyNotAssigned')}</p>
          <ol className="stack">
            {dimension.questions.map((q) => {
              const answer = initial[q.key];
              return (
                <li key={q.key} className="question">
                  <p>
                    <strong>{q.prompt[locale]}</strong>
                  </p>
                  {answer ? (
                    <>
                      <p className="chosen-level">{describe(q, answer.value)}</p>
                      {answer.evidence ? (
                        <p>
                          <span className="muted">{t('evidenceLabel')} </span>
                          {answer.evidence}
                        </p>
                      ) : null}
                      {answer.answeredBy ? (
                        <p className="answered-by">
                          {t('answeredBy', {
                            name: answer.answeredBy,
                            date: formatMoment(format, answer.updatedAt),
                          })}
                        </p>
                      ) : null}
                    </>
                  ) : (
                    <p className="muted">{t('unanswered')}</p>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </>
  );
}
