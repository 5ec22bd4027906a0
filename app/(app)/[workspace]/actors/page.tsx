import Link from 'next/link';
import { db } from '@/db/client';
import { can } from '@/lib/auth/policy';
import { listActors, actorFilterValues } from '@/lib/actors/queries';
import { filterQuery, parseActorFilter } from '@/lib/actors/search-params';
import { SORTABLE } from '@/lib/actors/schemas';
import { countryName } from '@/lib/geo';
import { ActorsHeader } from '@/components/actors/actors-header';
import { ActorFilters } from '@/components/actors/actor-filters';
import { formatMoment } from '@/lib/format/dates';
import { DataTable } from '@/components/ui/data-table';
import { EmptyList, ListToolbar, sortedList } from '@/components/ui/sorted-list';
import { Pagination } from '@/components/ui/pagination';
import { paginationWords } from '@/lib/shell/list';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';

export const generateMetadata = pageTitle('actors', 'title');

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The actors table: filtered, sorted and paginated on the server. */
export default async function ActorsPage({ params, searchParams }: Props) {
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'actors.read', 'actors');
  const filter = parseActorFilter(await searchParams);
  const { rows, total, page, size } = listActors(db, ctx, filter);
  const filterValues = actorFilterValues(db, ctx);
  const pages = Math.max(1, Math.ceil(total / size));
  const base = `/${slug}/actors`;
  // An empty list says why: no actor yet (and how to add them) or no actor matching the filters.
  const filtered = filterQuery(filter) !== '';
  const columnLabel = (c: (typeof SORTABLE)[number]) => t(`fields.${c}`);
  const { sortHeaders, pageHref } = sortedList(base, filter, (extra) => filterQuery(filter, extra), {
    label: columnLabel,
    hint: (column) => t('sortBy', { column }),
  });
  return (
    <>
      <ActorsHeader ctx={ctx} current="table" title={t('title')} intro={t('intro')} query={filterQuery(filter)} />
      <ActorFilters action={base} filter={filter} values={filterValues} keep={{ sort: filter.sort, dir: filter.dir }} />
      <ListToolbar count={t('count', { count: total })}>
        {can(ctx.role, 'actors.export') && total > 0 ? (
          <div className="actions">
            <a className="button small" href={`/api/workspaces/${slug}/actors/export${filterQuery(filter, { format: 'csv' })}`}>
              {t('exportCsv')}
            </a>
            <a className="button small" href={`/api/workspaces/${slug}/actors/export${filterQuery(filter, { format: 'xlsx' })}`}>
              {t('exportXlsx')}
            </a>
          </div>
        ) : null}
      </ListToolbar>
      {rows.length === 0 ? (
        <EmptyList filtered={filtered} message={filtered || total > 0 ? t('empty') : t('emptyState.none')} resetHref={base} resetLabel={t('emptyState.reset')}>
          {total === 0 ? (
            <p className="actions">
              {can(ctx.role, 'actors.import') ? (
                <Link href={`${base}/import`} className="button primary">
                  {t('emptyState.import')}
                </Link>
              ) : null}
              {can(ctx.role, 'actors.create') ? (
                <Link href={`${base}/new`} className="button">
                  {t('emptyState.add')}
                </Link>
              ) : null}
            </p>
          ) : null}
        </EmptyList>
      ) : (
        <DataTable
          id="actors"
          caption={t('tableCaption', { column: columnLabel(filter.sort), direction: t(filter.dir === 'asc' ? 'ascending' : 'descending') })}
          hideCaption
          columns={[...sortHeaders('name', 'category', 'country'), t('fields.themes'), ...sortHeaders('influence', 'interest', 'updatedAt')]}
        >
          {rows.map((a) => (
            <tr key={a.id}>
              <th scope="row">
                <Link href={`${base}/${a.id}`}>{a.name}</Link>
              </th>
              <td>
                <span className={`family-dot family-${a.family}`} aria-hidden="true" />
                {t(`categories.${a.category}`)}
              </td>
              <td>
                {a.country ? countryName(a.country, locale) : t('none')}
                {a.city ? <span className="muted"> · {a.city}</span> : null}
              </td>
              <td>{a.themes.join(', ') || t('none')}</td>
              <td>{a.influence}</td>
              <td>{a.interest}</td>
              <td>{formatMoment(format, a.updatedAt, 'short', false)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pages={pages} href={pageHref} {...paginationWords(t, page, pages)} />
    </>
  );
}
