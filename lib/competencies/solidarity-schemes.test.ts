import { describe, expect, it } from 'vitest';
import { FUNDING_SOURCES, type FundingSource } from '@/db/enums/departments';
import { AUTHORITY_LEVELS, type AuthorityLevel } from '@/db/enums/workspaces';
import { catalogueEntry } from './catalogue';
import {
  SOLIDARITY_SCHEMES,
  SOLIDARITY_SCHEME_INFO,
  fundingSourceAllowed,
  fundingSourcesFor,
  minimumSchemeBaseCents,
  schemeOfFundingSource,
  solidaritySchemesFor,
  withinSchemeCap,
} from './solidarity-schemes';

/**
 * Which "1 %" schemes each authority level is offered (issue #25). Water and sanitation, energy
 * (CGCT L1115-1-1) and waste (L1115-2) belong to communes, intermunicipal bodies and syndicates
 * running the service; mobility (L1115-3) to mobility organising authorities, a Région included.
 * A Département holds none.
 */
const TABLE: [AuthorityLevel, string[]][] = [
  ['commune', ['water_sanitation', 'energy', 'waste']],
  ['epci', ['water_sanitation', 'energy', 'waste', 'mobility']],
  ['departement', []],
  ['region', ['mobility']],
  ['other', ['water_sanitation', 'energy', 'waste', 'mobility']],
  ['foreign', []],
];

const SCHEME_SOURCES: FundingSource[] = ['solidarity_water', 'solidarity_energy', 'solidarity_waste', 'solidarity_mobility'];

describe('the "1 %" schemes', () => {
  it('covers every authority level in the table', () => {
    expect(TABLE.map(([level]) => level).sort()).toEqual([...AUTHORITY_LEVELS].sort());
  });

  it.each(TABLE)('offers a %s the schemes %j and no other', (level, schemes) => {
    expect(solidaritySchemesFor(level)).toEqual(schemes);
    const sources = fundingSourcesFor(level).filter((s) => SCHEME_SOURCES.includes(s));
    expect(sources).toEqual(schemes.map((s) => SOLIDARITY_SCHEME_INFO[s as keyof typeof SOLIDARITY_SCHEME_INFO].fundingSource));
    for (const source of SCHEME_SOURCES) {
      expect(fundingSourceAllowed(level, source), `${level} ${source}`).toBe(sources.includes(source));
    }
  });

  it('keeps every other funding source open to every level, the new ones included', () => {
    for (const level of AUTHORITY_LEVELS) {
      for (const source of ['own_funds', 'water_agency', 'partner_contribution', 'other_french_authority', 'eu', 'other'] as const) {
        expect(fundingSourcesFor(level), `${level} ${source}`).toContain(source);
      }
    }
    expect(FUNDING_SOURCES).not.toContain('solidarity_1pct');
  });

  it('states each scheme with its own article, base and catalogue entry', () => {
    const refs = { water_sanitation: /L1115-1-1/, energy: /L1115-1-1/, waste: /L1115-2/, mobility: /L1115-3/ };
    for (const scheme of SOLIDARITY_SCHEMES) {
      const info = SOLIDARITY_SCHEME_INFO[scheme];
      expect(info.reference).toMatch(refs[scheme]);
      expect(info.reference).toMatch(/(19|20)\d\d/);
      expect(info.capRate).toBe(0.01);
      expect(schemeOfFundingSource(info.fundingSource)).toBe(scheme);
      const entry = catalogueEntry(info.catalogueKey)!;
      expect(entry.reference).toBe(info.reference);
      expect(entry.offeredTo).toEqual(info.offeredTo);
    }
    // The versement mobilité is outside the mobility scheme's base.
    expect(SOLIDARITY_SCHEME_INFO.mobility.base.fr).toMatch(/à l’exclusion du versement mobilité/);
    expect(schemeOfFundingSource('own_funds')).toBeNull();
  });

  it('checks a year’s spending against 1 % of the service’s resources', () => {
    // 65 000 € under the water scheme needs at least 6.5 M€ of water and sanitation resources.
    expect(minimumSchemeBaseCents('water_sanitation', 6_500_000)).toBe(650_000_000);
    expect(withinSchemeCap('water_sanitation', 6_500_000, 650_000_000)).toBe(true);
    expect(withinSchemeCap('water_sanitation', 6_500_001, 650_000_000)).toBe(false);
    expect(withinSchemeCap('mobility', 1, 0)).toBe(false);
  });
});
