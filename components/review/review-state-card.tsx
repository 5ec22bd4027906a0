import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ReviewStateSummary } from '@/lib/review/queries';
import { formatDay } from '@/lib/format/dates';

/** Where the review stands, for everyone who reads the document (also shown on the document page). */
export async function ReviewStateCard({ slug, state, headingLevel = 2 }: { slug: string; state: ReviewStateSummary; headingLevel?: 2 | 3 }) {
  const t = await getTranslations('review');
  const format = await getFormatter();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const day = (d: string) => formatDay(format, d, 'long');
  return (
    <section className="card review-state" aria-labelledby="review-state-title">
      <Heading id="review-state-title">{t('stateTitle')}</Heading>
      <p>
        <span className="review-status" data-status={state.status}>
          {t(`status.${state.status}`)}
        </span>
        {state.versionName ? <> — {t('stateVersion', { name: state.versionName })}</> : null}
      </p>
      {state.status === 'none' ? <p className="muted">{t('noVersion')}</p> : null}
      {state.status === 'draft' ? <p className="muted">{t('draftHint')}</p> : null}
      {state.dueDate && state.status !== 'adopted' ? <p>{t('stateDue', { date: day(state.dueDate) })}</p> : null}
      {state.reviewers.length > 0 ? (
        <ul className="plain-list">
          {state.reviewers.map((r, i) => (
            <li key={`${r.name}-${i}`}>
              {r.name} — {t(`decision.${r.decision}`)}
            </li>
          ))}
        </ul>
      ) : null}
      {state.reviewId ? (
        <p>
          {t('openThreads', { count: state.openThreads })} · <Link href={`/${slug}/document/review/${state.reviewId}`}>{t('openCurrent')}</Link>
        </p>
      ) : null}
    </section>
  );
}
