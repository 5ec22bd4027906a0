'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { translateResult, workspaceQueryAction } from '@/lib/auth/action';
import { clientAddressFrom } from '@/lib/auth/limiter';
import type { ActionResult } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { AcceptCensusInput, CensusLinkInput, CensusResponseRef, SetCensusLinkOpenInput } from './schemas';
import { acceptCensusResponse, createCensusLink, rejectCensusResponse, setCensusLinkOpen } from './queries';
import { processCensusSubmission } from './submit';

export const createCensusLinkAction = workspaceQueryAction('census.createLink', CensusLinkInput, 'census.manage', createCensusLink);

export const setCensusLinkOpenAction = workspaceQueryAction('census.setLinkOpen', SetCensusLinkOpenInput, 'census.manage', setCensusLinkOpen);

export const acceptCensusResponseAction = workspaceQueryAction('census.accept', AcceptCensusInput, 'census.manage', acceptCensusResponse);

export const rejectCensusResponseAction = workspaceQueryAction('census.reject', CensusResponseRef, 'census.manage', rejectCensusResponse);

/**
 * The public questionnaire's submission, for people without an account (see processCensusSubmission:
 * rate limit per address, size cap, spam trap, validation, pending answer).
 */
export async function submitCensusAction(raw: unknown): Promise<ActionResult<null>> {
  const address = clientAddressFrom(await headers());
  const result = processCensusSubmission(raw, { address, locale: toLocale(await getLocale()) });
  return result.ok ? result : translateResult(result);
}
