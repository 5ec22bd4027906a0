import { describe, expect, it } from 'vitest';
import { findQuestion, getQuestionnaire } from './questionnaire';
import { RULES, evaluateRules, matches, questionsOf, weaknessesOf, type Condition, type RuleContext } from './rules';
import type { AnswerMap } from './scoring';

/** A strength on two questions fires from 3 on the first and 4 on the second; silent just under either, or with the second unanswered. */
const strengthCases = (first: string, second: string) => ({
  fires: [{ [first]: 3, [second]: 4 }],
  silent: [{ [first]: 2, [second]: 4 }, { [first]: 4, [second]: 2 }, { [first]: 4 }],
});

/** A weakness on one question fires at 0 and 1; silent from 2, or unanswered. */
const weaknessCases = (question: string) => ({
  fires: [{ [question]: 0 }, { [question]: 1 }],
  silent: [{ [question]: 2 }, {}],
});

/**
 * A weakness on the first question at `from` or more while the second is at 1 or less: silent with
 * the first just under `from`, the second at 2, or the second unanswered.
 */
const highThenLowCases = (first: string, from: number, second: string) => ({
  fires: [
    { [first]: from, [second]: 1 },
    { [first]: 4, [second]: 0 },
  ],
  silent: [{ [first]: from - 1, [second]: 0 }, { [first]: from + 1, [second]: 2 }, { [first]: from + 1 }],
});

/**
 * For every rule: answers on which it must fire, and answers (just across each boundary, or
 * unanswered) on which it must stay silent.
 */
const CASES: Record<string, { fires: AnswerMap[]; silent: AnswerMap[]; context?: RuleContext }> = {
  no_common_thread: weaknessCases('vision.common_thread'),
  no_written_strategy: { fires: [{ 'vision.written_strategy': 1 }], silent: [{ 'vision.written_strategy': 2 }, {}] },
  no_competency_link: { fires: [{ 'vision.competencies': 0 }], silent: [{ 'vision.competencies': 3 }, {}] },
  territory_unknown: { fires: [{ 'anchoring.territorial_census': 1 }], silent: [{ 'anchoring.territorial_census': 2 }, {}] },
  returns_unwritten: { fires: [{ 'anchoring.expected_returns': 0 }], silent: [{ 'anchoring.expected_returns': 2 }, {}] },
  returns_never_observed: highThenLowCases('anchoring.expected_returns', 2, 'anchoring.observed_returns'),
  support_rests_on_executive: highThenLowCases('political.chief_executive', 3, 'political.cross_cutting'),
  majority_change_risk: { fires: [{ 'political.majority_change': 1 }], silent: [{ 'political.majority_change': 2 }, {}] },
  funder_driven: { fires: [{ 'political.funder_independence': 0 }], silent: [{ 'political.funder_independence': 2 }, {}] },
  few_elected_involved: {
    fires: [{ 'political.elected_count': 0 }, { 'political.elected_count': 1 }],
    silent: [{ 'political.elected_count': 2 }, { 'political.elected_count': null }, {}],
  },
  no_dedicated_body: {
    fires: [{ 'body.position': 'none' }, { 'body.staff_fte': 0 }, { 'body.dedicated': 0 }],
    silent: [{ 'body.position': 'dgs_direct', 'body.staff_fte': 0.5, 'body.dedicated': 1 }, { 'body.staff_fte': null }, {}],
    context: { population: 10_000 },
  },
  // A small commune works through its twinning committee or its intermunicipal body: a low finding.
  no_dedicated_body_small: {
    fires: [{ 'body.position': 'none' }, { 'body.dedicated': 0 }],
    silent: [{ 'body.position': 'dgs_direct', 'body.dedicated': 1 }, {}],
    context: { population: 9_999 },
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
    silent: [
      { 'coordination.information': 2, 'coordination.dialogue': 0 },
      { 'coordination.information': 0, 'coordination.dialogue': 2 },
      { 'coordination.information': 0 },
    ],
  },
  one_way_relations: { fires: [{ 'reciprocity.two_way': 1 }], silent: [{ 'reciprocity.two_way': 2 }, {}] },
  silent_communication: {
    fires: [{ 'communication.external': 1 }, { 'communication.internal': 0 }],
    silent: [{ 'communication.external': 2, 'communication.internal': 1 }, {}],
  },
  no_evaluation: { fires: [{ 'evaluation.practice': 0 }], silent: [{ 'evaluation.practice': 2 }, {}] },
  international_apart_from_project: weaknessCases('vision.territorial_project'),
  rationales_apart: weaknessCases('vision.rationales'),
  administration_returns_ignored: weaknessCases('anchoring.administration_returns'),
  returns_opposed: weaknessCases('anchoring.integrated_returns'),
  executive_not_supporting: weaknessCases('political.chief_executive'),
  no_real_delegation: weaknessCases('political.elected_in_charge'),
  body_works_alone: weaknessCases('body.cross_cutting_method'),
  delegation_without_control: weaknessCases('body.delegation_control'),
  participation_unrecognised: weaknessCases('mobilisation.formal_mandates'),
  seen_as_a_cost: weaknessCases('mobilisation.perception'),
  project_leaders_unsupported: weaknessCases('civil_society.project_support'),
  same_few_actors: weaknessCases('civil_society.diversity'),
  actors_not_consulted: weaknessCases('civil_society.strategy_role'),
  no_pooling: weaknessCases('coordination.pooling'),
  visibility_blocks: weaknessCases('coordination.visibility_tensions'),
  objectives_set_alone: weaknessCases('reciprocity.joint_objectives'),
  no_hosting: weaknessCases('reciprocity.hosting'),
  no_shared_governance: weaknessCases('reciprocity.shared_governance'),
  results_not_shown: weaknessCases('communication.results'),
  assembly_not_informed: weaknessCases('communication.elected'),
  no_indicators: weaknessCases('evaluation.indicators'),
  evaluation_not_joint: weaknessCases('evaluation.joint'),
  lessons_unused: weaknessCases('evaluation.use'),
  strength_common_thread: strengthCases('vision.common_thread', 'vision.written_strategy'),
  strength_returns_followed: strengthCases('anchoring.expected_returns', 'anchoring.observed_returns'),
  strength_shared_support: strengthCases('political.cross_cutting', 'political.majority_change'),
  strength_body_embedded: strengthCases('body.dedicated', 'body.cross_cutting_method'),
  strength_departments_engaged: strengthCases('mobilisation.point_people', 'mobilisation.co_construction'),
  strength_pooling: strengthCases('coordination.pooling', 'coordination.dialogue'),
  strength_reciprocity: strengthCases('reciprocity.two_way', 'reciprocity.shared_governance'),
  strength_accountable: strengthCases('communication.elected', 'communication.results'),
  strength_evaluation: strengthCases('evaluation.practice', 'evaluation.joint'),
  strength_network_led: {
    fires: [{ 'civil_society.network': 3, 'civil_society.calls_for_projects': 'home_actions' }],
    silent: [
      { 'civil_society.network': 2, 'civil_society.calls_for_projects': 'home_actions' },
      { 'civil_society.network': 4, 'civil_society.calls_for_projects': 'awareness_only' },
      {},
    ],
  },
  agreements_not_sent_to_prefect: {
    fires: [{ 'reciprocity.agreements_prefect': 'some_sent' }, { 'reciprocity.agreements_prefect': 'not_sent' }],
    silent: [{ 'reciprocity.agreements_prefect': 'all_sent' }, { 'reciprocity.agreements_prefect': 'no_agreement' }, {}],
  },
  grants_without_agreement: {
    fires: [{ 'civil_society.grant_agreements': 'sometimes' }, { 'civil_society.grant_agreements': 'never' }],
    silent: [{ 'civil_society.grant_agreements': 'always' }, { 'civil_society.grant_agreements': 'no_large_grant' }, {}],
  },
  no_yearly_declaration: {
    fires: [{ 'communication.yearly_declaration': 'some_years' }, { 'communication.yearly_declaration': 'never' }],
    silent: [{ 'communication.yearly_declaration': 'every_year' }, {}],
  },
  strength_legal_duties: {
    fires: [
      { 'communication.yearly_declaration': 'every_year', 'reciprocity.agreements_prefect': 'all_sent', 'civil_society.grant_agreements': 'always' },
      {
        'communication.yearly_declaration': 'every_year',
        'reciprocity.agreements_prefect': 'no_agreement',
        'civil_society.grant_agreements': 'no_large_grant',
      },
    ],
    silent: [
      { 'communication.yearly_declaration': 'some_years', 'reciprocity.agreements_prefect': 'all_sent', 'civil_society.grant_agreements': 'always' },
      { 'communication.yearly_declaration': 'every_year', 'reciprocity.agreements_prefect': 'all_sent' },
    ],
  },
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
      expect(
        questionnaire.dimensions.some((d) => d.key === rule.dimension),
        rule.key,
      ).toBe(true);
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
        expect(matches(rule.when, answers, cases.context), JSON.stringify(answers)).toBe(true);
        expect(evaluateRules(answers, cases.context).map((r) => r.key)).toContain(rule.key);
      }
      for (const answers of cases.silent) {
        expect(matches(rule.when, answers, cases.context), JSON.stringify(answers)).toBe(false);
        expect(evaluateRules(answers, cases.context).map((r) => r.key)).not.toContain(rule.key);
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

  it('gives every maturity question of the current questionnaire a finding: a rule reads it and fires on some answer to it', () => {
    const maturity = questionnaire.dimensions.flatMap((d) => d.questions.filter((q) => q.kind === 'maturity').map((q) => q.key));
    expect(maturity.length).toBeGreaterThan(40);
    const profile = (others: number, key: string, value: number): AnswerMap => ({ ...Object.fromEntries(maturity.map((k) => [k, others])), [key]: value });
    const uncovered = maturity.filter((key) => {
      const readers = RULES.filter((r) => questionsOf(r.when).includes(key)).map((r) => r.key);
      if (!RULES.some((r) => r.kind === 'weakness' && questionsOf(r.when).includes(key))) return true;
      const profiles = [0, 4].flatMap((value) => [0, 2, 4].map((others) => profile(others, key, value)));
      return !profiles.some((answers) => evaluateRules(answers).some((r) => readers.includes(r.key)));
    });
    expect(uncovered).toEqual([]);
  });

  it('says strengths too, in every dimension, listed after every weakness and never as recommendations to take up', () => {
    for (const dimension of questionnaire.dimensions) {
      expect(
        RULES.some((r) => r.kind === 'strength' && r.dimension === dimension.key),
        dimension.key,
      ).toBe(true);
    }
    const found = evaluateRules({ 'evaluation.practice': 4, 'evaluation.joint': 4, 'reciprocity.two_way': 0, 'body.position': 'two_levels' });
    expect(found.map((r) => r.key)).toEqual(['one_way_relations', 'body_far_from_dgs', 'strength_evaluation']);
    expect(weaknessesOf(found).map((r) => r.key)).toEqual(['one_way_relations', 'body_far_from_dgs']);
    expect(RULES.filter((r) => r.kind === 'strength').every((r) => r.severity === 'low')).toBe(true);
  });

  it('rates "no dedicated body" by the authority’s size', () => {
    const answers = { 'body.position': 'none' };
    expect(evaluateRules(answers, { population: 412_000 }).map((r) => [r.key, r.severity])).toEqual([['no_dedicated_body', 'high']]);
    expect(evaluateRules(answers, { population: 1_200 }).map((r) => [r.key, r.severity])).toEqual([['no_dedicated_body_small', 'low']]);
    // Unknown size: the stricter reading.
    expect(evaluateRules(answers).map((r) => r.key)).toEqual(['no_dedicated_body']);
  });

  it('checks the legal duties of external action, each citing its source', () => {
    const duties = { agreements_not_sent_to_prefect: /L1115-1/, grants_without_agreement: /12 avril 2000/, no_yearly_declaration: /L1115-6/ };
    for (const [key, source] of Object.entries(duties)) {
      const rule = RULES.find((r) => r.key === key)!;
      expect(rule.severity, key).toBe('high');
      expect(rule.finding.fr, key).toMatch(source);
    }
  });
});
