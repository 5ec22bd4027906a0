import Link from 'next/link';
import { db } from '@/db/client';
import { FUNDING_SOURCES } from '@/db/schema/departments';
import { can } from '@/lib/auth/policy';
import { BUDGET_DEPARTMENT_LINES, BUDGET_NONE, getBudgetConsolidation } from '@/lib/external-actions/queries';
import type { BudgetPivot } from '@/lib/external-actions/budget';
import { listCompetencies } from '@/lib/competencies/queries';
import { SOLIDARITY_SCHEME_INFO, minimumSchemeBaseCents, schemeOfFundingSource } from '@/lib/competencies/solidarity-schemes';
import { listDepartmentOptions } from '@/lib/departments/queries';
import { ActionsHeader } from '@/components/external-actions/actions-header';
import { BudgetChart } from '@/components/external-actions/budget-chart';
import { formatMoney } from '@/components/external-actions/money';
import { coFinancingOverview } from '@/lib/co-financing/overview-queries';
import { CoFinancingBudgetSection } from '@/components/co-financing/budget-section';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { DataTable } from '@/components/ui/data-table';

export const generateMetadata = pageTitle('externalActions', 'budget.title');

/**
 * The consolidated international budget: actions' lines and departments' own international lines,
 * by department, funding source, competency and year. Each table adds up to the same total.
 */
export default async function BudgetPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'externalActions.read', 'externalActions');
  const budget = getBudgetConsolidation(db, ctx);
  const coFinancing = coFinancingOverview(db, ctx);
  const departments = new Map(listDepartmentOptions(db, ctx).map((d) => [d.id, d.name]));
  const competencies = new Map(listCompetencies(db, ctx, locale).map((c) => [c.ref, c.title]));
  const base = `/${slug}/actions`;
  const seesDepartments = can(ctx.role, 'departments.read');
  const money = (cents: number) => formatMoney(format, cents);
  const sourceLabel = (key: string) => t(`fundingSources.${key as (typeof FUNDING_SOURCES)[number]}`);

  const table = (id: string, caption: string, pivot: BudgetPivot, label: (key: string) => React.ReactNode) => (
    <DataTable
      id={id}
      tableId={id}
      caption={caption}
      columns={[t('budget.row'), ...pivot.years.map((y) => ({ label: y, num: true })), { label: t('budget.total_column'), num: true }]}
      foot={
        <tr className="subtotal">
          <th scope="row">{t('budget.totalRow')}</th>
          {pivot.years.map((y) => (
            <td key={y} className="num">
              {money(pivot.totalsByYear[y] ?? 0)}
            </td>
          ))}
          <td className="num">{money(pivot.total)}</td>
        </tr>
      }
    >
      {pivot.rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{label(row.key)}</th>
          {pivot.years.map((y) => (
            <td key={y} className="num">
              {row.byYear[y] ? money(row.byYear[y]) : t('none')}
            </td>
          ))}
          <td className="num">
            <strong>{money(row.total)}</strong>
          </td>
        </tr>
      ))}
    </DataTable>
  );

  const chartData = budget.years.map((year) => ({
    year: String(year),
    ...Object.fromEntries(
      FUNDING_SOURCES.map((s) => [s, budget.yearSource.filter((c) => c.year === year && c.key === s).reduce((sum, c) => sum + c.cents, 0) / 100]),
    ),
  }));
  const usedSources = FUNDING_SOURCES.filter((s) => budget.bySource.rows.some((r) => r.key === s));
  // Each "1 %" scheme's yearly spending may be at most 1 % of the service's resources: say how large they must be.
  const schemeYears = budget.bySource.rows.flatMap((row) => {
    const scheme = schemeOfFundingSource(row.key);
    if (!scheme) return [];
    return budget.years.filter((y) => row.byYear[y]).map((year) => ({ source: row.key, scheme, year, cents: row.byYear[year]! }));
  });
  const first = budget.years[0];
  const last = budget.years[budget.years.length - 1];

  return (
    <>
      <ActionsHeader ctx={ctx} current="budget" title={t('budget.title')} intro={t('budget.intro')} />
      {budget.bySource.total === 0 ? (
        <p className="card muted">{t('budget.empty')}</p>
      ) : (
        <>
          <div className="key-figures">
            <div className="key-figure">
              <strong>{money(budget.bySource.total)}</strong>
              <span>
                {t('budget.total')}
                {first !== undefined && last !== undefined ? ` · ${t('budget.years', { first, last })}` : ''}
              </span>
            </div>
          </div>
          <section className="card" aria-labelledby="by-source-h">
            <h2 id="by-source-h">{t('budget.bySource')}</h2>
            <div className="stack">
              <BudgetChart
                data={chartData}
                sources={usedSources.map((s) => ({ key: s, label: sourceLabel(s) }))}
                locale={locale}
                caption={t('budget.chartCaption')}
                tableId="budget-by-source"
                tableLink={t('budget.chartTableLink')}
              />
              {table('budget-by-source', t('budget.bySourceCaption'), budget.bySource, sourceLabel)}
              {schemeYears.length > 0 ? (
                <div className="hint">
                  <p>{t('budget.schemeCapIntro')}</p>
                  <ul>
                    {schemeYears.map((s) => (
                      <li key={`${s.source}-${s.year}`}>
                        {t('budget.schemeCap', {
                          source: sourceLabel(s.source),
                          year: String(s.year),
                          spent: money(s.cents),
                          base: money(minimumSchemeBaseCents(s.scheme, s.cents)),
                          what: SOLIDARITY_SCHEME_INFO[s.scheme].base[locale],
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </div>
          </section>
          <section className="card" aria-labelledby="by-department-h">
            <h2 id="by-department-h">{t('budget.byDepartment')}</h2>
            {table('budget-by-department', t('budget.byDepartmentCaption'), budget.byDepartment, (key) =>
              key === BUDGET_NONE ? (
                <span className="muted">{t('budget.noDepartment')}</span>
              ) : seesDepartments ? (
                <Link href={`${base}/departments/${key}`}>{departments.get(key) ?? key}</Link>
              ) : (
                (departments.get(key) ?? key)
              ),
            )}
          </section>
          <section className="card" aria-labelledby="by-competency-h">
            <h2 id="by-competency-h">{t('budget.byCompetency')}</h2>
            <p className="hint">{t('budget.competencyNote')}</p>
            {table('budget-by-competency', t('budget.byCompetencyCaption'), budget.byCompetency, (key) =>
              key === BUDGET_NONE ? (
                <Link href={`${base}?competency=none`} className="warning-text">
                  {t('budget.noCompetency')}
                </Link>
              ) : key === BUDGET_DEPARTMENT_LINES ? (
                <span className="muted">{t('budget.departmentLines')}</span>
              ) : (
                <Link href={`${base}?competency=${encodeURIComponent(key)}`}>{competencies.get(key) ?? key}</Link>
              ),
            )}
          </section>
        </>
      )}
      <CoFinancingBudgetSection data={coFinancing} base={base} />
    </>
  );
}
