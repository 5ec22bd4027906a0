import Link from 'next/link';
import type { ReactNode } from 'react';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { getBlindSpots } from '@/lib/external-actions/queries';
import { toLocale } from '@/lib/i18n/config';
import { ActionsHeader } from '@/components/external-actions/actions-header';
import { formatMoney } from '@/components/external-actions/money';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('externalActions', 'blindSpots.title');

/** One blind spot: its name (a link when the reader may open it), then what describes it. */
type Spot = { key: string; name: ReactNode; details: ReactNode };

/** One kind of blind spot: its heading with "(n of total)", an optional hint, then its items or the sentence saying there are none. */
function BlindSpotSection({
  id,
  title,
  count,
  hint,
  empty,
  items,
}: {
  id: string;
  title: string;
  count: ReactNode;
  hint?: string;
  empty: string;
  items: Spot[];
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>
        {title} {count}
      </h2>
      {hint ? <p className="hint">{hint}</p> : null}
      {items.length ? (
        <ul className="blind-list">
          {items.map((item) => (
            <li key={item.key}>
              {item.name}
              <span className="muted">
                {' · '}
                {item.details}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </section>
  );
}

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
  const department = (d: { id: string; name: string; pointPersonName: string | null }): Spot => ({
    key: d.id,
    name: seesDepartments ? <Link href={`${base}/departments/${d.id}`}>{d.name}</Link> : d.name,
    details: d.pointPersonName ? t('blindSpots.pointPerson', { name: d.pointPersonName }) : t('blindSpots.noPointPerson'),
  });
  const count = (n: number, total: number) => <span className="section-count">({t('blindSpots.departmentsNeverCount', { count: n, total })})</span>;
  return (
    <>
      <ActionsHeader ctx={ctx} current="blindSpots" title={t('blindSpots.title')} intro={t('blindSpots.intro')} />
      <BlindSpotSection
        id="never-h"
        title={t('blindSpots.departmentsNever')}
        count={count(spots.departmentsNeverMobilised.length, spots.totals.departments)}
        empty={t('blindSpots.departmentsNeverEmpty')}
        items={spots.departmentsNeverMobilised.map(department)}
      />
      <BlindSpotSection
        id="adhoc-h"
        title={t('blindSpots.departmentsAdHoc')}
        count={count(spots.departmentsOnlyAdHoc.length, spots.totals.departments)}
        hint={t('blindSpots.departmentsAdHocHint')}
        empty={t('blindSpots.departmentsAdHocEmpty')}
        items={spots.departmentsOnlyAdHoc.map(department)}
      />
      <BlindSpotSection
        id="no-competency-h"
        title={t('blindSpots.actionsWithout')}
        count={count(spots.actionsWithoutCompetency.length, spots.totals.actions)}
        empty={t('blindSpots.actionsWithoutEmpty')}
        items={spots.actionsWithoutCompetency.map((a) => ({
          key: a.id,
          name: <Link href={`${base}/${a.id}`}>{a.title}</Link>,
          details: (
            <>
              {t(`types.${a.type}`)} · {t(`statuses.${a.status}`)}
              {a.leadDepartments ? ` · ${a.leadDepartments}` : ''}
              {a.budgetCents ? ` · ${formatMoney(format, a.budgetCents)}` : ''}
            </>
          ),
        }))}
      />
      <BlindSpotSection
        id="no-action-h"
        title={t('blindSpots.competenciesWithout')}
        count={count(spots.competenciesWithoutAction.length, spots.totals.competencies)}
        empty={t('blindSpots.competenciesWithoutEmpty')}
        items={spots.competenciesWithoutAction.map((c) => ({
          key: c.ref,
          name: c.title,
          details: (
            <>
              {tc(`domains.${c.domain}`)} · {tc(`natures.${c.nature}`)}
            </>
          ),
        }))}
      />
    </>
  );
}
