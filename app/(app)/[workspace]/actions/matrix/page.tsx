import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { COMPETENCY_DOMAINS } from '@/db/schema/competencies';
import { ACTION_RATIONALES, ACTION_STATUSES, ACTION_TYPES } from '@/db/schema/external-actions';
import { getCompetencyMatrix } from '@/lib/external-actions/queries';
import { MATRIX_DIMENSIONS, MatrixDimensionParam, type MatrixDimension } from '@/lib/external-actions/schemas';
import { ActionsHeader } from '@/components/external-actions/actions-header';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { TableRegion } from '@/components/ui/table-region';

export const generateMetadata = pageTitle('externalActions', 'matrix.title');

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 0 for an empty cell, then 1 to 4 by quarter of the largest cell. */
function heatLevel(n: number, max: number) {
  if (!n || !max) return 0;
  return Math.min(4, Math.max(1, Math.ceil((n / max) * 4)));
}

/**
 * The actions × competencies heat map: one row per competency (grouped by domain), one column per
 * type, rationale, status or department; each cell opens the register filtered on it. The last
 * row counts the actions tied to no competency.
 */
export default async function MatrixPage({ params, searchParams }: Props) {
  const { slug, ctx, t, locale } = await loadWorkspacePage(params, 'externalActions.read', 'externalActions');
  const by: MatrixDimension = MatrixDimensionParam.parse([(await searchParams).by].flat()[0]);
  const tc = await getTranslations('competencies');
  const matrix = getCompetencyMatrix(db, ctx, by, locale);
  const base = `/${slug}/actions`;
  const columns: { key: string; label: string }[] = {
    type: () => ACTION_TYPES.map((k) => ({ key: k, label: t(`types.${k}`) })),
    rationale: () => ACTION_RATIONALES.map((k) => ({ key: k, label: t(`rationales.${k}`) })),
    status: () => ACTION_STATUSES.map((k) => ({ key: k, label: t(`statuses.${k}`) })),
    department: () => matrix.departments.map((d) => ({ key: d.id, label: d.name })),
  }[by]();
  const filterKey = by;
  const link = (competency: string, column?: string) => {
    const q = new URLSearchParams({ competency });
    if (column) q.set(filterKey, column);
    return `${base}?${q.toString()}`;
  };
  const cell = (competencyRef: string, competencyTitle: string, column: { key: string; label: string }, n: number) => {
    const level = heatLevel(n, matrix.max);
    return (
      <td key={column.key} className={`heat heat-${level}`}>
        {n ? (
          <Link href={link(competencyRef, column.key)} aria-label={t('matrix.cellLabel', { count: n, competency: competencyTitle, column: column.label })}>
            {n}
          </Link>
        ) : (
          <span aria-hidden="true">·</span>
        )}
      </td>
    );
  };
  const domains = COMPETENCY_DOMAINS.map((domain) => ({ domain, rows: matrix.rows.filter((r) => r.competency.domain === domain) })).filter(
    (d) => d.rows.length,
  );
  return (
    <>
      <ActionsHeader ctx={ctx} current="matrix" title={t('matrix.title')} intro={t('matrix.intro')} />
      <nav aria-label={t('matrix.by')} className="filters">
        <ul className="inline-list">
          {MATRIX_DIMENSIONS.map((d) => (
            <li key={d}>
              <Link href={`${base}/matrix?by=${d}`} aria-current={d === by ? 'page' : undefined} className={`button small${d === by ? ' primary' : ''}`}>
                {t(`matrix.dimensions.${d}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {matrix.totalActions === 0 ? <p className="card muted">{t('matrix.empty')}</p> : null}
      {by === 'department' && columns.length === 0 ? <p className="card muted">{t('matrix.noDepartments')}</p> : null}
      <TableRegion labelledBy="matrix-caption">
        <table className="matrix">
          <caption id="matrix-caption">{t('matrix.caption', { dimension: t(`matrix.dimensionLower.${by}`) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matrix.competency')}</th>
              <th scope="col" className="total">
                {t('matrix.total')}
              </th>
              {columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          {domains.map(({ domain, rows }) => (
            <tbody key={domain}>
              <tr className="domain-row">
                <th scope="colgroup" colSpan={columns.length + 2}>
                  {tc(`domains.${domain}`)}
                </th>
              </tr>
              {rows.map((row) => (
                <tr key={row.competency.ref}>
                  <th scope="row">
                    {row.competency.title}
                    {row.competency.hidden ? <span className="muted"> ({t('matrix.hidden')})</span> : null}
                  </th>
                  <td className="total">
                    {row.total ? (
                      <Link href={link(row.competency.ref)} aria-label={t('matrix.rowLabel', { count: row.total, competency: row.competency.title })}>
                        {row.total}
                      </Link>
                    ) : (
                      0
                    )}
                  </td>
                  {columns.map((c) => cell(row.competency.ref, row.competency.title, c, row.cells[c.key] ?? 0))}
                </tr>
              ))}
            </tbody>
          ))}
          <tbody>
            <tr className="no-competency">
              <th scope="row">{t('matrix.noCompetency')}</th>
              <td className="total">
                {matrix.unlinked.total ? (
                  <Link href={link('none')} aria-label={t('matrix.rowLabel', { count: matrix.unlinked.total, competency: t('matrix.noCompetency') })}>
                    {matrix.unlinked.total}
                  </Link>
                ) : (
                  0
                )}
              </td>
              {columns.map((c) => cell('none', t('matrix.noCompetency'), c, matrix.unlinked.cells[c.key] ?? 0))}
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('matrix.allActions')}</th>
              <td className="total">{matrix.totalActions}</td>
              {columns.map((c) => (
                <td key={c.key} className="total">
                  {matrix.columnTotals[c.key] ?? 0}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </TableRegion>
      <div className="heat-legend" aria-hidden="true">
        <span>{t('matrix.legend')}</span>
        {[1, 2, 3, 4].map((level) => (
          <span key={level} className={`swatch heat-swatch-${level}`} />
        ))}
      </div>
      <p className="hint">{t('matrix.legendScale', { max: matrix.max })}</p>
    </>
  );
}
