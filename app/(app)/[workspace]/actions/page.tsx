import Link from 'next/link';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listExternalActions, listFilterOptions } from '@/lib/external-actions/queries';
import { actionQuery, parseActionFilter } from '@/lib/external-actions/search-params';
import { ACTION_SORTABLE } from '@/lib/external-actions/schemas';
import { listCompetencies } from '@/lib/competencies/queries';
import { listDepartmentOptions } from '@/lib/departments/queries';
import { countryName } from '@/lib/geo';
import { ActionsHeader } from '@/components/external-actions/actions-header';
import { ActionFilters } from '@/components/external-actions/action-filters';
import { formatMoney } from '@/components/external-actions/money';
import { formatPeriod } from '@/components/external-actions/period';
import { DataTable } from '@/components/ui/data-table';
import { EmptyList, ListToolbar, sortedList } from '@/components/ui/sorted-list';
import { Pagination } from '@/components/ui/pagination';
import { paginationWords } from '@/lib/shell/list';
import { IatiExportForm } from '@/components/iati/iati-export-form';
import { iatiReporter, listAxisOptions } from '@/lib/iati/queries';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('externalActions', 'title');

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORT_LABELS = {
  title: 'fields.title',
  type: 'fields.type',
  status: 'fields.status',
  startDate: 'fields.period',
  budget: 'table.budgetColumn',
  updatedAt: 'fields.updatedAt',
} as const satisfies Record<(typeof ACTION_SORTABLE)[number], string>;

/** The register of external actions: filtered, sorted and paginated on the server. Partners see the shared ones only. */
export default async function ExternalActionsPage({ params, searchParams }: Props) {
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'externalActions.readShared', 'externalActions');
  const filter = parseActionFilter(await searchParams);
  const limited = !can(ctx.role, 'externalActions.read');
  const { rows, total, page, size } = listExternalActions(db, ctx, filter);
  const options = limited
    ? { departments: [], competencies: [], countries: [], partners: [] }
    : { departments: listDepartmentOptions(db, ctx), competencies: listCompetencies(db, ctx, locale), ...listFilterOptions(db, ctx) };
  const pages = Math.max(1, Math.ceil(total / size));
  const base = `/${slug}/actions`;
  const filtered = actionQuery(filter) !== '';
  const columnLabel = (c: (typeof ACTION_SORTABLE)[number]) => t(SORT_LABELS[c]);
  const { sortHeader, sortHeaders, pageHref } = sortedList(base, filter, (extra) => actionQuery(filter, extra), {
    label: columnLabel,
    hint: (column) => `, ${t('table.sortBy', { column })}`,
  });
  return (
    <>
      <ActionsHeader ctx={ctx} current="register" title={t('title')} intro={limited ? t('partnerIntro') : t('intro')} />
      <ActionFilters action={base} filter={filter} options={options} limited={limited} />
      <ListToolbar count={t('table.count', { count: total })} />
      {rows.length === 0 ? (
        // An empty list says why: nothing shared or recorded yet (and how to begin), or no match for the filters.
        <EmptyList
          filtered={filtered}
          message={filtered || total > 0 ? t('table.empty') : limited ? t('table.emptyPartner') : t('emptyState.none')}
          resetHref={base}
          resetLabel={t('emptyState.reset')}
        >
          {total === 0 && can(ctx.role, 'externalActions.create') ? (
            <p>
              <Link href={`${base}/new`} className="button primary">
                {t('emptyState.add')}
              </Link>
            </p>
          ) : null}
        </EmptyList>
      ) : (
        <DataTable
          id="actions"
          caption={t('table.caption', { column: columnLabel(filter.sort), direction: t(filter.dir === 'asc' ? 'table.ascending' : 'table.descending') })}
          hideCaption
          columns={[
            ...sortHeaders('title', 'type', 'status', 'startDate'),
            !limited && t('table.leadDepartment'),
            !limited && { label: t('table.competenciesColumn'), num: true },
            sortHeader('budget', 'num'),
            { label: t('table.returnsColumn'), num: true },
          ]}
        >
          {rows.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="cell-title">
                <Link href={`${base}/${a.id}`}>{a.title}</Link>
                {a.partnerNames || a.countries.length ? (
                  <div className="cell-small">{[a.partnerNames, a.countries.map((c) => countryName(c, locale)).join(', ')].filter(Boolean).join(' · ')}</div>
                ) : null}
              </th>
              <td>{t(`types.${a.type}`)}</td>
              <td>
                <span className="pill" data-status={a.status}>
                  {t(`statuses.${a.status}`)}
                </span>
              </td>
              <td className="cell-small">{formatPeriod(format, t, a.startDate, a.endDate, true) ?? t('none')}</td>
              {limited ? null : <td>{a.leadDepartments ?? t('none')}</td>}
              {limited ? null : (
                <td className="num">{a.competencyCount === 0 ? <span className="warning-text">{t('table.noneShort')}</span> : a.competencyCount}</td>
              )}
              <td className="num">{a.budgetCents ? formatMoney(format, a.budgetCents) : t('none')}</td>
              <td className="num" aria-label={t('table.returnsCell', { expected: a.expectedCount, observed: a.observedCount })}>
                {a.expectedCount} / {a.observedCount}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pages={pages} href={pageHref} {...paginationWords(t, page, pages, 'table.')} />
      {limited ? null : (
        <IatiExportForm
          slug={slug}
          axes={listAxisOptions(db, ctx.workspaceId)}
          status={filter.status}
          hasSiren={iatiReporter(db, ctx.workspaceId) !== null}
          canEditSettings={can(ctx.role, 'workspace.update')}
        />
      )}
    </>
  );
}
