import { budgetSource } from './budget';
import { followUpsSource, recommendationsSource } from './follow-ups';
import { indicatorsSource } from './indicators';
import { indicatorStatusSource } from './indicator-status';
import { missionsSource } from './missions';
import { partnerReturnsSource } from './partner-returns';
import { returnsSource } from './returns';
import type { EvaluationSource } from './source';

/**
 * The data chapters of the yearly evaluation, in reading order. Each source is one file; the
 * indicator status of issue 21.1 joined as one (./indicator-status.ts); the partners' returns of 21.3
 * as another (./partner-returns.ts).
 */
export const EVALUATION_SOURCES: readonly EvaluationSource[] = [
  indicatorStatusSource,
  indicatorsSource,
  returnsSource,
  partnerReturnsSource,
  budgetSource,
  missionsSource,
  followUpsSource,
  recommendationsSource,
];
