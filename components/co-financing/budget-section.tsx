import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { CoFinancingOverview } from '@/lib/co-financing/overview-queries';
import { formatMoney } from '@/components/external-actions/money';
import { DataTable } from '@/components/ui/data-table';

/** The consolidated budget's co-financing part: funding by funder and year, and the plans that break a rule. */
export async function CoFinancingBudgetSection({ data, base }: { data: CoFinancingOverview; base: string }) {
  const t = await getTranslations('coFinancing');
  const format = await getFormatter();
  const money = (cents: number) => formatMoney(format, cents);
  const pivot = data.byFunder;
  return (
    <section className="card" aria-labelledby="co-financing-h">
      <h2 id="co-financing-h">{t('budget.title')}</h2>
      <p className="hint">{t('budget.intro')}</p>
      {data.planCount === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <>
          <p>{t('budget.totals', { asked: money(data.askedCents), granted: money(data.grantedCents), paid: money(data.paidCents) })}</p>
          <DataTable
            id="co-financing"
            caption={t('budget.caption')}
            tableId="co-financing-by-funder"
            columns={[t('columns.funder'), ...pivot.years.map((y) => ({ label: y, num: true })), { label: t('total'), num: true }]}
            foot={
              <>
                <tr>
                  <th scope="row">{t('total')}</th>
                  {pivot.years.map((y) => (
                    <td key={y} className="num">
                      {money(pivot.totalsByYear[y] ?? 0)}
                    </td>
                  ))}
                  <td className="num">{money(pivot.total)}</td>
                </tr>
              </>
            }
          >
            {pivot.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{t(`funderKinds.${row.key as 'own'}`)}</th>
                {pivot.years.map((y) => (
                  <td key={y} className="num">
                    {row.byYear[y] ? money(row.byYear[y]) : '—'}
                  </td>
                ))}
                <td className="num">
                  <strong>{money(row.total)}</strong>
                </td>
              </tr>
            ))}
          </DataTable>
          <h3>{t('budget.flaggedTitle')}</h3>
          {data.flagged.length ? (
            <ul>
              {data.flagged.map((f) => (
                <li key={`${f.actionId}-${f.year}`}>
                  <Link href={`${base}/${f.actionId}#co-financing`}>
                    {t('budget.flaggedItem', {
                      title: f.actionTitle,
                      year: String(f.year),
                      rules: f.brokenRules.map((r) => t(`rules.${r.key as 'authority_min_share'}`, { percent: r.percent })).join(' ; '),
                    })}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('budget.flaggedNone')}</p>
          )}
        </>
      )}
    </section>
  );
}
