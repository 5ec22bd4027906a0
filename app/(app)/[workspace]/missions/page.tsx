import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { MISSION_DIRECTIONS, MISSION_KINDS } from '@/db/enums/missions';
import { can } from '@/lib/auth/policy';
import { listMissionFilterOptions, listMissions } from '@/lib/missions/queries';
import { missionQuery, parseMissionFilter } from '@/lib/missions/search-params';
import { MISSION_SORTABLE, type MissionFilter } from '@/lib/missions/schemas';
import { countryName } from '@/lib/geo';
import { formatMoney } from '@/components/external-actions/money';
import { formatPeriod } from '@/components/external-actions/period';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';
import { EmptyList, ListToolbar, sortedList } from '@/components/ui/sorted-list';
import { Pagination } from '@/components/ui/pagination';
import { paginationWords } from '@/lib/shell/list';
import { FilterActions, filterSelects } from '@/components/ui/filters';
import { PageHead } from '@/components/ui/page-head';
import { formatDay } from '@/lib/format/dates';

export const generateMetadata = pageTitle('missions', 'title');

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SORT_LABELS = { startDate: 'fields.period', title: 'fields.title', country: 'fields.country', kind: 'fields.kind' } as const satisfies Record<
  (typeof MISSION_SORTABLE)[number],
  string
>;

/** The register of missions and delegations: filtered, sorted and paginated on the server; late debriefs flagged. */
export default async function MissionsPage({ params, searchParams }: Props) {
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'missions.read', 'missions');
  const ta = await getTranslations('externalActions');
  const filter = parseMissionFilter(await searchParams);
  const { rows, total, page, size } = listMissions(db, ctx, filter);
  const options = listMissionFilterOptions(db, ctx);
  const pages = Math.max(1, Math.ceil(total / size));
  const base = `/${slug}/missions`;
  const filtered = missionQuery(filter) !== '';
  const columnLabel = (c: (typeof MISSION_SORTABLE)[number]) => t(SORT_LABELS[c]);
  const { sortHeaders, pageHref } = sortedList(base, filter, (extra) => missionQuery(filter, extra), {
    label: columnLabel,
    hint: (column) => `, ${ta('table.sortBy', { column })}`,
  });
  const filterBy = filterSelects(filter, 'mf');
  const select = (name: keyof MissionFilter, label: string, items: { value: string; label: string }[]) => filterBy(name, label, t('any'), items);
  return (
    <>
      <PageHead
        title={t('title')}
        lead={t('intro')}
        leadClass="lede"
        actions={
          can(ctx.role, 'missions.manage') ? (
            <Link href={`${base}/new`} className="button primary">
              {t('new')}
            </Link>
          ) : undefined
        }
      />
      <form method="get" action={base} className="filters" aria-label={t('table.filters')}>
        <input type="hidden" name="sort" value={filter.sort} />
        <input type="hidden" name="dir" value={filter.dir} />
        <div className="field">
          <label htmlFor="mf-q">{t('table.search')}</label>
          <input id="mf-q" type="search" name="q" defaultValue={filter.q ?? ''} />
        </div>
        {select(
          'kind',
          t('fields.kind'),
          MISSION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })),
        )}
        {select(
          'direction',
          t('fields.direction'),
          MISSION_DIRECTIONS.map((d) => ({ value: d, label: t(`directions.${d}`) })),
        )}
        {select(
          'year',
          t('table.year'),
          options.years.map((y) => ({ value: String(y), label: String(y) })),
        )}
        {select(
          'country',
          t('fields.country'),
          options.countries.map((c) => ({ value: c, label: countryName(c, locale) })).sort((a, b) => a.label.localeCompare(b.label, locale)),
        )}
        {select(
          'partnership',
          t('fields.partnership'),
          options.partnerships.map((p) => ({ value: p.id, label: p.title })),
        )}
        {select(
          'debrief',
          t('table.debrief'),
          (['late', 'pending', 'done'] as const).map((d) => ({ value: d, label: t(`debriefStates.${d}`) })),
        )}
        <FilterActions apply={t('table.apply')} reset={t('table.reset')} resetHref={base} />
      </form>
      <ListToolbar count={t('table.count', { count: total })} />
      {rows.length === 0 ? (
        <EmptyList filtered={filtered} message={filtered ? t('table.empty') : t('table.none')} resetHref={base} resetLabel={t('table.reset')} />
      ) : (
        <DataTable
          id="missions"
          caption={t('table.caption', { column: columnLabel(filter.sort), direction: ta(filter.dir === 'asc' ? 'table.ascending' : 'table.descending') })}
          hideCaption
          columns={[
            ...sortHeaders('title', 'kind', 'startDate', 'country'),
            { label: t('table.participants'), num: true },
            { label: t('table.costs'), num: true },
            t('table.debrief'),
          ]}
        >
          {rows.map((m) => (
            <tr key={m.id} data-late={m.late ? 'true' : undefined}>
              <th scope="row" className="cell-title">
                <Link href={`${base}/${m.id}`}>{m.title}</Link>
                <div className="cell-small">{[t(`directions.${m.direction}`), m.partnershipTitle].filter(Boolean).join(' · ')}</div>
              </th>
              <td>{t(`kinds.${m.kind}`)}</td>
              <td className="cell-small">{formatPeriod(format, ta, m.startDate, m.endDate)}</td>
              <td>{[m.city, countryName(m.country, locale)].filter(Boolean).join(', ')}</td>
              <td className="num">{t('table.participantsCell', { count: m.participantCount, departments: m.departmentCount })}</td>
              <td className="num">{m.budgetCents ? formatMoney(format, m.budgetCents) : ta('none')}</td>
              <td>
                {m.debriefSubmittedAt ? (
                  <span className="pill" data-status="finished">
                    {t('debriefStates.done')}
                  </span>
                ) : m.late ? (
                  <span className="pill warning" data-status="stopped">
                    {t('table.lateSince', { date: formatDay(format, m.debriefDue) })}
                  </span>
                ) : (
                  <span className="cell-small">{t('table.dueOn', { date: formatDay(format, m.debriefDue) })}</span>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination page={page} pages={pages} href={pageHref} {...paginationWords(ta, page, pages, 'table.')} />
    </>
  );
}
