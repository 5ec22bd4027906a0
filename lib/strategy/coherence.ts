/**
 * The coherence checks: what still makes the international work a juxtaposition rather than a
 * thread. Each check is a pure function over facts loaded by lib/strategy/queries.ts (a few
 * grouped queries), returns the items concerned, and says where each is fixed. A check passes when
 * it has no item. The coherence figure is the weighted share of checks passed.
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
  /** Partners (external actors) of at least one action, with how many of their actions expect a return for the territory. */
  partners: { id: string; name: string; actionCount: number; territoryReturnActions: number }[];
  /** Findings of the latest completed diagnostic and whether a follow-up item carries each into the strategy. */
  recommendations: { ruleKey: string; label: string; diagnosticId: string; takenUp: boolean }[];
  indicators: { id: string; name: string; overdue: boolean; dueOn: string }[];
};

export type CheckResult = { key: CheckKey; weight: number; count: number; passed: boolean; items: CheckItem[] };

/** Actions neither placed on an axis nor explicitly set outside the thread with a reason. */
export function actionsOnNoAxis(f: CoherenceFacts): CheckItem[] {
  return f.actions
    .filter((a) => !a.axisId && !a.outsideReason)
    .map((a) => ({ id: a.id, label: a.title, href: `/strategy/placements#action-${a.id}` }));
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

/** Partners none of whose actions expects anything for the territory: a one-way relation. */
export function oneWayPartners(f: CoherenceFacts): CheckItem[] {
  return f.partners
    .filter((p) => p.actionCount > 0 && p.territoryReturnActions === 0)
    .map((p) => ({ id: p.id, label: p.name, href: `/actions?partner=${p.id}`, detail: p.actionCount }));
}

/** Recommendations of the latest completed diagnostic that no follow-up item carries onto an axis. */
export function recommendationsNotTakenUp(f: CoherenceFacts): CheckItem[] {
  return f.recommendations
    .filter((r) => !r.takenUp)
    .map((r) => ({ id: r.ruleKey, label: r.label, href: `/diagnostic/${r.diagnosticId}/results` }));
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
    return { key, weight: CHECK_WEIGHTS[key], count: items.length, passed: items.length === 0, items };
  });
}

/** The coherence figure: weighted share of checks passed, 0–100, rounded. */
export function coherenceFigure(results: readonly CheckResult[]): { score: number; passed: number; total: number } {
  const total = results.reduce((s, r) => s + r.weight, 0);
  const passedWeight = results.filter((r) => r.passed).reduce((s, r) => s + r.weight, 0);
  return { score: total === 0 ? 100 : Math.round((passedWeight / total) * 100), passed: results.filter((r) => r.passed).length, total: results.length };
}
