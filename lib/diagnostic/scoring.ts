import type { Questionnaire } from './questionnaire';

/** An answer's value: a level 0–4, a number or null (not known), an option key, a list of codes. */
export type AnswerValue = number | string | string[] | null;
/** Answers by question key; a missing key means "not answered yet". */
export type AnswerMap = Readonly<Record<string, AnswerValue | undefined>>;

export type DimensionScore = {
  dimension: string;
  /** 0–100, rounded to the unit; null while no maturity question of the dimension is answered. */
  score: number | null;
  /** Maturity questions answered / asked, for the completeness shown beside the score. */
  answered: number;
  total: number;
};

export type DiagnosticScore = {
  dimensions: DimensionScore[];
  /** 0–100, rounded to the unit; null while no dimension has a score. */
  overall: number | null;
};

const MAX_LEVEL = 4;

function isLevel(value: AnswerValue | undefined): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_LEVEL;
}

/**
 * Scores a diagnostic from its answers.
 *
 * - Only maturity questions count; facts (figures, choices, languages) feed the finding rules.
 * - A dimension's score is the weighted mean of its answered levels, scaled to 0–100:
 *   `100 × Σ(weight × level) / Σ(weight × 4)`, both sums over the **answered** questions. An
 *   unanswered question is left out rather than counted as 0, so that a diagnostic in progress
 *   shows where it stands on what is known; `answered / total` says how much that is.
 * - A dimension with no answered maturity question has no score (null), not 0.
 * - The overall score is the weighted mean of the dimension scores that exist, with the
 *   dimensions' weights: `Σ(dimensionWeight × score) / Σ(dimensionWeight)`.
 * - Rounding happens last (dimension scores are averaged unrounded), to the nearest unit.
 */
export function scoreDiagnostic(questionnaire: Questionnaire, answers: AnswerMap): DiagnosticScore {
  let weightedSum = 0;
  let weightTotal = 0;
  const dimensions = questionnaire.dimensions.map((dimension): DimensionScore => {
    let points = 0;
    let possible = 0;
    let answered = 0;
    let total = 0;
    for (const question of dimension.questions) {
      if (question.kind !== 'maturity') continue;
      total += 1;
      const value = answers[question.key];
      if (!isLevel(value)) continue;
      answered += 1;
      points += question.weight * value;
      possible += question.weight * MAX_LEVEL;
    }
    if (possible === 0) return { dimension: dimension.key, score: null, answered, total };
    const exact = (100 * points) / possible;
    weightedSum += dimension.weight * exact;
    weightTotal += dimension.weight;
    return { dimension: dimension.key, score: Math.round(exact), answered, total };
  });
  return { dimensions, overall: weightTotal === 0 ? null : Math.round(weightedSum / weightTotal) };
}

/** How many questions of each dimension (facts included) have an answer, for progress bars. */
export function dimensionProgress(questionnaire: Questionnaire, answers: AnswerMap) {
  return questionnaire.dimensions.map((dimension) => ({
    dimension: dimension.key,
    answered: dimension.questions.filter((q) => answers[q.key] !== undefined).length,
    total: dimension.questions.length,
  }));
}
