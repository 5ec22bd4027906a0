import type { Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/geo';
import { sectionView, translatorFor, type Block } from '@/lib/strategy-document/render';
import { OUTSIDE_AXIS, UNPLACED } from '@/lib/dashboard/types';
import type { FundingSource } from '@/db/schema/departments';
import type { PublicStrategy } from './project';
import { formatDay } from '@/lib/format/dates';

// The public page and its PDF are two thin renderers (React, an HTML string) of these sections,
// built only from a PublicStrategy: they show the same thing, and nothing the projection left out.

export type PublicSection = { id: string; title: string; blocks: Block[] };

type T = ReturnType<typeof translatorFor>;

function axisLabel(t: T, key: string, title: string | null) {
  if (key === OUTSIDE_AXIS) return t('dashboard.axes.outside');
  if (key === UNPLACED) return t('dashboard.axes.unplaced');
  return title ?? key;
}

function blockSections(ps: PublicStrategy, locale: Locale, t: T): PublicSection[] {
  const out: PublicSection[] = [];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const pct = (v: number | null) => (v === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(v));
  const money = (cents: number) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(Math.round(cents / 100));
  const day = (iso: string) => formatDay(locale, iso);
  const b = ps.blocks;
  if (b.maturity !== undefined) {
    const m = b.maturity;
    const blocks: Block[] = m
      ? [
          { type: 'paragraph', text: t('public.maturity.overall', { score: m.latest.overall ?? '—', title: m.latest.title, date: day(m.latest.heldOn) }) },
          {
            type: 'table',
            caption: t('dashboard.maturity.caption'),
            head: [t('dashboard.maturity.dimension'), t('dashboard.maturity.score'), ...(m.previous ? [t('dashboard.maturity.change')] : [])],
            rows: m.dimensions.map((d) => [
              d.title[locale],
              d.score === null ? '—' : String(d.score),
              ...(m.previous
                ? [d.score !== null && d.before !== null ? (d.score - d.before > 0 ? `+${d.score - d.before}` : String(d.score - d.before)) : '—']
                : []),
            ]),
            numeric: [false, true, ...(m.previous ? [true] : [])],
          },
        ]
      : [{ type: 'empty', text: t('dashboard.maturity.none') }];
    out.push({ id: 'maturity', title: t('dashboard.blocks.maturity'), blocks });
  }
  if (b.map) {
    const m = b.map;
    out.push({
      id: 'map',
      title: t('dashboard.blocks.map'),
      blocks: [
        { type: 'paragraph', text: t('dashboard.map.summary', m.totals) },
        m.countries.length
          ? {
              type: 'table',
              caption: t('public.map.caption'),
              head: [t('dashboard.map.country'), t('dashboard.map.actors'), t('dashboard.map.partners')],
              rows: m.countries.map((c) => [countryName(c.country, locale), number.format(c.total), number.format(c.partners)]),
              numeric: [false, true, true],
            }
          : { type: 'empty', text: t('dashboard.map.none') },
      ],
    });
  }
  if (b.actionsByAxis) {
    const a = b.actionsByAxis;
    out.push({
      id: 'actionsByAxis',
      title: t('dashboard.blocks.actionsByAxis'),
      blocks: a.total
        ? [
            {
              type: 'table',
              caption: t('dashboard.actions.caption'),
              head: [t('dashboard.actions.axis'), ...a.statuses.map((s) => t(`externalActions.statuses.${s}`)), t('dashboard.total')],
              rows: a.rows.map((r) => [axisLabel(t, r.key, r.title), ...a.statuses.map((s) => String(r.byStatus[s] ?? 0)), String(r.total)]),
              numeric: [false, ...a.statuses.map(() => true), true],
            },
          ]
        : [{ type: 'empty', text: t('dashboard.actions.none') }],
    });
  }
  if (b.budget) {
    const g = b.budget;
    const period = g.years.length > 1 ? `${g.years[0]}–${g.years.at(-1)}` : String(g.years[0] ?? '');
    out.push({
      id: 'budget',
      title: t('dashboard.blocks.budget'),
      blocks: g.total
        ? [
            { type: 'paragraph', text: t('dashboard.budget.summary', { total: money(g.total), period }) },
            {
              type: 'bars',
              caption: t('public.budget.byAxis'),
              items: g.rows.map((r) => ({ label: axisLabel(t, r.key, r.title), value: r.total, display: money(r.total) })),
              max: Math.max(0, ...g.rows.map((r) => r.total)),
            },
            {
              type: 'table',
              caption: t('dashboard.budget.caption'),
              head: [t('dashboard.actions.axis'), ...g.sources.map((s) => t(`externalActions.fundingSources.${s as FundingSource}`)), t('dashboard.total')],
              rows: [
                ...g.rows.map((r) => [axisLabel(t, r.key, r.title), ...g.sources.map((s) => (r.bySource[s] ? money(r.bySource[s]!) : '—')), money(r.total)]),
                [t('dashboard.total'), ...g.sources.map((s) => money(g.totalsBySource[s] ?? 0)), money(g.total)],
              ],
              numeric: [false, ...g.sources.map(() => true), true],
            },
          ]
        : [{ type: 'empty', text: t('dashboard.budget.none') }],
    });
  }
  if (b.returns) {
    const r = b.returns;
    out.push({
      id: 'returns',
      title: t('dashboard.blocks.returns'),
      blocks:
        r.overall.expected || r.overall.observed
          ? [
              {
                type: 'paragraph',
                text: t('dashboard.returns.summary', { met: r.overall.met, expected: r.overall.expected, unexpected: r.overall.unexpected }),
              },
              {
                type: 'table',
                caption: t('dashboard.returns.caption'),
                head: [t('dashboard.returns.scope'), t('dashboard.returns.expected'), t('dashboard.returns.met'), t('dashboard.returns.share')],
                rows: (['territory', 'administration'] as const).map((k) => [
                  t(`externalActions.returnScopes.${k}`),
                  String(r[k].expected),
                  String(r[k].met),
                  pct(r[k].share),
                ]),
                numeric: [false, true, true, true],
              },
            ]
          : [{ type: 'empty', text: t('dashboard.returns.none') }],
    });
  }
  if (b.coherence) {
    const c = b.coherence;
    const blocks: Block[] = [
      {
        type: 'paragraph',
        text: c.score === null ? t('public.coherence.none') : t('public.coherence.figure', { score: c.score, passed: c.passed, total: c.total }),
      },
    ];
    if (c.failing.length) blocks.push({ type: 'list', items: c.failing.map((f) => `${t(`strategy.checks.${f.key}.title`)} (${f.count})`) });
    out.push({ id: 'coherence', title: t('dashboard.blocks.coherence'), blocks });
  }
  if (b.overdue) {
    const o = b.overdue;
    const blocks: Block[] = [
      {
        type: 'paragraph',
        text:
          o.total === 0
            ? t('dashboard.overdue.noIndicators')
            : o.items.length
              ? t('dashboard.overdue.summary', { count: o.items.length, total: o.total })
              : t('dashboard.overdue.none', { total: o.total }),
      },
    ];
    if (o.items.length) blocks.push({ type: 'list', items: o.items.map((i) => `${i.name} — ${t('dashboard.overdue.dueSince', { date: day(i.dueOn) })}`) });
    if (o.statusByAxis?.length) {
      const statuses = ['on_track', 'at_risk', 'off_track', 'none'] as const;
      blocks.push({
        type: 'table',
        caption: t('rounds.dashboard.caption'),
        head: [t('rounds.dashboard.axis'), ...statuses.map((s) => t(`rounds.status.${s}`))],
        rows: o.statusByAxis.map((r) => [r.axisTitle ?? t('rounds.dashboard.noAxis'), ...statuses.map((s) => String(r[s]))]),
        numeric: [false, true, true, true, true],
      });
    }
    out.push({ id: 'overdue', title: t('dashboard.blocks.overdue'), blocks });
  }
  return out;
}

/** The public strategy as titled sections of blocks, in a language. */
export function publicView(ps: PublicStrategy, locale: Locale) {
  const t = translatorFor(locale);
  const day = (iso: string) => formatDay(locale, iso, 'long');
  const sections: PublicSection[] = [
    { ...sectionView({ id: 'thread', kind: 'thread', title: null, data: { thread: ps.thread } }, locale), id: 'thread' },
    { ...sectionView({ id: 'axes', kind: 'axes', title: null, data: { axes: ps.axes } }, locale), id: 'axes' },
    ...ps.chapters.map((c, i) => ({ id: `chapter-${i + 1}`, title: c.title, blocks: [{ type: 'rich', html: c.html } as Block] })),
  ].map((s) => ({ id: s.id, title: s.title, blocks: s.blocks }));
  const figures = blockSections(ps, locale, t);
  return {
    title: t('public.title', { authority: ps.authority }),
    adoption: t('public.adoption', {
      body: ps.adoption.body,
      date: day(ps.adoption.adoptedOn),
      reference: ps.adoption.reference,
      version: ps.adoption.versionName,
    }),
    published: t('public.published', { date: day(ps.publishedOn) }),
    figuresTitle: t('public.figures'),
    figuresIntro: t('public.figuresIntro', { date: day(ps.computedOn) }),
    sections,
    figures,
  };
}
