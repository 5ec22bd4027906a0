import type { DocumentSnapshot } from '@/lib/strategy-document/types';
import { richTextToHtml } from '@/lib/strategy-document/rich-text';
import { PUBLIC_BLOCKS, type DashboardAggregates, type PublicBlock } from '@/lib/dashboard/types';
import { pickFields } from '@/lib/pick-fields';

/**
 * What the public may read of an adopted strategy. Built field by field from an explicit
 * allow-list (below), never by hiding fields in a template: nothing personal (contact persons,
 * emails, phones, members' names, assignees, authors, reviewers) and no comment can reach it.
 */
export type PublicStrategy = {
  authority: string;
  slug: string;
  adoption: { versionName: string; adoptedOn: string; body: string; reference: string };
  publishedOn: string;
  thread: { periodStart: number; periodEnd: number; vision: string; thread: string; principles: string[] } | null;
  axes: {
    title: string;
    objectives: string[];
    actions: string[];
    indicators: { name: string; unit: string | null; baseline: number | null; target: number | null; targetDate: string | null; latest: number | null }[];
  }[];
  /** The document's written chapters, as safe HTML rebuilt from their content. */
  chapters: { title: string; html: string }[];
  blocks: Partial<Pick<DashboardAggregates, PublicBlock>>;
  computedOn: string;
};

export type PublicationSource = {
  authority: string;
  slug: string;
  versionName: string;
  adoptedOn: string;
  body: string;
  reference: string;
  publishedAt: Date;
  blocks: readonly string[];
  chapters: boolean;
  aggregates: DashboardAggregates;
  snapshot: DocumentSnapshot;
};

const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** The public blocks, each rebuilt from its allowed fields only. */
function projectBlocks(a: DashboardAggregates, chosen: readonly string[]): PublicStrategy['blocks'] {
  const out: PublicStrategy['blocks'] = {};
  const want = (b: PublicBlock) => chosen.includes(b);
  for (const block of PUBLIC_BLOCKS.filter(want)) {
    switch (block) {
      case 'maturity':
        out.maturity = a.maturity && {
          latest: { id: '', title: str(a.maturity.latest.title), heldOn: str(a.maturity.latest.heldOn), overall: num(a.maturity.latest.overall) },
          previous: a.maturity.previous && {
            id: '',
            title: str(a.maturity.previous.title),
            heldOn: str(a.maturity.previous.heldOn),
            overall: num(a.maturity.previous.overall),
          },
          dimensions: a.maturity.dimensions.map((d) => ({
            key: str(d.key),
            title: { fr: str(d.title.fr), en: str(d.title.en) },
            score: num(d.score),
            before: num(d.before),
          })),
        };
        break;
      case 'map':
        out.map = {
          countries: a.map.countries.map((c) => ({ country: str(c.country), total: num(c.total) ?? 0, partners: num(c.partners) ?? 0 })),
          totals: { actors: num(a.map.totals.actors) ?? 0, partners: num(a.map.totals.partners) ?? 0, countries: num(a.map.totals.countries) ?? 0 },
        };
        break;
      case 'actionsByAxis':
        out.actionsByAxis = {
          statuses: [...a.actionsByAxis.statuses],
          rows: a.actionsByAxis.rows.map((r) => ({
            key: str(r.key),
            title: r.title === null ? null : str(r.title),
            byStatus: { ...r.byStatus },
            total: num(r.total) ?? 0,
          })),
          total: num(a.actionsByAxis.total) ?? 0,
        };
        break;
      case 'budget':
        out.budget = {
          sources: strs(a.budget.sources),
          years: a.budget.years.filter((y) => typeof y === 'number'),
          rows: a.budget.rows.map((r) => ({
            key: str(r.key),
            title: r.title === null ? null : str(r.title),
            bySource: { ...r.bySource },
            total: num(r.total) ?? 0,
          })),
          totalsBySource: { ...a.budget.totalsBySource },
          total: num(a.budget.total) ?? 0,
        };
        break;
      case 'returns': {
        const totals = (g: DashboardAggregates['returns']['overall']) => pickFields(g, ['expected', 'met', 'share', 'observed', 'answering', 'unexpected']);
        out.returns = {
          overall: totals(a.returns.overall),
          territory: totals(a.returns.territory),
          administration: totals(a.returns.administration),
          actions: { total: a.returns.actions.total, withExpected: a.returns.actions.withExpected, withObserved: a.returns.actions.withObserved },
        };
        break;
      }
      case 'coherence':
        out.coherence = {
          score: a.coherence.score,
          passed: a.coherence.passed,
          total: a.coherence.total,
          trend: a.coherence.trend.map((p) => ({ day: str(p.day), score: p.score })),
          failing: a.coherence.failing.map((f) => ({ key: f.key, count: f.count })),
        };
        break;
      case 'overdue':
        out.overdue = {
          total: a.overdue.total,
          items: a.overdue.items.map((i, n) => ({ id: String(n), name: str(i.name), dueOn: str(i.dueOn) })),
          ...(a.overdue.statusByAxis
            ? {
                statusByAxis: a.overdue.statusByAxis.map((r) => ({
                  axisTitle: r.axisTitle === null ? null : str(r.axisTitle),
                  ...pickFields(r, ['on_track', 'at_risk', 'off_track', 'none']),
                })),
              }
            : {}),
        };
        break;
    }
  }
  return out;
}

/**
 * Maps an adopted version's snapshot and the frozen dashboard figures to what the public page and
 * its PDF show. Pure: the tests run it on the demo workspace and search its output for every
 * personal field of the demo data.
 */
export function projectPublicStrategy(source: PublicationSource): PublicStrategy {
  let thread: PublicStrategy['thread'] = null;
  let axes: PublicStrategy['axes'] = [];
  const chapters: PublicStrategy['chapters'] = [];
  for (const section of source.snapshot.sections) {
    if (section.kind === 'thread' && !('pending' in section.data) && section.data.thread) {
      const t = section.data.thread;
      thread = { periodStart: t.periodStart, periodEnd: t.periodEnd, vision: str(t.vision), thread: str(t.thread), principles: strs(t.principles) };
    } else if (section.kind === 'axes' && !('pending' in section.data)) {
      axes = section.data.axes.map((axis) => ({
        title: str(axis.title),
        objectives: strs(axis.objectives),
        actions: strs(axis.actions),
        indicators: axis.indicators.map((i) => ({
          name: str(i.name),
          unit: i.unit === null ? null : str(i.unit),
          baseline: num(i.baseline),
          target: num(i.target),
          targetDate: i.targetDate === null ? null : str(i.targetDate),
          latest: num(i.latest),
        })),
      }));
    } else if (section.kind === 'written' && source.chapters) {
      // Rebuilt from the content (escaped, the editor's own tags only); the assignee is not read.
      const html = richTextToHtml(section.content);
      if (html.replace(/<[^>]*>/g, '').trim()) chapters.push({ title: str(section.title), html });
    }
  }
  return {
    authority: source.authority,
    slug: source.slug,
    adoption: { versionName: source.versionName, adoptedOn: source.adoptedOn, body: source.body, reference: source.reference },
    publishedOn: source.publishedAt.toISOString().slice(0, 10),
    thread,
    axes,
    chapters,
    blocks: projectBlocks(source.aggregates, source.blocks),
    computedOn: source.aggregates.computedOn,
  };
}
