import { describe, expect, it } from 'vitest';
import { COMPETENCY_DOMAINS, COMPETENCY_NATURES } from '@/db/schema/competencies';
import { AUTHORITY_LEVELS } from '@/db/schema/workspaces';
import { LOCALES } from '@/lib/i18n/config';
import { CATALOGUE, CATALOGUE_LEVELS, catalogueEntry, catalogueFor, catalogueLevelsFor } from './catalogue';

// The facts the catalogue must hold for each level (issue #5), by key.
const REQUIRED: Record<(typeof CATALOGUE_LEVELS)[number], string[]> = {
  region: [
    'economic_development', 'sraddet', 'transport', 'lycees', 'vocational_training', 'higher_education',
    'natural_parks', 'waste_planning', 'climate_energy', 'eu_funds', 'culture_sport_tourism',
  ],
  departement: [
    'rsa', 'child_welfare', 'pmi', 'elderly', 'disability', 'colleges', 'roads', 'sdis', 'territorial_solidarity',
    'natural_areas', 'housing_fund', 'libraries_archives', 'culture_sport_tourism',
  ],
  commune: ['civil_status_elections', 'schools', 'urban_planning', 'municipal_police', 'ccas', 'roads_cemeteries', 'early_childhood_youth', 'culture_sport_tourism'],
  epci: [
    'economic_development', 'tourism_promotion', 'scot_plui', 'housing_plh', 'urban_policy', 'mobility', 'household_waste',
    'water_sanitation', 'gemapi', 'travellers', 'pcaet',
  ],
  all: ['external_action', 'solidarity_water', 'solidarity_energy', 'solidarity_waste', 'solidarity_mobility'],
};

describe('competency catalogue', () => {
  for (const level of CATALOGUE_LEVELS) {
    it(`holds every required competency of the ${level} level`, () => {
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
    }
  });

  it('has unique keys, found by catalogueEntry', () => {
    const keys = CATALOGUE.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(catalogueEntry('departement.pmi')?.title.en).toMatch(/maternal and child protection/i);
    expect(catalogueEntry('departement.nothing')).toBeUndefined();
  });

  it('marks the shared competencies and the legal basis of external action as the study describes', () => {
    for (const level of ['region', 'departement', 'commune'] as const) {
      expect(catalogueEntry(`${level}.culture_sport_tourism`)?.nature).toBe('shared');
    }
    expect(catalogueEntry('all.external_action')?.reference).toMatch(/L1115-1/);
    expect(catalogueEntry('all.solidarity_water')?.reference).toMatch(/L1115-1-1/);
  });

  it('offers each authority level its own catalogue plus the legal basis; a foreign authority none', () => {
    for (const level of AUTHORITY_LEVELS) {
      const levels = catalogueLevelsFor(level);
      const entries = catalogueFor(level);
      expect(entries.every((e) => levels.includes(e.level))).toBe(true);
    }
    expect(catalogueLevelsFor('departement')).toEqual(['departement', 'all']);
    expect(catalogueFor('epci').some((e) => e.key === 'departement.rsa')).toBe(false);
    expect(catalogueFor('other').map((e) => e.level)).toEqual(REQUIRED.all.map(() => 'all'));
    expect(catalogueFor('foreign')).toEqual([]);
  });
});
