import Link from 'next/link';
import type { ReactNode } from 'react';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/geo';
import { MAP_HEIGHT, MAP_WIDTH, worldMapAsset, worldMapHref } from '@/lib/actors/world-map';
import { OUTSIDE_AXIS, UNPLACED, type DashboardAggregates } from '@/lib/dashboard/types';
import { SOURCE_COLOURS } from '@/components/external-actions/chart-colours';
import { formatMoney } from '@/components/external-actions/money';
import { Sparkline } from '@/components/strategy/sparkline';

// The dashboard's blocks, drawn on the server as HTML tables and plain SVG: no chart library is
// sent to the browser. Every figure is also given as text (a table or a sentence).

type Format = Awaited<ReturnType<typeof getFormatter>>;

/** A block of the dashboard: a titled card with a link to the page that details it. */
export function DashboardBlock({ id, title, href, linkLabel, children, wide }: { id: string; title: string; href?: string; linkLabel?: string; children: ReactNode; wide?: boolean }) {
  return (
    <section className={`card dash-block${wide ? ' wide' : ''}`} aria-labelledby={`${id}-h`} data-block={id}>
      <div className="dash-block-head">
        <h2 id={`${id}-h`}>{title}</h2>
        {href && linkLabel ? (
          <Link href={href} className="dash-more no-print">
            {linkLabel}
            <span className="visually-hidden"> : {title}</span>
          </Link>
        ) : null}
      </div>
      {children}
    </section>
  );
}

/** A table that may scroll sideways: a named region reachable from the keyboard. */
function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

function percent(format: Format, value: number | null) {
  return value === null ? '—' : format.number(value, { style: 'percent', maximumFractionDigits: 0 });
}

function signed(value: number) {
  return value > 0 ? `+${value}` : String(value);
}

/** A horizontal bar of a share (0–1), decorative: the figure is written beside it. */
function Meter({ share, tone }: { share: number; tone?: 'before' }) {
  const width = Math.max(0, Math.min(1, share)) * 100;
  return (
    <span className={`dash-meter${tone ? ` ${tone}` : ''}`} aria-hidden="true">
      <span style={{ width: `${width}%` }} />
    </span>
  );
}

function day(format: Format, iso: string) {
  return format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
}

/** Maturity profile: overall score and its change, and each dimension's score with the one before. */
export async function MaturityContent({ data, locale }: { data: DashboardAggregates['maturity']; locale: Locale }) {
  const t = await getTranslations('dashboard');
  const format = await getFormatter();
  if (!data) return <p className="muted">{t('maturity.none')}</p>;
  const delta = data.previous && data.latest.overall !== null && data.previous.overall !== null ? data.latest.overall - data.previous.overall : null;
  return (
    <>
      <p className="dash-figure">
        <strong>{data.latest.overall ?? '—'}</strong>
        <span className="dash-unit">/100</span>
        {delta !== null ? <span className={`dash-delta ${delta >= 0 ? 'up' : 'down'}`}>{signed(delta)}</span> : null}
      </p>
      <p className="muted">
        {data.previous
          ? t('maturity.compared', { title: data.latest.title, date: day(format, data.latest.heldOn), previous: data.previous.title, before: data.previous.overall ?? '—' })
          : t('maturity.single', { title: data.latest.title, date: day(format, data.latest.heldOn) })}
      </p>
      <TableWrap label={t('maturity.caption')}>
        <table className="dash-table">
          <caption className="visually-hidden">{t('maturity.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('maturity.dimension')}</th>
              <th scope="col" className="num">
                {t('maturity.score')}
              </th>
              {data.previous ? (
                <th scope="col" className="num">
                  {t('maturity.change')}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {data.dimensions.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.title[locale]}</th>
                <td className="num">
                  <span className="dash-bar-cell">
                    <Meter share={(d.score ?? 0) / 100} />
                    {d.score ?? '—'}
                  </span>
                </td>
                {data.previous ? <td className="num">{d.score !== null && d.before !== null ? signed(d.score - d.before) : '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

const SHADES = ['#fbe3e1', '#f4b5b0', '#e8827a', '#cf4b42', '#9e2a22'];

function shade(count: number, max: number) {
  if (max <= 1) return SHADES[2]!;
  const i = Math.min(SHADES.length - 1, Math.floor((Math.log(count) / Math.log(max)) * (SHADES.length - 1)));
  return SHADES[Math.max(0, i)]!;
}

/** The world map of foreign links (an image named by its summary) and the leading countries. */
export async function MapContent({ data, locale, limit = 8 }: { data: DashboardAggregates['map']; locale: Locale; limit?: number }) {
  const t = await getTranslations('dashboard');
  const max = data.countries[0]?.total ?? 0;
  const href = worldMapHref();
  const { codes } = worldMapAsset();
  const linked = data.countries.filter((c) => codes.has(c.country));
  const top = data.countries.slice(0, limit);
  const summary = t('map.summary', { actors: data.totals.actors, partners: data.totals.partners, countries: data.totals.countries });
  return (
    <>
      <p>{summary}</p>
      {/* The outlines come from one static file that the browser keeps (app/api/maps/world/route.ts);
          the page carries only a reference per country that has links: the whole world's paths
          were half of the page, sent twice (in the HTML and in React's flight data). */}
      <svg className="dash-map" viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`} role="img" aria-label={t('map.imageLabel', { countries: data.totals.countries })}>
        <use href={`${href}#world`} className="country" />
        {linked.map((c) => (
          <use key={c.country} href={`${href}#${c.country}`} className="country linked" style={{ fill: shade(c.total, max) }} />
        ))}
      </svg>
      {top.length ? (
        <TableWrap label={t('map.caption', { count: top.length })}>
          <table className="dash-table">
            <caption>{t('map.caption', { count: top.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('map.country')}</th>
                <th scope="col" className="num">
                  {t('map.actors')}
                </th>
                <th scope="col" className="num">
                  {t('map.partners')}
                </th>
              </tr>
            </thead>
            <tbody>
              {top.map((c) => (
                <tr key={c.country}>
                  <th scope="row">{countryName(c.country, locale)}</th>
                  <td className="num">{c.total}</td>
                  <td className="num">{c.partners}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : (
        <p className="muted">{t('map.none')}</p>
      )}
    </>
  );
}

async function axisLabel(key: string, title: string | null) {
  const t = await getTranslations('dashboard');
  if (key === OUTSIDE_AXIS) return t('axes.outside');
  if (key === UNPLACED) return t('axes.unplaced');
  return title ?? key;
}

/** Actions by axis (rows) and status (columns), with each row's total. */
export async function ActionsByAxisContent({ data }: { data: DashboardAggregates['actionsByAxis'] }) {
  const t = await getTranslations('dashboard');
  const ts = await getTranslations('externalActions.statuses');
  if (data.total === 0) return <p className="muted">{t('actions.none')}</p>;
  const labels = await Promise.all(data.rows.map((r) => axisLabel(r.key, r.title)));
  const max = Math.max(1, ...data.rows.map((r) => r.total));
  return (
    <>
      <p>
        {t('actions.placedSummary', {
          total: data.total,
          placed: data.rows.filter((r) => r.key !== OUTSIDE_AXIS && r.key !== UNPLACED).reduce((n, r) => n + r.total, 0),
          axes: data.rows.filter((r) => r.key !== OUTSIDE_AXIS && r.key !== UNPLACED && r.total > 0).length,
        })}
      </p>
      <TableWrap label={t('actions.caption')}>
        <table className="dash-table">
          <caption className="visually-hidden">{t('actions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actions.axis')}</th>
              {data.statuses.map((s) => (
                <th key={s} scope="col" className="num">
                  {ts(s)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r, i) => (
              <tr key={r.key}>
                <th scope="row">{labels[i]}</th>
                {data.statuses.map((s) => (
                  <td key={s} className="num">
                    {r.byStatus[s] ?? 0}
                  </td>
                ))}
                <td className="num">
                  <span className="dash-bar-cell">
                    <Meter share={r.total / max} />
                    <strong>{r.total}</strong>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}

/** The actions' budget by axis (rows) and funding source (columns), as a table and stacked bars. */
export async function BudgetContent({ data }: { data: DashboardAggregates['budget'] }) {
  const t = await getTranslations('dashboard');
  const tf = await getTranslations('externalActions.fundingSources');
  const format = await getFormatter();
  if (data.total === 0) return <p className="muted">{t('budget.none')}</p>;
  const labels = await Promise.all(data.rows.map((r) => axisLabel(r.key, r.title)));
  const max = Math.max(1, ...data.rows.map((r) => r.total));
  const period = data.years.length ? (data.years.length === 1 ? String(data.years[0]) : `${data.years[0]}–${data.years[data.years.length - 1]}`) : '';
  return (
    <>
      <p>{t('budget.summary', { total: formatMoney(format, data.total), period })}</p>
      <ul className="dash-legend" aria-hidden="true">
        {data.sources.map((s) => (
          <li key={s}>
            <span className="legend-swatch" style={{ background: SOURCE_COLOURS[s] ?? '#555a60' }} />
            {tf(s)}
          </li>
        ))}
      </ul>
      <TableWrap label={t('budget.caption')}>
        <table className="dash-table">
          <caption className="visually-hidden">{t('budget.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actions.axis')}</th>
              {data.sources.map((s) => (
                <th key={s} scope="col" className="num">
                  {tf(s)}
                </th>
              ))}
              <th scope="col" className="num">
                {t('total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r, i) => (
              <tr key={r.key}>
                <th scope="row">
                  {labels[i]}
                  <span className="dash-stack" aria-hidden="true">
                    {data.sources.map((s) =>
                      r.bySource[s] ? <span key={s} style={{ width: `${(r.bySource[s]! / max) * 100}%`, background: SOURCE_COLOURS[s] ?? '#555a60' }} /> : null,
                    )}
                  </span>
                </th>
                {data.sources.map((s) => (
                  <td key={s} className="num">
                    {r.bySource[s] ? formatMoney(format, r.bySource[s]!) : '—'}
                  </td>
                ))}
                <td className="num">
                  <strong>{formatMoney(format, r.total)}</strong>
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('total')}</th>
              {data.sources.map((s) => (
                <td key={s} className="num">
                  {formatMoney(format, data.totalsBySource[s] ?? 0)}
                </td>
              ))}
              <td className="num">
                <strong>{formatMoney(format, data.total)}</strong>
              </td>
            </tr>
          </tfoot>
        </table>
      </TableWrap>
    </>
  );
}

/** The returns gap: share of expected returns ever observed, overall and per scope. */
export async function ReturnsContent({ data }: { data: DashboardAggregates['returns'] }) {
  const t = await getTranslations('dashboard');
  const ts = await getTranslations('externalActions.returnScopes');
  const format = await getFormatter();
  if (data.overall.expected === 0 && data.overall.observed === 0) return <p className="muted">{t('returns.none')}</p>;
  const rows = [
    { key: 'territory', label: ts('territory'), v: data.territory },
    { key: 'administration', label: ts('administration'), v: data.administration },
  ];
  return (
    <>
      <p className="dash-figure">
        <strong>{percent(format, data.overall.share)}</strong>
      </p>
      <p>
        {data.overall.expected === 0
          ? t('returns.unexpectedOnly', { unexpected: data.overall.unexpected })
          : t('returns.summary', { met: data.overall.met, expected: data.overall.expected, unexpected: data.overall.unexpected })}
      </p>
      <TableWrap label={t('returns.caption')}>
        <table className="dash-table">
          <caption className="visually-hidden">{t('returns.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('returns.scope')}</th>
              <th scope="col" className="num">
                {t('returns.expected')}
              </th>
              <th scope="col" className="num">
                {t('returns.met')}
              </th>
              <th scope="col" className="num">
                {t('returns.share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="num">{r.v.expected}</td>
                <td className="num">{r.v.met}</td>
                <td className="num">
                  <span className="dash-bar-cell">
                    <Meter share={r.v.share ?? 0} />
                    {percent(format, r.v.share)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <p className="muted">{t('returns.actions', { withExpected: data.actions.withExpected, withObserved: data.actions.withObserved, total: data.actions.total })}</p>
    </>
  );
}

/**
 * The coherence figure (or why there is none yet), its trend, the checks that fail and the three
 * points to fix first, each a link where the reader may fix it (`fixHref` left out in public).
 */
export async function CoherenceContent({ data, fixHref }: { data: DashboardAggregates['coherence']; fixHref?: (href: string) => string }) {
  const t = await getTranslations('dashboard');
  const tc = await getTranslations('strategy.checks');
  const format = await getFormatter();
  if (data.score === null) {
    return (
      <>
        <p className="dash-figure">
          <strong className="dash-status">{t('coherence.noScore')}</strong>
        </p>
        <p className="muted">{t('coherence.noScoreHint')}</p>
      </>
    );
  }
  const first = data.trend[0];
  const fixes = data.fixFirst ?? [];
  return (
    <>
      <p className="dash-figure">
        <strong>{format.number(data.score / 100, { style: 'percent', maximumFractionDigits: 0 })}</strong>
      </p>
      <p>
        {data.points
          ? t('coherence.summary', { passed: data.passed, total: data.total, na: data.notApplicable ?? 0, toFix: data.points.toFix, checked: data.points.checked })
          : t('coherence.passed', { passed: data.passed, total: data.total })}
      </p>
      {first && data.trend.length > 1 ? (
        <p>
          <Sparkline
            points={data.trend.map((p) => ({ x: p.day, y: p.score }))}
            min={0}
            max={100}
            label={t('coherence.trend', { from: first.score, to: data.trend[data.trend.length - 1]!.score, since: day(format, first.day) })}
          />{' '}
          <span className="muted">{t('coherence.trend', { from: first.score, to: data.trend[data.trend.length - 1]!.score, since: day(format, first.day) })}</span>
        </p>
      ) : (
        <p className="muted">{t('coherence.noTrend')}</p>
      )}
      {fixes.length ? (
        <>
          <h3 className="dash-subhead" id="fix-first-h">
            {t('coherence.fixFirst', { count: fixes.length })}
          </h3>
          <ol className="dash-list" aria-labelledby="fix-first-h">
            {fixes.map((f) => (
              <li key={`${f.key}-${f.href}-${f.label}`}>
                <span className="muted">{t('coherence.fixCheck', { check: tc(`${f.key}.title`) })}</span> {fixHref ? <Link href={fixHref(f.href)}>{f.label}</Link> : f.label}
              </li>
            ))}
          </ol>
        </>
      ) : data.failing.length ? (
        <ul className="dash-list">
          {data.failing.map((c) => (
            <li key={c.key}>
              {tc(`${c.key}.title`)} <span className="muted">({c.count})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Indicators whose update is late, oldest first. */
export async function OverdueContent({ data, indicatorHref }: { data: DashboardAggregates['overdue']; indicatorHref?: (id: string) => string }) {
  const t = await getTranslations('dashboard');
  const format = await getFormatter();
  if (data.total === 0) return <p className="muted">{t('overdue.noIndicators')}</p>;
  return (
    <>
      <p className="dash-figure">
        <strong>{data.items.length}</strong>
        <span className="dash-unit">/{data.total}</span>
      </p>
      <p>{data.items.length ? t('overdue.summary', { count: data.items.length, total: data.total }) : t('overdue.none', { total: data.total })}</p>
      {data.items.length ? (
        <ul className="dash-list">
          {data.items.slice(0, 6).map((i) => (
            <li key={i.id}>
              {indicatorHref ? <Link href={indicatorHref(i.id)}>{i.name}</Link> : i.name}{' '}
              <span className="muted">— {t('overdue.dueSince', { date: day(format, i.dueOn) })}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
