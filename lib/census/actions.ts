'use server';

import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { translateResult, workspaceAction } from '@/lib/auth/action';
import { clientAddressFrom } from '@/lib/auth/limiter';
import type { ActionResult } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { AcceptCensusInput, CensusLinkInput, CensusResponseRef, SetCensusLinkOpenInput } from './schemas';
import { acceptCensusResponse, createCensusLink, rejectCensusResponse, setCensusLinkOpen } from './queries';
import { processCensusSubmission } from './submit';

export const createCensusLinkAction = workspaceAction('census.createLink', CensusLinkInput, 'census.manage', (ctx, input, tx) =>
  createCensusLink(tx, ctx, input),
);

export const setCensusLinkOpenAction = workspaceAction('census.setLinkOpen', SetCensusLinkOpenInput, 'census.manage', (ctx, input, tx) =>
  setCensusLinkOpen(tx, ctx, input),
);

export const acceptCensusResponseAction = workspaceAction('census.accept', AcceptCensusInput, 'census.manage', (ctx, input, tx) =>
  acceptCensusResponse(tx, ctx, input),
);

export const rejectCensusResponseAction = workspaceAction('census.reject', CensusResponseRef, 'census.manage', (ctx, input, tx) =>
  rejectCensusResponse(tx, ctx, input),
);

/**
 * The public questionnaire's submission, for people without an account (see processCensusSubmission:
 * rate limit per address, size cap, spam trap, validation, pending answer).
 */
export async function submitCensusAction(raw: unknown): Promise<ActionResult<null>> {
  const address = clientAddressFrom(await headers());
  const result = processCensusSubmission(raw, { address, locale: toLocale(await getLocale()) });
  return result.ok ? result : translateResult(result);
}
