import { createTranslator } from 'next-intl';
import type fr from '@/messages/fr.json';
import { CATALOGUES } from '@/lib/message-catalogue';
import type { Locale } from '@/lib/i18n/config';
import { countryName } from '@/lib/geo';
import { plainText } from './rich-text';
import type { AdoptionMark, AxesData, BudgetData, CompetenciesData, DocumentSnapshot, SectionSnapshot, TerritoryData, ThreadData } from './types';
import { formatDay, formatMoment } from '@/lib/format/dates';

// One neutral model of what a section shows, built from a snapshot in a chosen language. The web
// pages (React), the print view and PDF (an HTML string), the DOCX and the version comparison
// (plain text) are thin renderers of these blocks, so they can never disagree.

export type Block =
  | { type: 'rich'; html: string; lang?: string }
  | { type: 'paragraph'; text: string }
  | { type: 'subheading'; text: string }
  | { type: 'list'; items: string[] }
  | { type: 'table'; caption: string; head: string[]; rows: string[][]; numeric: boolean[] }
  | { type: 'bars'; caption: string; items: { label: string; value: number; display: string }[]; max: number }
  | { type: 'empty'; text: string };

export type SectionView = { id: string; kind: SectionSnapshot['kind']; title: string; titleLang?: string; blocks: Block[] };

const makeTranslator = (locale: Locale) => createTranslator({ locale, messages: CATALOGUES[locale] as typeof fr });
const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();

/** A translator over every message of a language, for renderers that choose their language (one per process: its formatters are kept). */
export function translatorFor(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}

type T = ReturnType<typeof translatorFor>;

/** "Adopted on 12 March 2026 by the departmental assembly (deliberation CD-2026-03-14)", in a language. */
export function adoptionLine(adoption: AdoptionMark, locale: Locale) {
  const date = formatDay(locale, adoption.adoptedOn, 'long');
  return translatorFor(locale)('review.adoptedBanner', { date, body: adoption.body, reference: adoption.reference });
}

/** The document's title in a language. */
export function documentTitle(snapshot: Pick<DocumentSnapshot, 'workspaceName'>, locale: Locale) {
  return translatorFor(locale)('document.documentTitle', { workspace: snapshot.workspaceName });
}

/** A section's title: its own for a written section, the kind's name in the language otherwise. */
export function sectionTitle(section: Pick<SectionSnapshot, 'kind' | 'title'>, locale: Locale) {
  return section.title ?? translatorFor(locale)(`document.kinds.${section.kind}`);
}

function label(t: T, key: string, fallback: string): string {
  return t.has(key as never) ? t(key as never) : fallback;
}

function territoryBlocks(data: TerritoryData, locale: Locale, t: T): Block[] {
  const number = new Intl.NumberFormat(locale);
  const blocks: Block[] = [];
  const { actors, diagnostic } = data;
  if (actors.total === 0) {
    blocks.push({ type: 'empty', text: t('document.territory.noActors') });
  } else {
    const family = (key: string) => actors.byFamily.find((f) => f.key === key)?.n ?? 0;
    blocks.push({
      type: 'paragraph',
      text: t('document.territory.intro', {
        total: actors.total,
        internal: family('internal'),
        territorial: family('territorial'),
        national: family('national'),
        external: family('external'),
        countries: actors.byCountry.filter((c) => c.key !== 'FR').length,
      }),
    });
    const countries = actors.byCountry.slice(0, 8);
    if (countries.length) {
      const items = countries.map((c) => ({ label: countryName(c.key, locale), value: c.n, display: number.format(c.n) }));
      blocks.push({ type: 'bars', caption: t('document.territory.byCountry'), items, max: Math.max(...items.map((i) => i.value)) });
    }
    const countTable = (caption: string, rows: { label: string; n: number }[], head: string): Block => ({
      type: 'table',
      caption,
      head: [head, t('document.territory.count')],
      rows: rows.map((r) => [r.label, number.format(r.n)]),
      numeric: [false, true],
    });
    blocks.push(
      countTable(
        t('document.territory.byFamily'),
        actors.byFamily.map((f) => ({ label: label(t, `actors.families.${f.key}`, f.key), n: f.n })),
        t('document.territory.family'),
      ),
      countTable(
        t('document.territory.byCategory'),
        actors.byCategory.slice(0, 8).map((c) => ({ label: label(t, `actors.categories.${c.key}`, c.key), n: c.n })),
        t('document.territory.category'),
      ),
      countTable(
        t('document.territory.byCountry'),
        countries.map((c) => ({ label: countryName(c.key, locale), n: c.n })),
        t('document.territory.country'),
      ),
    );
    if (actors.byRelationType.length) {
      blocks.push(
        countTable(
          t('document.territory.byRelationType'),
          actors.byRelationType.map((r) => ({ label: label(t, `actors.relationTypes.${r.key}`, r.key), n: r.n })),
          t('document.territory.relationType'),
        ),
      );
    }
  }
  if (!diagnostic) {
    blocks.push({ type: 'empty', text: t('document.territory.noDiagnostic') });
    return blocks;
  }
  const date = formatDay(locale, diagnostic.heldOn, 'long');
  blocks.push({ type: 'subheading', text: t('document.territory.diagnosticTitle', { title: diagnostic.title, date }) });
  if (diagnostic.overall !== null) blocks.push({ type: 'paragraph', text: t('document.territory.overall', { score: diagnostic.overall }) });
  const scored = diagnostic.dimensions.filter((d) => d.score !== null);
  if (scored.length) {
    blocks.push({
      type: 'bars',
      caption: t('document.territory.dimensionScores'),
      items: scored.map((d) => ({ label: d.title[locale], value: d.score!, display: `${d.score} / 100` })),
      max: 100,
    });
  }
  blocks.push({
    type: 'table',
    caption: t('document.territory.dimensionScores'),
    head: [t('document.territory.dimension'), t('document.territory.score')],
    rows: diagnostic.dimensions.map((d) => [d.title[locale], d.score === null ? t('document.territory.noScore') : `${d.score} / 100`]),
    numeric: [false, true],
  });
  if (diagnostic.findings.length) {
    blocks.push({
      type: 'table',
      caption: t('document.territory.findings'),
      head: [t('document.territory.severity'), t('document.territory.finding')],
      rows: diagnostic.findings.map((f) => {
        const grade = f.kind === 'strength' ? 'strength' : f.severity;
        return [label(t, `diagnostic.severities.${grade}`, grade), f.finding[locale]];
      }),
      numeric: [false, false],
    });
  }
  return blocks;
}

function competenciesBlocks(data: CompetenciesData, locale: Locale, t: T): Block[] {
  if (data.totalActions === 0) return [{ type: 'empty', text: t('document.competencies.empty') }];
  const number = new Intl.NumberFormat(locale);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: t('document.competencies.intro', { total: data.totalActions, linked: data.totalActions - data.unlinked, unlinked: data.unlinked }),
    },
  ];
  const top = data.rows.slice(0, 8);
  if (top.length) {
    blocks.push({
      type: 'bars',
      caption: t('document.competencies.chart'),
      items: top.map((r) => ({ label: r.title[locale], value: r.total, display: number.format(r.total) })),
      max: Math.max(...top.map((r) => r.total)),
    });
  }
  const typeLabel = (type: string) => label(t, `externalActions.types.${type}`, type);
  const cell = (n: number | undefined) => (n ? number.format(n) : '–');
  blocks.push({
    type: 'table',
    caption: t('document.competencies.matrix'),
    head: [t('document.competencies.competency'), ...data.types.map(typeLabel), t('document.competencies.total')],
    rows: [
      ...data.rows.map((r) => [r.title[locale], ...data.types.map((type) => cell(r.byType[type])), number.format(r.total)]),
      [t('document.competencies.none'), ...data.types.map((type) => cell(data.unlinkedByType[type])), number.format(data.unlinked)],
    ],
    numeric: [false, ...data.types.map(() => true), true],
  });
  return blocks;
}

function budgetBlocks(data: BudgetData, locale: Locale, t: T): Block[] {
  if (data.total === 0 || data.years.length === 0) return [{ type: 'empty', text: t('document.budget.empty') }];
  const euros = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const money = (cents: number | undefined) => euros.format(Math.round((cents ?? 0) / 100));
  const years = data.years.map(String);
  const period = years.length > 1 ? `${years[0]}–${years.at(-1)}` : years[0]!;
  const table = (caption: string, head: string, rows: { label: string; byYear: Record<string, number>; total: number }[]): Block => ({
    type: 'table',
    caption,
    head: [head, ...years, t('document.budget.total')],
    rows: [
      ...rows.map((r) => [r.label, ...years.map((y) => money(r.byYear[y])), money(r.total)]),
      [t('document.budget.total'), ...years.map((y) => money(data.totalsByYear[y])), money(data.total)],
    ],
    numeric: [false, ...years.map(() => true), true],
  });
  return [
    { type: 'paragraph', text: t('document.budget.intro', { total: money(data.total), period }) },
    {
      type: 'bars',
      caption: t('document.budget.byYear'),
      items: years.map((y) => ({ label: y, value: data.totalsByYear[y] ?? 0, display: money(data.totalsByYear[y]) })),
      max: Math.max(...years.map((y) => data.totalsByYear[y] ?? 0)),
    },
    table(
      t('document.budget.bySource'),
      t('document.budget.source'),
      data.bySource.map((r) => ({ ...r, label: label(t, `externalActions.fundingSources.${r.key}`, r.key) })),
    ),
    table(
      t('document.budget.byDepartment'),
      t('document.budget.department'),
      data.byDepartment.map((r) => ({ ...r, label: r.name ?? t('document.budget.noDepartment') })),
    ),
  ];
}

function threadBlocks(data: ThreadData, t: T): Block[] {
  const { thread } = data;
  if (!thread) return [{ type: 'empty', text: t('document.thread.none') }];
  const blocks: Block[] = [
    { type: 'paragraph', text: t('document.thread.period', { start: thread.periodStart, end: thread.periodEnd }) },
    { type: 'subheading', text: t('document.thread.vision') },
    { type: 'paragraph', text: thread.vision },
    { type: 'subheading', text: t('document.thread.thread') },
    { type: 'paragraph', text: thread.thread },
  ];
  if (thread.principles.length) blocks.push({ type: 'subheading', text: t('document.thread.principles') }, { type: 'list', items: thread.principles });
  return blocks;
}

function axesBlocks(data: AxesData, locale: Locale, t: T): Block[] {
  if (!data.axes.length) return [{ type: 'empty', text: t('document.axes.none') }];
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const value = (v: number | null, unit: string | null) => (v === null ? '—' : `${number.format(v)}${unit ? ` ${unit}` : ''}`);
  return data.axes.flatMap((axis, index): Block[] => {
    const blocks: Block[] = [{ type: 'subheading', text: t('document.axes.axis', { n: index + 1, title: axis.title }) }];
    if (axis.objectives.length) blocks.push({ type: 'paragraph', text: t('document.axes.objectives') }, { type: 'list', items: axis.objectives });
    blocks.push(
      axis.actions.length
        ? {
            type: 'table',
            caption: t('document.axes.actions', { title: axis.title }),
            head: [t('document.axes.action')],
            rows: axis.actions.map((a) => [a]),
            numeric: [false],
          }
        : { type: 'empty', text: t('document.axes.noActions') },
    );
    if (axis.indicators.length) {
      blocks.push({
        type: 'table',
        caption: t('document.axes.indicators', { title: axis.title }),
        head: [t('document.axes.indicator'), t('document.axes.baseline'), t('document.axes.latest'), t('document.axes.target'), t('document.axes.targetDate')],
        rows: axis.indicators.map((i) => [i.name, value(i.baseline, i.unit), value(i.latest, i.unit), value(i.target, i.unit), i.targetDate ?? '—']),
        numeric: [false, true, true, true, false],
      });
    }
    return blocks;
  });
}

/** What a section shows, in a language. */
export function sectionView(section: SectionSnapshot, locale: Locale): SectionView {
  const t = translatorFor(locale);
  const base = { id: section.id, kind: section.kind, title: sectionTitle(section, locale) };
  if (section.kind === 'written') {
    const blocks: Block[] = plainText(section.content).trim()
      ? [{ type: 'rich', html: section.html, ...(section.lang && section.lang !== locale ? { lang: section.lang } : {}) }]
      : [{ type: 'empty', text: t('document.emptySection') }];
    // An export in another language says when a chapter stays in its original (issue 17).
    if (section.translation) blocks.unshift({ type: 'empty', text: t(`document.exportLanguage.${section.translation}`) });
    return { ...base, ...(section.titleLang && section.titleLang !== locale ? { titleLang: section.titleLang } : {}), blocks };
  }
  if (section.kind === 'territory') return { ...base, blocks: territoryBlocks(section.data, locale, t) };
  // Versions saved before the actions register existed keep their "pending" sections as they were.
  if (section.kind === 'competencies' && !('pending' in section.data)) return { ...base, blocks: competenciesBlocks(section.data, locale, t) };
  if (section.kind === 'budget' && !('pending' in section.data)) return { ...base, blocks: budgetBlocks(section.data, locale, t) };
  if (section.kind === 'thread' && !('pending' in section.data)) return { ...base, blocks: threadBlocks(section.data, t) };
  if (section.kind === 'axes' && !('pending' in section.data)) return { ...base, blocks: axesBlocks(section.data, locale, t) };
  return { ...base, blocks: [{ type: 'empty', text: t(`document.pending.${section.kind}`) }] };
}

/** Every section of a snapshot, in a language. */
export function documentView(snapshot: DocumentSnapshot, locale: Locale) {
  return { title: documentTitle(snapshot, locale), sections: snapshot.sections.map((s) => sectionView(s, locale)) };
}

/**
 * What an export of the whole document (print, .docx) starts from, in a language: a translator, the
 * document's view, long dates, and the line saying which version it is (or the live one, as of when).
 */
export function documentExport(snapshot: DocumentSnapshot, meta: { locale: Locale; versionName?: string | null }) {
  const { locale } = meta;
  const t = translatorFor(locale);
  const date = (d: Date) => formatMoment(locale, d, 'long');
  const taken = date(new Date(snapshot.takenAt));
  const state = meta.versionName ? t('document.print.versionOf', { name: meta.versionName, date: taken }) : t('document.print.current', { date: taken });
  return { t, view: documentView(snapshot, locale), date, state };
}

/** A section as plain text, block by block: what two versions compare. */
export function sectionText(section: SectionSnapshot, locale: Locale): string {
  if (section.kind === 'written') return section.text;
  return sectionView(section, locale)
    .blocks.map((block) => {
      switch (block.type) {
        case 'rich':
          return '';
        case 'table':
          return [block.caption, ...block.rows.map((r) => r.join(' : '))].join('\n');
        case 'bars':
          return [block.caption, ...block.items.map((i) => `${i.label} : ${i.display}`)].join('\n');
        case 'list':
          return block.items.join('\n');
        default:
          return block.text;
      }
    })
    .join('\n');
}
