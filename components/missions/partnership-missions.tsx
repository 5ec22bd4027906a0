import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { listPartnershipMissions } from '@/lib/missions/queries';
import { formatPeriod } from '@/components/external-actions/period';

/** The partnership's missions and delegations on its page, latest first, each with its debrief's state. */
export async function PartnershipMissions({ slug, missions }: { slug: string; missions: ReturnType<typeof listPartnershipMissions> }) {
  const t = await getTranslations('missions');
  const ta = await getTranslations('externalActions');
  const format = await getFormatter();
  return (
    <section aria-labelledby="partnership-missions-title" className="card">
      <h2 id="partnership-missions-title">{t('title')}</h2>
      {missions.length === 0 ? (
        <p>{t('table.none')}</p>
      ) : (
        <ol className="timeline stack">
          {missions.map((m) => (
            <li key={m.id}>
              <Link href={`/${slug}/missions/${m.id}`}>{m.title}</Link>{' '}
              <span className="muted">
                {t(`directions.${m.direction}`)} · {formatPeriod(format, ta, m.startDate, m.endDate)} ·{' '}
                {m.submitted ? t('debriefStates.done') : m.late ? t('debriefStates.late') : t('debriefStates.pending')}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
