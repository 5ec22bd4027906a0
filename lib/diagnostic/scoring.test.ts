import { describe, expect, it } from 'vitest';
import { getQuestionnaire, type Dimension, type Question, type Questionnaire } from './questionnaire';
import { dimensionProgress, scoreDiagnostic, type AnswerMap } from './scoring';

const level = (text: string) => ({ fr: text, en: text });
const levels = [level('0'), level('1'), level('2'), level('3'), level('4')] as const;

/** A dimension titled by its key in capitals. */
const dimension = (key: string, weight: number, questions: Question[]): Dimension => {
  const title = level(key.toUpperCase());
  return { key, weight, title, short: title, summary: title, questions };
};

// A small questionnaire whose sums can be checked by hand.
const SMALL: Questionnaire = {
  version: 'test',
  dimensions: [
    dimension('a', 2, [
      { key: 'a1', kind: 'maturity', weight: 2, prompt: level('a1'), levels },
      { key: 'a2', kind: 'maturity', weight: 1, prompt: level('a2'), levels },
      { key: 'a3', kind: 'number', prompt: level('a3'), unit: 'people', min: 0, max: 100, step: 1 },
    ]),
    dimension('b', 1, [
      { key: 'b1', kind: 'maturity', weight: 1, prompt: level('b1'), levels },
      { key: 'b2', kind: 'maturity', weight: 3, prompt: level('b2'), levels },
    ]),
  ],
};

function everyMaturity(questionnaire: Questionnaire, value: number): AnswerMap {
  return Object.fromEntries(questionnaire.dimensions.flatMap((d) => d.questions.filter((q) => q.kind === 'maturity').map((q) => [q.key, value])));
}

describe('scoreDiagnostic', () => {
  const real = getQuestionnaire();

  it('scores 0 everywhere when every level is 0', () => {
    const score = scoreDiagnostic(real, everyMaturity(real, 0));
    expect(score.overall).toBe(0);
    for (const d of score.dimensions) {
      expect(d.score).toBe(0);
      expect(d.answered).toBe(d.total);
    }
  });

  it('scores 100 everywhere when every level is 4', () => {
    const score = scoreDiagnostic(real, everyMaturity(real, 4));
    expect(score.overall).toBe(100);
    expect(score.dimensions.every((d) => d.score === 100)).toBe(true);
  });

  it('weighs questions within a dimension and dimensions within the overall score', () => {
    const score = scoreDiagnostic(SMALL, { a1: 3, a2: 1, a3: 12, b1: 4, b2: 2 });
    // A: (2×3 + 1×1) / (3×4) = 7/12 = 58.33 → 58; the figure a3 does not count.
    // B: (1×4 + 3×2) / (4×4) = 10/16 = 62.5 → 63.
    // Overall: (2 × 58.33 + 1 × 62.5) / 3 = 59.72 → 60 (unrounded scores are averaged).
    expect(score.dimensions).toEqual([
      { dimension: 'a', score: 58, answered: 2, total: 2 },
      { dimension: 'b', score: 63, answered: 2, total: 2 },
    ]);
    expect(score.overall).toBe(60);
  });

  it('leaves unanswered questions out, and a dimension with none answered without a score', () => {
    const score = scoreDiagnostic(SMALL, { a1: 3 });
    // A: (2×3) / (2×4) = 75; B has no answer: null, and the overall score is A's alone.
    expect(score.dimensions).toEqual([
      { dimension: 'a', score: 75, answered: 1, total: 2 },
      { dimension: 'b', score: null, answered: 0, total: 2 },
    ]);
    expect(score.overall).toBe(75);
  });

  it('has no score at all before any answer, and ignores values that are not levels', () => {
    expect(scoreDiagnostic(SMALL, {})).toEqual({
      dimensions: [
        { dimension: 'a', score: null, answered: 0, total: 2 },
        { dimension: 'b', score: null, answered: 0, total: 2 },
      ],
      overall: null,
    });
    expect(scoreDiagnostic(SMALL, { a1: 7, a2: 'x', b1: null }).overall).toBeNull();
  });

  it('counts progress over every question, facts included', () => {
    expect(dimensionProgress(SMALL, { a1: 2, a3: null })).toEqual([
      { dimension: 'a', answered: 2, total: 3 },
      { dimension: 'b', answered: 0, total: 2 },
    ]);
  });
});
