import Link from 'next/link';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listDepartments } from '@/lib/departments/queries';
import { languageName } from '@/lib/geo';
import { ActionsHeader } from '@/components/external-actions/actions-header';
import { formatMoney } from '@/components/external-actions/money';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';

export const generateMetadata = pageTitle('departments', 'title');

/** The authority's departments: point person, languages, how often they take part, their share of the budget. */
export default async function DepartmentsPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'departments.read', 'departments');
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
        <DataTable
          id="departments"
          caption={t('caption')}
          hideCaption
          columns={[
            t('fields.name'),
            t('fields.pointPerson'),
            t('fields.languages'),
            { label: t('fields.actions'), num: true },
            { label: t('fields.lead'), num: true },
            { label: t('fields.coConstruction'), num: true },
            { label: t('fields.budget'), num: true },
          ]}
        >
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
        </DataTable>
      )}
      <p className="hint">{t('fields.budgetHint')}</p>
    </>
  );
}
