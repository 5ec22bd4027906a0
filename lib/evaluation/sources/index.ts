import { budgetSource } from './budget';
import { followUpsSource, recommendationsSource } from './follow-ups';
import { indicatorsSource } from './indicators';
import { missionsSource } from './missions';
import { returnsSource } from './returns';
import type { EvaluationSource } from './source';

/**
 * The data chapters of the yearly evaluation, in reading order. Each source is one file; the
 * indicator status of issue 21.1 and the partners' returns of 21.3 join as one file and one line here.
 */
export const EVALUATION_SOURCES: readonly EvaluationSource[] = [
  indicatorsSource,
  returnsSource,
  budgetSource,
  missionsSource,
  followUpsSource,
  recommendationsSource,
];
