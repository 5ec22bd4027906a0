import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { requirePageMember } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { listDepartments } from '@/lib/departments/queries';
import { languageName } from '@/lib/geo';
import { toLocale } from '@/lib/i18n/config';
import { ActionsHeader } from '@/components/external-actions/actions-header';
import { formatMoney } from '@/components/external-actions/money';
import { TableRegion } from '@/components/ui/table-region';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('departments'))('title') };
}

/** The authority's departments: point person, languages, how often they take part, their share of the budget. */
export default async function DepartmentsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, 'departments.read');
  const t = await getTranslations('departments');
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  const rows = listDepartments(db, ctx);
  const base = `/${slug}/actions/departments`;
  return (
    <>
      <ActionsHeader ctx={ctx} current="departments" title={t('title')} intro={t('intro')}>
        {can(ctx.role, 'departments.manage') ? (
          <Link href={`${base}/new`} className="button primary">
            {t('new')}
          </Link>
        ) : null}
      </ActionsHeader>
      {rows.length === 0 ? (
        <p className="card muted">{t('empty')}</p>
      ) : (
        <TableRegion labelledBy="departments-caption">
          <table>
            <caption id="departments-caption" className="visually-hidden">
              {t('caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.pointPerson')}</th>
                <th scope="col">{t('fields.languages')}</th>
                <th scope="col" className="num">
                  {t('fields.actions')}
                </th>
                <th scope="col" className="num">
                  {t('fields.lead')}
                </th>
                <th scope="col" className="num">
                  {t('fields.coConstruction')}
                </th>
                <th scope="col" className="num">
                  {t('fields.budget')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <Link href={`${base}/${d.id}`}>{d.name}</Link>
                    {d.pointPersonUserId === ctx.userId ? (
                      <>
                        {' '}
                        <span className="pill">{t('yours')}</span>
                      </>
                    ) : null}
                  </th>
                  <td>{d.pointPersonName ?? d.pointPersonActorName ?? <span className="muted">{t('noPointPerson')}</span>}</td>
                  <td>{d.languages.map((l) => languageName(l, locale)).join(', ')}</td>
                  <td className="num">{d.actionsCount ? d.actionsCount : <span className="warning-text">0</span>}</td>
                  <td className="num">{d.leadCount}</td>
                  <td className="num">{d.coConstructionCount}</td>
                  <td className="num">{formatMoney(format, d.actionBudgetCents + d.ownBudgetCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <p className="hint">{t('fields.budgetHint')}</p>
    </>
  );
}
