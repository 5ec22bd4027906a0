/**
 * Finding rules: their shape and how they are evaluated. The rules themselves are data, beside the
 * questionnaire, in rule-catalogue.ts. A condition on a question that is not answered yet is false,
 * so a diagnostic in progress only gets findings for what has been said.
 */

import type { Locale } from '@/lib/i18n/config';
import { RULES } from './rule-catalogue';
import type { AnswerMap, AnswerValue } from './scoring';

export { RULES, RULES_VERSION } from './rule-catalogue';

type Text = Record<Locale, string>;

export const SEVERITIES = ['high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A weakness calls for action; a strength says what to keep and build on. */
export const RULE_KINDS = ['weakness', 'strength'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** Below this population an authority usually works without a team of its own (twinning committee, EPCI). */
export const SMALL_AUTHORITY_POPULATION = 10_000;

/** What rules may read besides the answers: the authority's size. */
export type RuleContext = { population?: number | null };

/** A test on one answer, or a combination of tests. */
export type Condition =
  | { q: string; atMost: number }
  | { q: string; atLeast: number }
  | { q: string; oneOf: readonly string[] }
  /** The answer is "not known" (a figure nobody can give). */
  | { q: string; unknown: true }
  /** The authority's size: `small` below SMALL_AUTHORITY_POPULATION; `large` otherwise or unknown. */
  | { population: 'small' | 'large' }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] };

export type Rule = {
  key: string;
  kind: RuleKind;
  dimension: string;
  /** For a strength, always `low`: strengths are listed after every weakness. */
  severity: Severity;
  when: Condition;
  finding: Text;
  recommendation: Text;
};

function isNumber(value: AnswerValue | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** True when the answers meet the condition; a test on an unanswered question is false. */
export function matches(condition: Condition, answers: AnswerMap, context: RuleContext = {}): boolean {
  if ('all' in condition) return condition.all.every((c) => matches(c, answers, context));
  if ('any' in condition) return condition.any.some((c) => matches(c, answers, context));
  if ('population' in condition) {
    const small = typeof context.population === 'number' && context.population < SMALL_AUTHORITY_POPULATION;
    return condition.population === 'small' ? small : !small;
  }
  const value = answers[condition.q];
  if ('unknown' in condition) return value === null;
  if ('atMost' in condition) return isNumber(value) && value <= condition.atMost;
  if ('atLeast' in condition) return isNumber(value) && value >= condition.atLeast;
  return typeof value === 'string' && condition.oneOf.includes(value);
}

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/**
 * The rules whose condition the answers meet: weaknesses most severe first, then strengths
 * (questionnaire order within). A rule that only reads the context fires only with an answer.
 */
export function evaluateRules(answers: AnswerMap, context: RuleContext = {}, rules: readonly Rule[] = RULES): Rule[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => matches(rule.when, answers, context))
    .sort(
      (a, b) =>
        Number(a.rule.kind === 'strength') - Number(b.rule.kind === 'strength') ||
        SEVERITY_ORDER[a.rule.severity] - SEVERITY_ORDER[b.rule.severity] ||
        a.index - b.index,
    )
    .map(({ rule }) => rule);
}

/** The weaknesses among findings: what calls for a follow-up. */
export function weaknessesOf(findings: readonly Rule[]): Rule[] {
  return findings.filter((rule) => rule.kind === 'weakness');
}

/** A rule by key, or undefined. */
export function findRule(key: string): Rule | undefined {
  return RULES.find((r) => r.key === key);
}

/** Every question key a condition reads, to check rules against the questionnaire. */
export function questionsOf(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(questionsOf);
  if ('any' in condition) return condition.any.flatMap(questionsOf);
  if ('population' in condition) return [];
  return [condition.q];
}
