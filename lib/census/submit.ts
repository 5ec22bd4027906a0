import 'server-only';
import { db } from '@/db/client';
import { consumeRateLimit, type RateLimit } from '@/lib/auth/limiter';
import { AppError, storageAware, type ActionResult } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { fieldErrorsFrom, parseInput } from '@/lib/validation';
import { CENSUS_MAX_PAYLOAD, CensusSubmission } from './schemas';
import { submitCensusResponse } from './queries';

/** Answers accepted per address and hour. */
export const CENSUS_RATE_LIMIT: RateLimit = { max: 10, windowMs: 3600_000 };

/**
 * Everything the public form's submission does, in order: count the attempt against the address's
 * limit, refuse an oversized answer, pretend success to a robot that filled the trap, validate,
 * then store the pending answer. Returns message keys (the action translates them).
 */
export function processCensusSubmission(raw: unknown, who: { address: string; locale: Locale }, now = new Date()): ActionResult<null> {
  // The rate limit writes too: a full disk anywhere here is "the server could not save".
  try {
    if (!consumeRateLimit(`census:ip:${who.address}`, CENSUS_RATE_LIMIT, now).allowed) {
      return { ok: false, code: 'forbidden', message: 'censusTooManyAnswers' };
    }
    let size = Infinity;
    try {
      size = JSON.stringify(raw ?? null).length;
    } catch {
      // Not serialisable: treated as too large.
    }
    if (size > CENSUS_MAX_PAYLOAD) return { ok: false, code: 'invalid', message: 'censusTooLarge' };
    // The trap is invisible to people: anything in it was typed by a robot, which is told "thank you".
    const trap = (raw as { homepage?: unknown } | null)?.homepage;
    if (trap !== undefined && trap !== null && trap !== '') return { ok: true, data: null };
    const parsed = parseInput(CensusSubmission, raw, who.locale);
    if (!parsed.success) return { ok: false, code: 'invalid', message: 'invalid', fieldErrors: fieldErrorsFrom(parsed.error) };
    db.transaction((tx) => submitCensusResponse(tx, parsed.data, now));
    return { ok: true, data: null };
  } catch (caught) {
    const error = storageAware(caught);
    if (error instanceof AppError) return { ok: false, code: error.code, message: error.messageKey };
    throw error;
  }
}
