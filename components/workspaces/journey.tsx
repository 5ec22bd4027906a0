import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { JourneyStep, JourneyStepKey, MyTasks } from '@/lib/journey/journey';
import { formatDay } from '@/lib/format/dates';

// The home page's journey, drawn on the server from lib/workspaces/journey.ts: every sentence is
// an ICU message of `overview`, every figure comes from the database.

type Format = Awaited<ReturnType<typeof getFormatter>>;

function day(format: Format, iso: string) {
  return formatDay(format, iso, 'long');
}

/** What awaits the reader in person; for a reviewer or a contributor, also says when nothing does. */
export async function MyTasksCard({ slug, mine, showEmpty }: { slug: string; mine: MyTasks; showEmpty: boolean }) {
  const t = await getTranslations('overview.mine');
  const format = await getFormatter();
  const count = mine.decisions.length + mine.dimensions.length + mine.sections.length + mine.indicators.length + mine.debriefs.length;
  if (count === 0 && !showEmpty) return null;
  return (
    <section aria-labelledby="mine-heading" className="card journey-mine">
      <h2 id="mine-heading">{t('title')}</h2>
      {count === 0 ? <p>{t('nothing')}</p> : null}
      <ul className="journey-tasks">
        {mine.decisions.map((d) => (
          <li key={d.reviewId}>
            <span>
              <strong>{t('decision', { version: d.versionName, date: day(format, d.dueDate) })}</strong>{' '}
              <span className="muted">{t('decisionProgress', { decided: d.decided, reviewers: d.reviewers })}</span>
            </span>
            <Link href={`/${slug}/document/review/${d.reviewId}`} className="button primary">
              {t('decide')}
            </Link>
          </li>
        ))}
        {mine.dimensions.map((d) => (
          <li key={`${d.diagnosticId}-${d.dimension}`}>
            <span>{t('dimension', { diagnostic: d.diagnosticTitle, dimension: d.title, answered: d.answered, total: d.total })}</span>
            <Link href={`/${slug}/diagnostic/${d.diagnosticId}/${d.dimension}`}>{t('answer', { dimension: d.title })}</Link>
          </li>
        ))}
        {mine.sections.map((s) => (
          <li key={s.id}>
            <span>{t('section', { title: s.title })}</span>
            <Link href={`/${slug}/document#section-${s.id}`}>{t('write', { title: s.title })}</Link>
          </li>
        ))}
        {mine.indicators.map((i) => (
          <li key={i.id}>
            <span>{t('indicator', { name: i.name, date: day(format, i.dueOn) })}</span>
            <Link href={`/${slug}/strategy/indicators/${i.id}`}>{t('update', { name: i.name })}</Link>
          </li>
        ))}
        {mine.debriefs.map((d) => (
          <li key={d.id} data-debrief="late">
            <span>{t('debrief', { title: d.title, date: day(format, d.due), name: d.assigneeName ?? '—' })}</span>
            <Link href={`/${slug}/missions/${d.id}`}>{t('openMission', { title: d.title })}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The method's seven steps (those the reader may open), each with its measured state and next step. */
export async function JourneySteps({ slug, steps, nextStep }: { slug: string; steps: JourneyStep[]; nextStep: JourneyStepKey | null }) {
  const t = await getTranslations('overview');
  const format = await getFormatter();
  const values = (v: Record<string, string | number>) => (typeof v.due === 'string' && v.due ? { ...v, due: day(format, v.due) } : v);
  return (
    <section aria-labelledby="journey-heading" className="card">
      <h2 id="journey-heading">{t('journeyTitle')}</h2>
      <p className="hint">{t('journeyBody')}</p>
      <ol className="marked-list journey-steps">
        {steps.map((s, i) => (
          <li key={s.key} className="marked-item journey-step" data-step={s.key} data-status={s.status} data-next={s.key === nextStep}>
            <h3>
              <span>{t('stepTitle', { n: i + 1, title: t(`steps.${s.key}.title`) })}</span>
              <span className="journey-status">{t(`statuses.${s.status}`)}</span>
            </h3>
            <p>{t(`steps.${s.key}.${s.state.variant}`, values(s.state.values))}</p>
            {s.next ? (
              <p>
                {s.key === nextStep ? <strong>{t('nextLabel')} </strong> : null}
                <Link href={`/${slug}${s.next.href}`}>{t(`next.${s.next.key}`, s.next.values ?? {})}</Link>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
