import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { can } from '@/lib/auth/policy';
import { getDepartment, getDepartmentView, listDepartmentActions, listDepartmentBudgetLines } from '@/lib/departments/queries';
import { languageName } from '@/lib/geo';
import { workspaceLevel } from '@/lib/competencies/queries';
import { fundingSourcesFor } from '@/lib/competencies/solidarity-schemes';
import { formatMoney } from '@/components/external-actions/money';
import { DataTable } from '@/components/ui/data-table';
import { BudgetLineForm, DeleteBudgetLineButton } from '@/components/departments/budget-line-form';
import { DeleteDepartmentButton } from '@/components/departments/delete-department-button';
import { PageHead } from '@/components/ui/page-head';
import { loadWorkspacePage, recordTitle } from '@/lib/shell/page';
import { BackLink } from '@/components/ui/back-link';

type Params = { workspace: string; departmentId: string };
type Props = { params: Promise<Params> };

export const generateMetadata = recordTitle('departments.read', (ctx, { departmentId }: Params) => getDepartment(db, ctx, departmentId).name);

/** One department: its record, the actions it takes part in and how, and its own international budget lines. */
export default async function DepartmentPage({ params }: Props) {
  const { departmentId } = await params;
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'departments.read', 'departments');
  const view = orNotFound(() => getDepartmentView(db, ctx, departmentId));
  const { department } = view;
  const actions = listDepartmentActions(db, ctx, department.id);
  const lines = listDepartmentBudgetLines(db, ctx, department.id);
  const ta = await getTranslations('externalActions');
  const base = `/${slug}/actions`;
  const total = lines.reduce((s, l) => s + l.amountCents, 0);
  return (
    <>
      <BackLink href={`${base}/departments`}>← {t('back')}</BackLink>
      <PageHead
        title={department.name}
        extra={department.pointPersonUserId === ctx.userId ? <p className="pill">{t('yours')}</p> : null}
        actions={
          <>
            {view.canEdit ? (
              <Link href={`${base}/departments/${department.id}/edit`} className="button">
                {t('edit')}
              </Link>
            ) : null}
            {can(ctx.role, 'departments.manage') ? (
              <DeleteDepartmentButton workspaceId={ctx.workspaceId} slug={slug} id={department.id} name={department.name} />
            ) : null}
          </>
        }
      />
      <section className="card" aria-labelledby="record-h">
        <h2 id="record-h">{t('fields.description')}</h2>
        {department.description ? <p className="prewrap">{department.description}</p> : null}
        <dl className="facts">
          <div>
            <dt>{t('fields.pointPerson')}</dt>
            <dd>{view.pointPersonName ?? t('fields.noPointPerson')}</dd>
          </div>
          <div>
            <dt>{t('fields.pointPersonActor')}</dt>
            <dd>{view.pointPersonActorName ?? t('fields.noPointPerson')}</dd>
          </div>
          <div>
            <dt>{t('fields.languages')}</dt>
            <dd>{department.languages.map((l) => languageName(l, locale)).join(', ') || ta('none')}</dd>
          </div>
        </dl>
      </section>
      <section className="card" aria-labelledby="actions-h">
        <h2 id="actions-h">{t('actions')}</h2>
        {actions.length ? (
          <ul className="plain-list">
            {actions.map((a) => (
              <li key={a.id} className="row">
                <span>
                  <Link href={`${base}/${a.id}`}>{a.title}</Link>
                  <span className="muted">
                    {' · '}
                    {ta(`types.${a.type}`)} · {ta(`statuses.${a.status}`)}
                  </span>
                </span>
                <span className="pill" data-mode={a.mode}>
                  {ta(`modes.${a.mode}`)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="warning-text">{t('noActions')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="lines-h">
        <h2 id="lines-h">{t('budgetLines')}</h2>
        <p className="hint">{t('budgetLinesHint')}</p>
        {lines.length ? (
          <DataTable
            id="lines"
            caption={t('budgetCaption')}
            hideCaption
            columns={[
              ta('fields.year'),
              ta('fields.label'),
              ta('fields.fundingSource'),
              { label: ta('fields.amount'), num: true },
              view.canEdit ? { label: <span className="visually-hidden">{t('deleteLine')}</span> } : null,
            ]}
            foot={
              <>
                <tr>
                  <th scope="row" colSpan={3}>
                    {t('total')}
                  </th>
                  <td className="num">
                    <strong>{formatMoney(format, total, total % 100 !== 0)}</strong>
                  </td>
                  {view.canEdit ? <td /> : null}
                </tr>
              </>
            }
          >
            {lines.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.year}</th>
                <td>{l.label}</td>
                <td>{ta(`fundingSources.${l.fundingSource}`)}</td>
                <td className="num">{formatMoney(format, l.amountCents, l.amountCents % 100 !== 0)}</td>
                {view.canEdit ? (
                  <td>
                    <DeleteBudgetLineButton workspaceId={ctx.workspaceId} id={l.id} label={l.label} year={l.year} />
                  </td>
                ) : null}
              </tr>
            ))}
          </DataTable>
        ) : (
          <p className="muted">{t('noBudgetLines')}</p>
        )}
        {view.canEdit ? (
          <BudgetLineForm workspaceId={ctx.workspaceId} departmentId={department.id} fundingSources={fundingSourcesFor(workspaceLevel(db, ctx))} />
        ) : null}
      </section>
    </>
  );
}
