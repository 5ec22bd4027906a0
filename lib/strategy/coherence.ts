/**
 * The coherence checks: what still makes the international work a juxtaposition rather than a
 * thread. Each check is a pure function over facts loaded by lib/strategy/queries.ts (a few
 * grouped queries), returns the items concerned, and says where each is fixed. A check with
 * nothing to look at (no action, no axis…) is "not applicable", never passed; one with things to
 * look at passes when none of them is an item to fix. The coherence figure counts points, not only
 * checks: each applicable check contributes its weight times the share of its points in order, so
 * fixing one point moves the figure (issue 17, point 4). Without an axis there is no thread to be
 * coherent with, and no figure yet. docs/decisions/0016-home-journey-and-truthful-figures.md.
 */

/** Where an item is fixed, relative to the workspace (`/<slug>` is prefixed by the page). */
export type CheckItem = { id: string; label: string; href: string; detail?: string | number };

export const CHECK_KEYS = [
  'actionsOnNoAxis',
  'axesWithoutAction',
  'axesWithoutIndicator',
  'actionsWithoutCompetency',
  'returnsNeverObserved',
  'departmentsNeverMobilised',
  'oneWayPartners',
  'recommendationsNotTakenUp',
  'indicatorsOverdue',
] as const;
export type CheckKey = (typeof CHECK_KEYS)[number];

/**
 * Weights of the checks in the coherence figure. Placing every action on the thread is the heart
 * of the method (3); the links that give an axis substance and tie actions to the territory —
 * actions, indicators, competencies, observed returns, reciprocity — count double (2); the signals
 * of mobilisation and follow-up (departments, diagnostic recommendations, late indicators) count
 * once (1). Total 16.
 */
export const CHECK_WEIGHTS: Record<CheckKey, number> = {
  actionsOnNoAxis: 3,
  axesWithoutAction: 2,
  axesWithoutIndicator: 2,
  actionsWithoutCompetency: 2,
  returnsNeverObserved: 2,
  departmentsNeverMobilised: 1,
  oneWayPartners: 2,
  recommendationsNotTakenUp: 1,
  indicatorsOverdue: 1,
};

export type CoherenceFacts = {
  actions: {
    id: string;
    title: string;
    status: string;
    axisId: string | null;
    outsideReason: string | null;
    competencyCount: number;
    /** Expected returns of the action that no observed return answers. */
    unobservedExpected: number;
  }[];
  axes: { id: string; title: string; actionCount: number; indicatorCount: number }[];
  departments: { id: string; name: string; actionCount: number }[];
  /**
   * Partners (external actors) of at least one action, with how many of their actions expect a
   * return for the territory, and foreign authorities with a partnership, with how many returns
   * its partner side records (expected or observed, issue 21 point 3).
   */
  partners: {
    id: string;
    name: string;
    actionCount: number;
    territoryReturnActions: number;
    partnershipId?: string | null;
    partnerReturns?: number;
  }[];
  /** Findings of the latest completed diagnostic and whether a follow-up item carries each into the strategy. */
  recommendations: { ruleKey: string; label: string; diagnosticId: string; takenUp: boolean }[];
  indicators: { id: string; name: string; overdue: boolean; dueOn: string }[];
};

/** A check's state: nothing to check, every point in order, or points to fix. */
export type CheckStatus = 'na' | 'passed' | 'failed';

export type CheckResult = {
  key: CheckKey;
  weight: number;
  /** How many points the check looked at (actions, axes, departments…): 0 means not applicable. */
  checked: number;
  /** How many of them are to fix (the items). */
  count: number;
  status: CheckStatus;
  /** True only when there was something to check and nothing is to fix. */
  passed: boolean;
  items: CheckItem[];
};

/** How many points each check looks at: the population its items are drawn from. */
const CHECKED: Record<CheckKey, (f: CoherenceFacts) => number> = {
  actionsOnNoAxis: (f) => f.actions.length,
  axesWithoutAction: (f) => f.axes.length,
  axesWithoutIndicator: (f) => f.axes.length,
  actionsWithoutCompetency: (f) => f.actions.length,
  returnsNeverObserved: (f) => f.actions.filter((a) => a.status === 'finished').length,
  departmentsNeverMobilised: (f) => f.departments.length,
  oneWayPartners: (f) => f.partners.filter((p) => p.actionCount > 0 || p.partnershipId).length,
  recommendationsNotTakenUp: (f) => f.recommendations.length,
  indicatorsOverdue: (f) => f.indicators.length,
};

/** Actions neither placed on an axis nor explicitly set outside the thread with a reason. */
export function actionsOnNoAxis(f: CoherenceFacts): CheckItem[] {
  return f.actions.filter((a) => !a.axisId && !a.outsideReason).map((a) => ({ id: a.id, label: a.title, href: `/strategy/placements#action-${a.id}` }));
}

/** Axes no action is placed on: an objective with no means. */
export function axesWithoutAction(f: CoherenceFacts): CheckItem[] {
  return f.axes.filter((x) => x.actionCount === 0).map((x) => ({ id: x.id, label: x.title, href: '/strategy/placements' }));
}

/** Axes with no indicator: nobody could tell whether they progress. */
export function axesWithoutIndicator(f: CoherenceFacts): CheckItem[] {
  return f.axes.filter((x) => x.indicatorCount === 0).map((x) => ({ id: x.id, label: x.title, href: `/strategy/axes/${x.id}#indicators` }));
}

/** Actions linked to none of the authority's competencies. */
export function actionsWithoutCompetency(f: CoherenceFacts): CheckItem[] {
  return f.actions.filter((a) => a.competencyCount === 0).map((a) => ({ id: a.id, label: a.title, href: `/actions/${a.id}/edit` }));
}

/** Finished actions with expected returns that were never observed (the detail is how many). */
export function returnsNeverObserved(f: CoherenceFacts): CheckItem[] {
  return f.actions
    .filter((a) => a.status === 'finished' && a.unobservedExpected > 0)
    .map((a) => ({ id: a.id, label: a.title, href: `/actions/${a.id}`, detail: a.unobservedExpected }));
}

/** Departments that take part in no action. */
export function departmentsNeverMobilised(f: CoherenceFacts): CheckItem[] {
  return f.departments.filter((d) => d.actionCount === 0).map((d) => ({ id: d.id, label: d.name, href: `/actions/departments/${d.id}` }));
}

/**
 * One-way relations: partners none of whose actions expects anything for the territory, and
 * partnerships whose partner side records no return it expects or has observed (the partner's
 * voice is missing). The first is fixed in the actions (the detail is how many), the second in
 * the partnership's reciprocity.
 */
export function oneWayPartners(f: CoherenceFacts): CheckItem[] {
  return f.partners.flatMap((p): CheckItem[] => {
    if (p.actionCount > 0 && p.territoryReturnActions === 0) return [{ id: p.id, label: p.name, href: `/actions?partner=${p.id}`, detail: p.actionCount }];
    if (p.partnershipId && !p.partnerReturns) return [{ id: p.id, label: p.name, href: `/partnerships/${p.partnershipId}#reciprocity-title` }];
    return [];
  });
}

/** Recommendations of the latest completed diagnostic that no follow-up item carries onto an axis. */
export function recommendationsNotTakenUp(f: CoherenceFacts): CheckItem[] {
  return f.recommendations.filter((r) => !r.takenUp).map((r) => ({ id: r.ruleKey, label: r.label, href: `/diagnostic/${r.diagnosticId}/results` }));
}

/** Indicators whose owner is late with an update (the detail is the day it was due). */
export function indicatorsOverdue(f: CoherenceFacts): CheckItem[] {
  return f.indicators.filter((i) => i.overdue).map((i) => ({ id: i.id, label: i.name, href: `/strategy/indicators/${i.id}`, detail: i.dueOn }));
}

const CHECKS: Record<CheckKey, (f: CoherenceFacts) => CheckItem[]> = {
  actionsOnNoAxis,
  axesWithoutAction,
  axesWithoutIndicator,
  actionsWithoutCompetency,
  returnsNeverObserved,
  departmentsNeverMobilised,
  oneWayPartners,
  recommendationsNotTakenUp,
  indicatorsOverdue,
};

/** Every check on the same facts, in a fixed order. */
export function runChecks(f: CoherenceFacts): CheckResult[] {
  return CHECK_KEYS.map((key) => {
    const items = CHECKS[key](f);
    const checked = Math.max(CHECKED[key](f), items.length);
    const status: CheckStatus = checked === 0 ? 'na' : items.length === 0 ? 'passed' : 'failed';
    return { key, weight: CHECK_WEIGHTS[key], checked, count: items.length, status, passed: status === 'passed', items };
  });
}

export type CoherenceFigure = {
  /** 0–100, rounded; null while there is no axis or nothing to check. */
  score: number | null;
  /** Checks passed, failed and not applicable (they add up to `total`). */
  passed: number;
  failed: number;
  notApplicable: number;
  total: number;
  /** Points looked at and points to fix, over the applicable checks. */
  points: { checked: number; toFix: number };
};

/**
 * The coherence figure: over the applicable checks, the weighted mean of the share of each
 * check's points that are in order, 0–100, rounded. Not-applicable checks weigh nothing; without
 * an axis (the thread has no shape yet) or with nothing to check, there is no figure.
 */
export function coherenceFigure(results: readonly CheckResult[]): CoherenceFigure {
  const applicable = results.filter((r) => r.status !== 'na');
  const weight = applicable.reduce((s, r) => s + r.weight, 0);
  const inOrder = applicable.reduce((s, r) => s + r.weight * ((r.checked - r.count) / r.checked), 0);
  const hasAxis = results.some((r) => r.key === 'axesWithoutAction' && r.status !== 'na');
  return {
    score: weight === 0 || !hasAxis ? null : Math.round((inOrder / weight) * 100),
    passed: results.filter((r) => r.status === 'passed').length,
    failed: results.filter((r) => r.status === 'failed').length,
    notApplicable: results.length - applicable.length,
    total: results.length,
    points: { checked: applicable.reduce((s, r) => s + r.checked, 0), toFix: applicable.reduce((s, r) => s + r.count, 0) },
  };
}

/** A point to fix, with the check it belongs to. */
export type FixFirst = CheckItem & { key: CheckKey };

/**
 * The points to fix first, at most `limit`: one point of each failing check, the checks taken in
 * the order of what a fix gains (the check's weight divided by how many points it looks at, the
 * checks' own order on ties), then a second point of each, and so on — so that three different
 * things are named when three checks fail.
 */
export function fixFirst(results: readonly CheckResult[], limit = 3): FixFirst[] {
  const gain = (r: CheckResult) => r.weight / r.checked;
  const failing = results
    .map((r, order) => ({ r, order }))
    .filter(({ r }) => r.status === 'failed')
    .sort((a, b) => gain(b.r) - gain(a.r) || a.order - b.order)
    .map(({ r }) => r);
  const out: FixFirst[] = [];
  for (let round = 0; out.length < limit && failing.some((r) => r.items.length > round); round++) {
    for (const r of failing) {
      const item = r.items[round];
      if (item && out.length < limit) out.push({ ...item, key: r.key });
    }
  }
  return out;
}
