'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { translateResult } from '@/lib/auth/action';
import { queryAction } from '@/lib/auth/query-action';
import { clientAddressFrom } from '@/lib/auth/limiter';
import type { ActionResult } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { AcceptCensusInput, CensusLinkInput, CensusResponseRef, SetCensusLinkOpenInput } from './schemas';
import { acceptCensusResponse, createCensusLink, rejectCensusResponse, setCensusLinkOpen } from './queries';
import { processCensusSubmission } from './submit';

export const createCensusLinkAction = queryAction('census.createLink', CensusLinkInput, 'census.manage', createCensusLink);

export const setCensusLinkOpenAction = queryAction('census.setLinkOpen', SetCensusLinkOpenInput, 'census.manage', setCensusLinkOpen);

export const acceptCensusResponseAction = queryAction('census.accept', AcceptCensusInput, 'census.manage', acceptCensusResponse);

export const rejectCensusResponseAction = queryAction('census.reject', CensusResponseRef, 'census.manage', rejectCensusResponse);

/**
 * The public questionnaire's submission, for people without an account (see processCensusSubmission:
 * rate limit per address, size cap, spam trap, validation, pending answer).
 */
export async function submitCensusAction(raw: unknown): Promise<ActionResult<null>> {
  const address = clientAddressFrom(await headers());
  const result = processCensusSubmission(raw, { address, locale: toLocale(await getLocale()) });
  return result.ok ? result : translateResult(result);
}
