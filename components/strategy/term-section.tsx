import { getFormatter, getTranslations } from 'next-intl/server';
import type { IndicatorView } from '@/lib/strategy/queries';
import { TableRegion } from '@/components/ui/table-region';
import { StatusBadge } from './status-badge';
import { TermChart } from './term-chart';
import type { TermPoint } from './term-colours';

/** An indicator over the term: the chart of its values, targets and projection, and the same figures as a table. */
export async function TermSection({ indicator }: { indicator: IndicatorView }) {
  const t = await getTranslations('rounds');
  const format = await getFormatter();
  const num = (n: number) => `${format.number(n, { maximumFractionDigits: 2 })} ${indicator.unit}`;
  const { term } = indicator;
  if (!term.term) return <p className="hint">{t('term.noTerm')}</p>;
  const points: TermPoint[] = [
    { x: term.term.start - 1, target: indicator.baseline },
    ...term.years.map((y) => ({ x: y.year + 1 - 1 / 365, target: y.expected })),
    ...indicator.values.map((v) => ({ x: Number(v.observedOn.slice(0, 4)) + (Number(v.observedOn.slice(5, 7)) - 0.5) / 12, observed: v.value })),
  ];
  const last = indicator.values.at(-1);
  if (term.projection !== null && last) {
    points.push({ x: Number(last.observedOn.slice(0, 4)) + (Number(last.observedOn.slice(5, 7)) - 0.5) / 12, projection: last.value });
    points.push({ x: term.term.end + 1 - 1 / 365, projection: term.projection });
  }
  points.sort((a, b) => a.x - b.x);
  const latestOfYear = (year: number) => [...indicator.values].reverse().find((v) => v.observedOn.startsWith(`${year}-`));
  return (
    <>
      <TermChart
        data={points}
        caption={t('term.chartLabel', { name: indicator.name })}
        labels={{ observed: t('term.series.observed'), target: t('term.series.target'), projection: t('term.series.projection') }}
      />
      <p>{term.projection === null ? t('term.noProjection') : t('term.projection', { year: term.term.end, value: num(term.projection) })}</p>
      <TableRegion labelledBy="term-caption">
        <table>
          <caption id="term-caption">{t('term.caption', { name: indicator.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('term.year')}</th>
              <th scope="col" className="num">
                {t('term.expected')}
              </th>
              <th scope="col">{t('term.kind')}</th>
              <th scope="col" className="num">
                {t('term.observed')}
              </th>
              <th scope="col">{t('term.status')}</th>
            </tr>
          </thead>
          <tbody>
            {term.years.map((y) => {
              const v = latestOfYear(y.year);
              const status = v ? (term.valueStatus[v.id] ?? null) : null;
              return (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  <td className="num">{num(y.expected)}</td>
                  <td>{y.set ? t('term.set') : t('term.interpolated')}</td>
                  <td className="num">{v ? num(v.value) : '—'}</td>
                  <td>{v ? <StatusBadge status={status} label={t(`status.${status ?? 'none'}`)} /> : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
