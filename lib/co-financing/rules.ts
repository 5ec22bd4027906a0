import type { CoFinancingRuleKey, FunderKind, InstalmentCondition } from '@/db/enums/co-financing';
import { CO_FINANCING_RULE_KEYS } from '@/db/enums/co-financing';
import { inKindCents, shareBasisPoints } from './money';

// The call rules as a pure function: a plan (one action, one year) and the workspace's rules in,
// one verdict per rule out. A plan that breaks a rule is saved as typed and flagged here; nothing
// is ever corrected (issue 20, "Rules and bad input").

export type Rule = { key: CoFinancingRuleKey; percent: number; sourceText: string; sourceUrl: string | null };
export type RuleSet = Record<CoFinancingRuleKey, Rule>;

const MINISTRY_GUIDE = 'Ministère de l’Europe et des Affaires étrangères, DAECT — règlement des appels à projets de soutien à la coopération décentralisée';
const MINISTRY_URL = 'https://www.diplomatie.gouv.fr/fr/politique-etrangere-de-la-france/action-exterieure-des-collectivites-territoriales/';

/** The rules a workspace starts with; an admin edits their thresholds and sources (settings). */
export const DEFAULT_RULES: RuleSet = {
  ministry_max_ldc: { key: 'ministry_max_ldc', percent: 90, sourceText: `${MINISTRY_GUIDE} : pays les moins avancés`, sourceUrl: MINISTRY_URL },
  ministry_max_other: { key: 'ministry_max_other', percent: 70, sourceText: `${MINISTRY_GUIDE} : autres pays`, sourceUrl: MINISTRY_URL },
  authority_min_share: { key: 'authority_min_share', percent: 10, sourceText: `${MINISTRY_GUIDE} : apport propre de la collectivité`, sourceUrl: MINISTRY_URL },
  in_kind_max_of_authority: {
    key: 'in_kind_max_of_authority',
    percent: 50,
    sourceText: `${MINISTRY_GUIDE} : valorisation du temps de travail`,
    sourceUrl: MINISTRY_URL,
  },
  final_instalment_min: { key: 'final_instalment_min', percent: 20, sourceText: `${MINISTRY_GUIDE} : solde après rapport final`, sourceUrl: MINISTRY_URL },
};

/** The workspace's stored rules over the defaults. */
export function ruleSetOf(rows: readonly Rule[]): RuleSet {
  const set = { ...DEFAULT_RULES };
  for (const r of rows) if ((CO_FINANCING_RULE_KEYS as readonly string[]).includes(r.key)) set[r.key] = r;
  return set;
}

export type PlanLine = {
  funderKind: FunderKind;
  askedCents: number;
  grantedCents: number | null;
  staffDays: number;
  staffDailyCostCents: number;
  instalments: readonly { amountCents: number; condition: InstalmentCondition }[];
};

export type RuleStatus = 'met' | 'broken' | 'not_applicable';
/** One verdict: the rule (with its source), the share found in basis points and the threshold. */
export type RuleCheck = { rule: Rule; status: RuleStatus; actualBasisPoints: number | null };

/** The cash a line counts for: what was granted once decided, what was asked before. */
export const lineCashCents = (l: Pick<PlanLine, 'askedCents' | 'grantedCents'>) => l.grantedCents ?? l.askedCents;
export const lineTotalCents = (l: Pick<PlanLine, 'askedCents' | 'grantedCents' | 'staffDays' | 'staffDailyCostCents'>) =>
  lineCashCents(l) + inKindCents(l.staffDays, l.staffDailyCostCents);

export type PlanTotals = { totalCents: number; ministryCents: number; authorityCents: number; inKindCents: number };

/** The sums the rules compare, all integer cents. Staff time counts in the project and in the authority's share. */
export function planTotals(lines: readonly PlanLine[]): PlanTotals {
  let totalCents = 0;
  let ministryCents = 0;
  let authorityCents = 0;
  let inKind = 0;
  for (const l of lines) {
    const total = lineTotalCents(l);
    totalCents += total;
    if (l.funderKind === 'ministry_call') ministryCents += total;
    if (l.funderKind === 'own') {
      authorityCents += total;
      inKind += inKindCents(l.staffDays, l.staffDailyCostCents);
    }
  }
  return { totalCents, ministryCents, authorityCents, inKindCents: inKind };
}

/** part ≤ percent % of whole, in integers. */
const atMost = (part: number, whole: number, percent: number) => part * 100 <= whole * percent;
const atLeast = (part: number, whole: number, percent: number) => part * 100 >= whole * percent;

/**
 * Checks one year's plan of one action against the rules. `withLdc`: the action concerns a least
 * developed country (lib/co-financing/ldc.ts), so the ministry's ceiling is the LDC one.
 * Rules about the ministry apply only when a ministry call funds the plan.
 */
export function checkPlan(lines: readonly PlanLine[], rules: RuleSet, withLdc: boolean): RuleCheck[] {
  const t = planTotals(lines);
  const ministryLines = lines.filter((l) => l.funderKind === 'ministry_call');
  const hasMinistry = ministryLines.length > 0;
  const ceiling = withLdc ? rules.ministry_max_ldc : rules.ministry_max_other;
  const checks: RuleCheck[] = [];
  const verdict = (rule: Rule, applies: boolean, ok: boolean, actual: number | null): RuleCheck => ({
    rule,
    status: !applies ? 'not_applicable' : ok ? 'met' : 'broken',
    actualBasisPoints: applies ? actual : null,
  });
  checks.push(
    verdict(ceiling, hasMinistry && t.totalCents > 0, atMost(t.ministryCents, t.totalCents, ceiling.percent), shareBasisPoints(t.ministryCents, t.totalCents)),
  );
  const own = rules.authority_min_share;
  checks.push(verdict(own, t.totalCents > 0, atLeast(t.authorityCents, t.totalCents, own.percent), shareBasisPoints(t.authorityCents, t.totalCents)));
  const inKind = rules.in_kind_max_of_authority;
  checks.push(verdict(inKind, t.inKindCents > 0, atMost(t.inKindCents, t.authorityCents, inKind.percent), shareBasisPoints(t.inKindCents, t.authorityCents)));
  // The last part of each ministry grant waits for the final report: its instalments on that condition.
  const final = rules.final_instalment_min;
  const granted = ministryLines.filter((l) => (l.grantedCents ?? 0) > 0);
  let worst: number | null = null;
  let ok = true;
  for (const l of granted) {
    const held = l.instalments.filter((i) => i.condition === 'final_report').reduce((s, i) => s + i.amountCents, 0);
    if (!atLeast(held, l.grantedCents!, final.percent)) ok = false;
    const share = shareBasisPoints(held, l.grantedCents!);
    worst = worst === null ? share : Math.min(worst, share);
  }
  checks.push(verdict(final, granted.length > 0, ok, worst));
  return checks;
}

/** True when some rule of the plan is broken. */
export const isFlagged = (checks: readonly RuleCheck[]) => checks.some((c) => c.status === 'broken');
