import 'server-only';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/config';
import { countryOptions } from '@/lib/geo';
import { workspaceLevel } from '@/lib/competencies/queries';
import { fundingSourcesFor } from '@/lib/competencies/solidarity-schemes';
import { listMissionFormOptions } from './queries';

/** Everything the mission form offers, for the new and edit pages. */
export function loadMissionFormProps(tx: Tx, ctx: MemberContext, locale: Locale) {
  return {
    options: listMissionFormOptions(tx, ctx),
    countries: countryOptions(locale),
    fundingSources: fundingSourcesFor(workspaceLevel(tx, ctx)),
  };
}
