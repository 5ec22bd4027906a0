import { describe, expect, it } from 'vitest';
import { findQuestion, getQuestionnaire } from './questionnaire';
import { RULES, evaluateRules, matches, questionsOf, type Condition } from './rules';
import type { AnswerMap } from './scoring';

/**
 * For every rule: answers on which it must fire, and answers (just across each boundary, or
 * unanswered) on which it must stay silent.
 */
const CASES: Record<string, { fires: AnswerMap[]; silent: AnswerMap[] }> = {
  no_common_thread: { fires: [{ 'vision.common_thread': 0 }, { 'vision.common_thread': 1 }], silent: [{ 'vision.common_thread': 2 }, {}] },
  no_written_strategy: { fires: [{ 'vision.written_strategy': 1 }], silent: [{ 'vision.written_strategy': 2 }, {}] },
  no_competency_link: { fires: [{ 'vision.competencies': 0 }], silent: [{ 'vision.competencies': 3 }, {}] },
  territory_unknown: { fires: [{ 'anchoring.territorial_census': 1 }], silent: [{ 'anchoring.territorial_census': 2 }, {}] },
  returns_unwritten: { fires: [{ 'anchoring.expected_returns': 0 }], silent: [{ 'anchoring.expected_returns': 2 }, {}] },
  returns_never_observed: {
    fires: [{ 'anchoring.expected_returns': 2, 'anchoring.observed_returns': 1 }, { 'anchoring.expected_returns': 4, 'anchoring.observed_returns': 0 }],
    silent: [
      { 'anchoring.expected_returns': 1, 'anchoring.observed_returns': 0 },
      { 'anchoring.expected_returns': 3, 'anchoring.observed_returns': 2 },
      { 'anchoring.expected_returns': 3 },
    ],
  },
  support_rests_on_executive: {
    fires: [{ 'political.chief_executive': 3, 'political.cross_cutting': 1 }, { 'political.chief_executive': 4, 'political.cross_cutting': 0 }],
    silent: [
      { 'political.chief_executive': 2, 'political.cross_cutting': 0 },
      { 'political.chief_executive': 4, 'political.cross_cutting': 2 },
      { 'political.chief_executive': 4 },
    ],
  },
  majority_change_risk: { fires: [{ 'political.majority_change': 1 }], silent: [{ 'political.majority_change': 2 }, {}] },
  funder_driven: { fires: [{ 'political.funder_independence': 0 }], silent: [{ 'political.funder_independence': 2 }, {}] },
  few_elected_involved: {
    fires: [{ 'political.elected_count': 0 }, { 'political.elected_count': 1 }],
    silent: [{ 'political.elected_count': 2 }, { 'political.elected_count': null }, {}],
  },
  no_dedicated_body: {
    fires: [{ 'body.position': 'none' }, { 'body.staff_fte': 0 }, { 'body.dedicated': 0 }],
    silent: [{ 'body.position': 'dgs_direct', 'body.staff_fte': 0.5, 'body.dedicated': 1 }, { 'body.staff_fte': null }, {}],
  },
  body_far_from_dgs: { fires: [{ 'body.position': 'two_levels' }], silent: [{ 'body.position': 'one_level' }, {}] },
  no_point_people: { fires: [{ 'mobilisation.point_people': 1 }], silent: [{ 'mobilisation.point_people': 2 }, {}] },
  one_off_expertise: { fires: [{ 'mobilisation.co_construction': 1 }], silent: [{ 'mobilisation.co_construction': 2 }, {}] },
  budget_not_consolidated: {
    fires: [{ 'mobilisation.consolidated_budget': null }],
    silent: [{ 'mobilisation.consolidated_budget': 0 }, { 'mobilisation.consolidated_budget': 250000 }, {}],
  },
  calls_without_home_criteria: {
    fires: [{ 'civil_society.calls_for_projects': 'no_home_criteria' }],
    silent: [{ 'civil_society.calls_for_projects': 'home_actions' }, { 'civil_society.calls_for_projects': 'awareness_only' }, {}],
  },
  calls_awareness_only: {
    fires: [{ 'civil_society.calls_for_projects': 'awareness_only' }],
    silent: [{ 'civil_society.calls_for_projects': 'no_call' }, { 'civil_society.calls_for_projects': 'no_home_criteria' }, {}],
  },
  network_not_led: { fires: [{ 'civil_society.network': 0 }], silent: [{ 'civil_society.network': 2 }, {}] },
  isolated_from_other_authorities: {
    fires: [{ 'coordination.information': 1, 'coordination.dialogue': 0 }],
    silent: [{ 'coordination.information': 2, 'coordination.dialogue': 0 }, { 'coordination.information': 0, 'coordination.dialogue': 2 }, { 'coordination.information': 0 }],
  },
  one_way_relations: { fires: [{ 'reciprocity.two_way': 1 }], silent: [{ 'reciprocity.two_way': 2 }, {}] },
  silent_communication: {
    fires: [{ 'communication.external': 1 }, { 'communication.internal': 0 }],
    silent: [{ 'communication.external': 2, 'communication.internal': 1 }, {}],
  },
  no_evaluation: { fires: [{ 'evaluation.practice': 0 }], silent: [{ 'evaluation.practice': 2 }, {}] },
};

const questionnaire = getQuestionnaire();

function leaves(condition: Condition): Condition[] {
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  return [condition];
}

describe('finding rules', () => {
  it('has a test case for every rule, and unique keys', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.key).sort());
    expect(new Set(RULES.map((r) => r.key)).size).toBe(RULES.length);
  });

  it('reads only questions, options and dimensions that exist, with texts in both languages', () => {
    for (const rule of RULES) {
      expect(questionnaire.dimensions.some((d) => d.key === rule.dimension), rule.key).toBe(true);
      for (const key of questionsOf(rule.when)) expect(findQuestion(questionnaire, key), `${rule.key}: ${key}`).toBeDefined();
      for (const leaf of leaves(rule.when)) {
        if (!('oneOf' in leaf)) continue;
        const { question } = findQuestion(questionnaire, leaf.q)!;
        const options = question.kind === 'choice' ? question.options.map((o) => o.value) : [];
        for (const value of leaf.oneOf) expect(options, `${rule.key}: ${value}`).toContain(value);
      }
      for (const text of [rule.finding, rule.recommendation]) {
        expect(text.fr.length).toBeGreaterThan(10);
        expect(text.en.length).toBeGreaterThan(10);
        expect(text.fr).not.toBe(text.en);
      }
    }
  });

  for (const rule of RULES) {
    it(`${rule.key} fires on its condition and not otherwise`, () => {
      const cases = CASES[rule.key]!;
      for (const answers of cases.fires) {
        expect(matches(rule.when, answers), JSON.stringify(answers)).toBe(true);
        expect(evaluateRules(answers).map((r) => r.key)).toContain(rule.key);
      }
      for (const answers of cases.silent) {
        expect(matches(rule.when, answers), JSON.stringify(answers)).toBe(false);
        expect(evaluateRules(answers).map((r) => r.key)).not.toContain(rule.key);
      }
    });
  }

  it('finds nothing before any answer, and lists findings most severe first', () => {
    expect(evaluateRules({})).toEqual([]);
    const found = evaluateRules({ 'body.position': 'two_levels', 'reciprocity.two_way': 0, 'vision.common_thread': 0 });
    expect(found.map((r) => [r.key, r.severity])).toEqual([
      ['no_common_thread', 'high'],
      ['one_way_relations', 'medium'],
      ['body_far_from_dgs', 'low'],
    ]);
  });
});
