import { FUNDING_SOURCES, type FundingSource } from '@/db/enums/departments';
import type { AuthorityLevel } from '@/db/enums/workspaces';
import type { Locale } from '@/lib/i18n/config';

// Pure data, read by server queries and client forms alike (no server-only import here).

type Text = Record<Locale, string>;

/** The four "1 %" schemes of the local government code: each its own base, cap and holders. */
export const SOLIDARITY_SCHEMES = ['water_sanitation', 'energy', 'waste', 'mobility'] as const;
export type SolidarityScheme = (typeof SOLIDARITY_SCHEMES)[number];

export type SolidaritySchemeInfo = {
  scheme: SolidarityScheme;
  /** The budget lines' funding source for money spent under this scheme. */
  fundingSource: FundingSource;
  /** The catalogue entry that states the scheme (stable key, see catalogue.ts). */
  catalogueKey: string;
  /** Article and version relied on, the same in every language. */
  reference: string;
  /** Who may use it, as the article says. */
  holders: Text;
  /** What the 1 % is taken on. */
  base: Text;
  /** Share of the base that may be spent each year. */
  capRate: number;
  /**
   * The workspace levels that may hold it. A Département holds none; a Région only mobility (as
   * regional mobility authority, and local one where a communauté de communes did not take the
   * competence). `other` stands for syndicats and authorities with a special status, which may
   * run any of these services.
   */
  offeredTo: readonly AuthorityLevel[];
};

export const SOLIDARITY_SCHEME_INFO: Record<SolidarityScheme, SolidaritySchemeInfo> = {
  water_sanitation: {
    scheme: 'water_sanitation',
    fundingSource: 'solidarity_water',
    catalogueKey: 'all.solidarity_water',
    reference: 'CGCT, art. L1115-1-1, al. 1 (loi n° 2005-95 du 9 février 2005, dite Oudin-Santini ; version en vigueur au 1er janvier 2025)',
    holders: {
      fr: 'Communes, EPCI et syndicats mixtes chargés des services publics d’eau potable et d’assainissement.',
      en: 'Communes, intermunicipal bodies and joint syndicates in charge of the public drinking water and sanitation services.',
    },
    base: {
      fr: 'Les ressources affectées aux budgets des services de l’eau et de l’assainissement.',
      en: 'The resources allocated to the budgets of the water and sanitation services.',
    },
    capRate: 0.01,
    offeredTo: ['commune', 'epci', 'other'],
  },
  energy: {
    scheme: 'energy',
    fundingSource: 'solidarity_energy',
    catalogueKey: 'all.solidarity_energy',
    reference: 'CGCT, art. L1115-1-1, al. 2 (loi n° 2006-1537 du 7 décembre 2006 ; version en vigueur au 1er janvier 2025)',
    holders: {
      fr: 'Communes, EPCI et syndicats mixtes compétents pour la distribution publique d’électricité et de gaz (CGCT, art. L2224-31).',
      en: 'Communes, intermunicipal bodies and joint syndicates competent for the public distribution of electricity and gas (CGCT, art. L2224-31).',
    },
    base: {
      fr: 'Les ressources affectées aux budgets des services de distribution d’électricité et de gaz.',
      en: 'The resources allocated to the budgets of the electricity and gas distribution services.',
    },
    capRate: 0.01,
    offeredTo: ['commune', 'epci', 'other'],
  },
  waste: {
    scheme: 'waste',
    fundingSource: 'solidarity_waste',
    catalogueKey: 'all.solidarity_waste',
    reference: 'CGCT, art. L1115-2 (loi n° 2014-773 du 7 juillet 2014 ; version en vigueur au 1er janvier 2025)',
    holders: {
      fr: 'Communes, EPCI et syndicats mixtes compétents pour la collecte et le traitement des déchets des ménages (CGCT, art. L2224-13) ou qui perçoivent la taxe ou la redevance d’enlèvement des ordures ménagères.',
      en: 'Communes, intermunicipal bodies and joint syndicates competent for household waste collection and treatment (CGCT, art. L2224-13) or levying the household waste tax or charge.',
    },
    base: {
      fr: 'Les ressources affectées aux budgets de ces services.',
      en: 'The resources allocated to the budgets of these services.',
    },
    capRate: 0.01,
    offeredTo: ['commune', 'epci', 'other'],
  },
  mobility: {
    scheme: 'mobility',
    fundingSource: 'solidarity_mobility',
    catalogueKey: 'all.solidarity_mobility',
    reference: 'CGCT, art. L1115-3 (loi n° 2019-1428 du 24 décembre 2019 d’orientation des mobilités ; version en vigueur au 1er janvier 2025)',
    holders: {
      fr: 'Autorités organisatrices de la mobilité (Code des transports, art. L1231-1 et L1231-3) : EPCI et syndicats mixtes qui l’exercent, et la Région comme autorité régionale ou là où elle l’est devenue à la place d’une communauté de communes.',
      en: 'Mobility organising authorities (Transport Code, art. L1231-1 and L1231-3): intermunicipal bodies and joint syndicates that hold it, and the Région as regional authority or where it took the place of a communauté de communes.',
    },
    base: {
      fr: 'Les ressources affectées aux budgets des transports et de la mobilité, à l’exclusion du versement mobilité.',
      en: 'The resources allocated to transport and mobility budgets, excluding the mobility levy (versement mobilité).',
    },
    capRate: 0.01,
    offeredTo: ['epci', 'region', 'other'],
  },
};

const SCHEME_SOURCES = new Set<FundingSource>(SOLIDARITY_SCHEMES.map((s) => SOLIDARITY_SCHEME_INFO[s].fundingSource));

/** The "1 %" schemes an authority of this level may use, in a fixed order. */
export function solidaritySchemesFor(level: AuthorityLevel): SolidarityScheme[] {
  return SOLIDARITY_SCHEMES.filter((s) => SOLIDARITY_SCHEME_INFO[s].offeredTo.includes(level));
}

/** The scheme a funding source stands for, or null for any other source. */
export function schemeOfFundingSource(source: string): SolidarityScheme | null {
  return SOLIDARITY_SCHEMES.find((s) => SOLIDARITY_SCHEME_INFO[s].fundingSource === source) ?? null;
}

/**
 * The funding sources offered to an authority of this level: every source except the "1 %"
 * schemes it may not use. A foreign authority gets no French scheme.
 */
export function fundingSourcesFor(level: AuthorityLevel): FundingSource[] {
  const schemes = new Set(solidaritySchemesFor(level).map((s) => SOLIDARITY_SCHEME_INFO[s].fundingSource));
  return FUNDING_SOURCES.filter((s) => !SCHEME_SOURCES.has(s) || schemes.has(s));
}

/** True when an authority of this level may record money under this source. */
export function fundingSourceAllowed(level: AuthorityLevel, source: FundingSource): boolean {
  return fundingSourcesFor(level).includes(source);
}

/**
 * The smallest base (service resources, in cents) that a year's spending under one scheme
 * requires: spending may be at most 1 % of the base, so the base must be at least 100 times it.
 */
export function minimumSchemeBaseCents(scheme: SolidarityScheme, spentCents: number): number {
  return Math.ceil(spentCents / SOLIDARITY_SCHEME_INFO[scheme].capRate);
}

/** True when a year's spending under a scheme stays within its cap for the given base. */
export function withinSchemeCap(scheme: SolidarityScheme, spentCents: number, baseCents: number): boolean {
  return spentCents <= Math.floor(baseCents * SOLIDARITY_SCHEME_INFO[scheme].capRate);
}
