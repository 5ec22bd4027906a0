import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from './block';
import type { DashboardReviewState } from '@/lib/dashboard/review';
import { formatDay } from '@/lib/format/dates';

/** The state of the strategy's review: where it stands, who decided what, open discussions. */
export async function ReviewContent({
  state,
  latestVersion,
  base,
}: {
  state: DashboardReviewState | null;
  latestVersion: { name: string; createdAt: Date } | null;
  base: string;
}) {
  const t = await getTranslations('dashboard.review');
  const te = await getTranslations('dashboard.empty');
  const format = await getFormatter();
  if (!state || state.status === 'none') {
    return (
      <>
        <p className="dash-figure">
          <strong className="dash-status">{t('statuses.none')}</strong>
        </p>
        {latestVersion ? (
          <EmptyState
            text={t('latestVersion', { name: latestVersion.name, date: format.dateTime(latestVersion.createdAt, { dateStyle: 'medium' }) })}
            next={te('reviewSubmit')}
            href={`${base}/document/versions`}
            linkLabel={te('reviewSubmitLink')}
          />
        ) : (
          <EmptyState text={t('noVersion')} next={te('review')} href={`${base}/document`} linkLabel={te('reviewLink')} />
        )}
      </>
    );
  }
  const decided = state.reviewers.filter((r) => r.decision !== 'pending').length;
  return (
    <>
      <p className="dash-figure">
        <strong className="dash-status" data-status={state.status}>
          {t(`statuses.${state.status}`)}
        </strong>
      </p>
      {state.versionName ? <p>{t('version', { name: state.versionName })}</p> : null}
      {state.dueDate && state.status !== 'adopted' ? <p>{t('due', { date: formatDay(format, state.dueDate) })}</p> : null}
      {state.reviewers.length ? (
        <>
          <p>{t('decided', { decided, total: state.reviewers.length })}</p>
          <ul className="dash-list">
            {state.reviewers.map((r, i) => (
              <li key={`${r.name}-${i}`}>
                {r.name} — <span className="muted">{t.has(`decisions.${r.decision}`) ? t(`decisions.${r.decision}` as 'decisions.pending') : r.decision}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{t('openThreads', { count: state.openThreads })}</p>
    </>
  );
}
