/**
 * The dimension keys of the questionnaire, on their own so that forms can validate a dimension
 * without shipping the questionnaire's text. questionnaire.test.ts checks they match.
 */
export const DIMENSION_KEYS = [
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
] as const;
export type DimensionKey = (typeof DIMENSION_KEYS)[number];
