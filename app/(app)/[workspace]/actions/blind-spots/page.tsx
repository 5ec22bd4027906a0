import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { getBlindSpots } from '@/lib/external-actions/queries';
import { toLocale } from '@/lib/i18n/config';
import { ActionsHeader } from '@/components/external-actions/actions-header';
import { formatMoney } from '@/components/external-actions/money';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('externalActions', 'blindSpots.title');

/**
 * Where the international work is not yet tied to the authority: departments never mobilised or
 * only called on ad hoc, actions tied to no competency, competencies served by no action.
 */
export default async function BlindSpotsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t } = await loadWorkspacePage(params, 'externalActions.read', 'externalActions');
  const tc = await getTranslations('competencies');
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const spots = getBlindSpots(db, ctx, locale);
  const base = `/${slug}/actions`;
  const seesDepartments = can(ctx.role, 'departments.read');
  const department = (d: { id: string; name: string; pointPersonName: string | null }) => (
    <li key={d.id}>
      {seesDepartments ? <Link href={`${base}/departments/${d.id}`}>{d.name}</Link> : d.name}
      <span className="muted">
        {' · '}
        {d.pointPersonName ? t('blindSpots.pointPerson', { name: d.pointPersonName }) : t('blindSpots.noPointPerson')}
      </span>
    </li>
  );
  const count = (n: number, total: number) => <span className="section-count">({t('blindSpots.departmentsNeverCount', { count: n, total })})</span>;
  return (
    <>
      <ActionsHeader ctx={ctx} current="blindSpots" title={t('blindSpots.title')} intro={t('blindSpots.intro')} />
      <section className="card" aria-labelledby="never-h">
        <h2 id="never-h">
          {t('blindSpots.departmentsNever')} {count(spots.departmentsNeverMobilised.length, spots.totals.departments)}
        </h2>
        {spots.departmentsNeverMobilised.length ? (
          <ul className="blind-list">{spots.departmentsNeverMobilised.map(department)}</ul>
        ) : (
          <p className="muted">{t('blindSpots.departmentsNeverEmpty')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="adhoc-h">
        <h2 id="adhoc-h">
          {t('blindSpots.departmentsAdHoc')} {count(spots.departmentsOnlyAdHoc.length, spots.totals.departments)}
        </h2>
        <p className="hint">{t('blindSpots.departmentsAdHocHint')}</p>
        {spots.departmentsOnlyAdHoc.length ? (
          <ul className="blind-list">{spots.departmentsOnlyAdHoc.map(department)}</ul>
        ) : (
          <p className="muted">{t('blindSpots.departmentsAdHocEmpty')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="no-competency-h">
        <h2 id="no-competency-h">
          {t('blindSpots.actionsWithout')} {count(spots.actionsWithoutCompetency.length, spots.totals.actions)}
        </h2>
        {spots.actionsWithoutCompetency.length ? (
          <ul className="blind-list">
            {spots.actionsWithoutCompetency.map((a) => (
              <li key={a.id}>
                <Link href={`${base}/${a.id}`}>{a.title}</Link>
                <span className="muted">
                  {' · '}
                  {t(`types.${a.type}`)} · {t(`statuses.${a.status}`)}
                  {a.leadDepartments ? ` · ${a.leadDepartments}` : ''}
                  {a.budgetCents ? ` · ${formatMoney(format, a.budgetCents)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('blindSpots.actionsWithoutEmpty')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="no-action-h">
        <h2 id="no-action-h">
          {t('blindSpots.competenciesWithout')} {count(spots.competenciesWithoutAction.length, spots.totals.competencies)}
        </h2>
        {spots.competenciesWithoutAction.length ? (
          <ul className="blind-list">
            {spots.competenciesWithoutAction.map((c) => (
              <li key={c.ref}>
                {c.title}
                <span className="muted">
                  {' · '}
                  {tc(`domains.${c.domain}`)} · {tc(`natures.${c.nature}`)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('blindSpots.competenciesWithoutEmpty')}</p>
        )}
      </section>
    </>
  );
}
