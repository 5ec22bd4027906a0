import { describe, expect, it } from 'vitest';
import { COMPETENCY_DOMAINS, COMPETENCY_NATURES } from '@/db/schema/competencies';
import { AUTHORITY_LEVELS } from '@/db/schema/workspaces';
import { LOCALES } from '@/lib/i18n/config';
import { CATALOGUE, CATALOGUE_LEVELS, EPCI_TYPES, catalogueEntry, catalogueFor, catalogueLevelsFor } from './catalogue';

// The facts the catalogue must hold for each level (issues #5 and #25), by key.
const REQUIRED: Record<(typeof CATALOGUE_LEVELS)[number], string[]> = {
  region: [
    'economic_development',
    'sraddet',
    'transport',
    'lycees',
    'vocational_training',
    'higher_education',
    'natural_parks',
    'waste_planning',
    'climate_energy',
    'eu_funds',
    'culture_sport_tourism',
  ],
  departement: [
    'rsa',
    'child_welfare',
    'pmi',
    'elderly',
    'disability',
    'colleges',
    'roads',
    'sdis',
    'territorial_solidarity',
    'natural_areas',
    'housing_fund',
    'libraries_archives',
    'culture_sport_tourism',
  ],
  commune: [
    'civil_status_elections',
    'schools',
    'urban_planning',
    'municipal_police',
    'ccas',
    'roads_cemeteries',
    'early_childhood_youth',
    'water_sanitation',
    'energy_distribution',
    'culture_sport_tourism',
  ],
  epci: [
    'economic_development',
    'tourism_promotion',
    'scot_plui',
    'housing_plh',
    'urban_policy',
    'mobility',
    'household_waste',
    'water_sanitation',
    'energy_distribution',
    'gemapi',
    'travellers',
    'pcaet',
  ],
  all: ['external_action', 'solidarity_water', 'solidarity_energy', 'solidarity_waste', 'solidarity_mobility'],
};

const SCHEME_KEYS = ['all.solidarity_water', 'all.solidarity_energy', 'all.solidarity_waste', 'all.solidarity_mobility'];

describe('competence catalogue', () => {
  for (const level of CATALOGUE_LEVELS) {
    it(`holds every required competence of the ${level} level`, () => {
      const keys = CATALOGUE.filter((e) => e.level === level).map((e) => e.key);
      expect(keys.sort()).toEqual(REQUIRED[level].map((k) => `${level}.${k}`).sort());
    });
  }

  it('writes every entry in every language, with a legal reference, a domain and a nature', () => {
    for (const entry of CATALOGUE) {
      for (const locale of LOCALES) {
        expect(entry.title[locale]?.trim().length, `${entry.key} title ${locale}`).toBeGreaterThan(3);
        expect(entry.note[locale]?.trim().length, `${entry.key} note ${locale}`).toBeGreaterThan(20);
      }
      // Translated, not copied: French and English differ.
      expect(entry.note.fr, entry.key).not.toBe(entry.note.en);
      expect(entry.reference.trim().length, entry.key).toBeGreaterThan(4);
      expect(COMPETENCY_DOMAINS).toContain(entry.domain);
      expect(COMPETENCY_NATURES).toContain(entry.nature);
      expect(entry.key.startsWith(`${entry.level}.`)).toBe(true);
      // EU usage in English: competences, not competencies.
      expect(`${entry.title.en} ${entry.note.en}`, entry.key).not.toMatch(/competenc(y|ies)/i);
    }
  });

  it('has unique keys, found by catalogueEntry', () => {
    const keys = CATALOGUE.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(catalogueEntry('departement.pmi')?.title.en).toMatch(/maternal and child protection/i);
    expect(catalogueEntry('departement.nothing')).toBeUndefined();
  });

  it('marks the shared competences and the legal basis of external action as the study describes', () => {
    for (const level of ['region', 'departement', 'commune'] as const) {
      expect(catalogueEntry(`${level}.culture_sport_tourism`)?.nature).toBe('shared');
    }
    expect(catalogueEntry('all.external_action')?.reference).toMatch(/L1115-1/);
    expect(catalogueEntry('all.solidarity_water')?.reference).toMatch(/L1115-1-1/);
  });

  it('states L1115-1 in full: implement or support, the 2030 Agenda, agreements sent to the prefect', () => {
    const entry = catalogueEntry('all.external_action')!;
    expect(entry.reference).toMatch(/2014-773 du 7 juillet 2014/);
    expect(entry.reference).toMatch(/2021/);
    expect(entry.note.fr).toMatch(/mettre en œuvre ou soutenir/);
    expect(entry.note.fr).toMatch(/humanitaire/);
    expect(entry.note.fr).toMatch(/Agenda 2030/);
    expect(entry.note.fr).toMatch(/ODD/);
    expect(entry.note.fr).toMatch(/montant prévisionnel des engagements financiers/);
    expect(entry.note.fr).toMatch(/transmission au préfet/);
    expect(entry.note.en).toMatch(/carry out or support/);
    expect(entry.note.en).toMatch(/calls for proposals/);
  });

  it('writes the later laws beside the entries they changed', () => {
    // Sole competence for business aid: L1511-2, not L1511-1.
    expect(catalogueEntry('region.economic_development')?.reference).toMatch(/L1511-2/);
    expect(catalogueEntry('region.economic_development')?.reference).not.toMatch(/L1511-1\b/);
    // Apprenticeship: the Région's role reduced by the law of 5 September 2018.
    expect(catalogueEntry('region.vocational_training')?.reference).toMatch(/2018-771 du 5 septembre 2018/);
    expect(catalogueEntry('region.vocational_training')?.note.fr).toMatch(/France compétences/);
    // Early childhood: communes organise it since 1 January 2025.
    const childhood = catalogueEntry('commune.early_childhood_youth')!;
    expect(childhood.reference).toMatch(/L214-1-3/);
    expect(childhood.reference).toMatch(/1er janvier 2025/);
    expect(childhood.nature).toBe('mandatory');
    // Water and sanitation: no compulsory transfer to communautés de communes since 11 April 2025.
    for (const key of ['commune.water_sanitation', 'epci.water_sanitation']) {
      expect(catalogueEntry(key)?.reference, key).toMatch(/11 avril 2025/);
    }
    expect(catalogueEntry('epci.water_sanitation')?.epciTypes?.cc).toBe('optional');
    // Mobility: agglomerations held it since 1999, the 2019 law did not give it to them.
    expect(catalogueEntry('epci.mobility')?.note.fr).toMatch(/12 juillet 1999/);
    expect(catalogueEntry('epci.mobility')?.epciTypes).toEqual({ cc: 'optional', ca: 'mandatory', cu: 'mandatory', metropole: 'mandatory' });
  });

  it('says per kind of EPCI whether each competence is compulsory, and calls it mandatory only when it is for all', () => {
    for (const entry of CATALOGUE.filter((e) => e.level === 'epci')) {
      expect(entry.epciTypes, entry.key).toBeDefined();
      expect(Object.keys(entry.epciTypes!).sort(), entry.key).toEqual([...EPCI_TYPES].sort());
      const allMandatory = EPCI_TYPES.every((t) => entry.epciTypes![t] === 'mandatory');
      expect(entry.nature === 'mandatory', entry.key).toBe(allMandatory);
    }
    // Not one list marked "mandatory": some competences are optional for some kinds.
    expect(CATALOGUE.filter((e) => e.level === 'epci').some((e) => e.nature !== 'mandatory')).toBe(true);
  });

  it('offers each authority level its own catalogue plus the legal basis; a foreign authority none', () => {
    for (const level of AUTHORITY_LEVELS) {
      const levels = catalogueLevelsFor(level);
      const entries = catalogueFor(level);
      expect(entries.every((e) => levels.includes(e.level))).toBe(true);
    }
    expect(catalogueLevelsFor('departement')).toEqual(['departement', 'all']);
    expect(catalogueFor('epci').some((e) => e.key === 'departement.rsa')).toBe(false);
    expect(
      catalogueFor('other')
        .map((e) => e.key)
        .sort(),
    ).toEqual(['all.external_action', ...SCHEME_KEYS].sort());
    expect(catalogueFor('foreign')).toEqual([]);
  });

  // The "1 %" schemes are reserved to the bodies that run the service (CGCT L1115-1-1, L1115-2, L1115-3).
  const OFFERED: Record<(typeof AUTHORITY_LEVELS)[number], string[]> = {
    commune: ['all.solidarity_water', 'all.solidarity_energy', 'all.solidarity_waste'],
    epci: SCHEME_KEYS,
    departement: [],
    region: ['all.solidarity_mobility'],
    other: SCHEME_KEYS,
    foreign: [],
  };
  for (const level of AUTHORITY_LEVELS) {
    it(`offers a ${level} exactly the "1 %" schemes the law allows it`, () => {
      const schemes = catalogueFor(level)
        .filter((e) => SCHEME_KEYS.includes(e.key))
        .map((e) => e.key);
      expect(schemes.sort()).toEqual([...OFFERED[level]].sort());
    });
  }
});
