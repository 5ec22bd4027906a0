import 'server-only';
import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { COMPETENCY_DOMAINS, type CompetencyDomain } from '@/db/schema/competencies';
import type { FundingSource } from '@/db/enums/departments';
import type { MemberContext } from '@/lib/auth/session';
import { listCompetencies, workspaceLevel } from '@/lib/competencies/queries';
import { fundingSourcesFor } from '@/lib/competencies/solidarity-schemes';
import { listDepartmentOptions, myDepartmentIds } from '@/lib/departments/queries';
import { countryOptions } from '@/lib/geo';
import type { Locale } from '@/lib/i18n/config';
import { listLinkableActors } from './queries';

/** What the action form offers to choose from (components/external-actions/action-form.tsx). */
export type ActionFormOptions = {
  partners: { id: string; name: string; country: string | null }[];
  territorial: { id: string; name: string }[];
  countries: { code: string; name: string }[];
  departments: { id: string; name: string }[];
  competencies: { ref: string; title: string; domain: CompetencyDomain; hidden: boolean }[];
  domainLabels: Record<CompetencyDomain, string>;
  /** For a contributor: the departments whose point person they are. */
  myDepartmentIds: string[];
  /** The funding sources the authority's level may use (the "1 %" schemes only where the law allows). */
  fundingSources: readonly FundingSource[];
};

/** Everything the action form offers to choose from, read in a fixed number of queries. */
export async function loadActionFormOptions(ctx: MemberContext, locale: Locale): Promise<ActionFormOptions> {
  const tc = await getTranslations('competencies');
  const { partners, territorial } = listLinkableActors(db, ctx);
  return {
    partners,
    territorial,
    countries: countryOptions(locale),
    departments: listDepartmentOptions(db, ctx),
    competencies: listCompetencies(db, ctx, locale).map(({ ref, title, domain, hidden }) => ({ ref, title, domain, hidden })),
    domainLabels: Object.fromEntries(COMPETENCY_DOMAINS.map((d) => [d, tc(`domains.${d}`)])) as Record<CompetencyDomain, string>,
    myDepartmentIds: ctx.role === 'contributor' ? myDepartmentIds(db, ctx) : [],
    fundingSources: fundingSourcesFor(workspaceLevel(db, ctx)),
  };
}
