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
  const action = (a: (typeof spots.actionsWithoutCompetency)[number]): Spot => ({
    key: a.id,
    name: <Link href={`${base}/${a.id}`}>{a.title}</Link>,
    details: (
      <>
        {t(`types.${a.type}`)} · {t(`statuses.${a.status}`)}
        {a.leadDepartments ? ` · ${a.leadDepartments}` : ''}
        {a.budgetCents ? ` · ${formatMoney(format, a.budgetCents)}` : ''}
      </>
    ),
  });
  const competency = (c: (typeof spots.competenciesWithoutAction)[number]): Spot => ({
    key: c.ref,
    name: c.title,
    details: (
      <>
        {tc(`domains.${c.domain}`)} · {tc(`natures.${c.nature}`)}
      </>
    ),
  });
  /** One kind of blind spot: its heading and empty sentence are the `blindSpots` messages `<kind>` and `<kind>Empty`. */
  const section = (
    id: string,
    kind: 'departmentsNever' | 'departmentsAdHoc' | 'actionsWithout' | 'competenciesWithout',
    items: Spot[],
    total: number,
    hint?: string,
  ) => (
    <BlindSpotSection
      id={id}
      title={t(`blindSpots.${kind}`)}
      count={<span className="section-count">({t('blindSpots.departmentsNeverCount', { count: items.length, total })})</span>}
      hint={hint}
      empty={t(`blindSpots.${kind}Empty`)}
      items={items}
    />
  );
  return (
    <>
      <ActionsHeader ctx={ctx} current="blindSpots" title={t('blindSpots.title')} intro={t('blindSpots.intro')} />
      {section('never-h', 'departmentsNever', spots.departmentsNeverMobilised.map(department), spots.totals.departments)}
      {section('adhoc-h', 'departmentsAdHoc', spots.departmentsOnlyAdHoc.map(department), spots.totals.departments, t('blindSpots.departmentsAdHocHint'))}
      {section('no-competency-h', 'actionsWithout', spots.actionsWithoutCompetency.map(action), spots.totals.actions)}
      {section('no-action-h', 'competenciesWithout', spots.competenciesWithoutAction.map(competency), spots.totals.competencies)}
    </>
  );
}
