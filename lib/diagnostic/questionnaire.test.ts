import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/lib/i18n/config';
import { CURRENT_QUESTIONNAIRE_VERSION, QUESTIONNAIRES, getQuestionnaire, type Text } from './questionnaire';
import { DIMENSION_KEYS } from './dimensions';

const REQUIRED_DIMENSIONS = [
  'vision',
  'anchoring',
  'political',
  'body',
  'mobilisation',
  'civil_society',
  'coordination',
  'reciprocity',
  'communication',
  'evaluation',
];

function expectText(text: Text | undefined, where: string) {
  for (const locale of LOCALES) {
    expect(text?.[locale]?.trim().length ?? 0, `${where} (${locale})`).toBeGreaterThan(2);
  }
  // Sentences must be translated (a short title such as "Communication" may be the same word).
  if (text && text.en.length > 16) expect(text.fr, `${where}: French and English differ`).not.toBe(text.en);
}

describe('questionnaire', () => {
  for (const questionnaire of Object.values(QUESTIONNAIRES)) {
    describe(`version ${questionnaire.version}`, () => {
      it('has the ten dimensions, each with 4 to 8 questions and a positive weight', () => {
        expect(questionnaire.dimensions.map((d) => d.key)).toEqual(REQUIRED_DIMENSIONS);
        expect([...DIMENSION_KEYS]).toEqual(REQUIRED_DIMENSIONS);
        for (const d of questionnaire.dimensions) {
          expect(d.questions.length, d.key).toBeGreaterThanOrEqual(4);
          expect(d.questions.length, d.key).toBeLessThanOrEqual(8);
          expect(d.weight).toBeGreaterThan(0);
          expect(
            d.questions.some((q) => q.kind === 'maturity'),
            `${d.key} has a scored question`,
          ).toBe(true);
        }
      });

      it('is complete in French and English: titles, prompts, five described levels, options', () => {
        for (const d of questionnaire.dimensions) {
          expectText(d.title, `${d.key}.title`);
          expectText(d.summary, `${d.key}.summary`);
          for (const q of d.questions) {
            expectText(q.prompt, `${q.key}.prompt`);
            if (q.kind === 'maturity') {
              expect(q.levels, q.key).toHaveLength(5);
              q.levels.forEach((l, i) => expectText(l, `${q.key}.levels.${i}`));
              expect(new Set(q.levels.map((l) => l.fr)).size, `${q.key}: distinct levels`).toBe(5);
              expect(q.weight).toBeGreaterThan(0);
            } else {
              if (q.hint) expectText(q.hint, `${q.key}.hint`);
              if (q.kind === 'choice') {
                expect(q.options.length).toBeGreaterThanOrEqual(2);
                q.options.forEach((o) => expectText(o.label, `${q.key}.${o.value}`));
              }
            }
          }
        }
      });

      it('uses unique question keys prefixed by their dimension', () => {
        const keys = questionnaire.dimensions.flatMap((d) => d.questions.map((q) => q.key));
        expect(new Set(keys).size).toBe(keys.length);
        for (const d of questionnaire.dimensions) for (const q of d.questions) expect(q.key.startsWith(`${d.key}.`)).toBe(true);
      });
    });
  }

  it('asks the facts the issue names', () => {
    const q = getQuestionnaire();
    const kinds = Object.fromEntries(q.dimensions.flatMap((d) => d.questions.map((x) => [x.key, x.kind])));
    expect(kinds).toMatchObject({
      'body.staff_fte': 'number',
      'body.position': 'choice',
      'political.elected_count': 'number',
      'mobilisation.languages': 'languages',
      'mobilisation.consolidated_budget': 'number',
      'civil_society.calls_for_projects': 'choice',
    });
  });

  it('falls back to the current version for an unknown one', () => {
    expect(getQuestionnaire('nope').version).toBe(CURRENT_QUESTIONNAIRE_VERSION);
  });
});
