import SECTORS from './sectors.json';

/** One OECD DAC 5-digit purpose code (IATI Sector code list, vocabulary 1), from lib/iati/sectors.json. */
export type DacSector = { code: string; category: string; en: string; fr: string };

/** The active DAC 5-digit sectors, generated from the IATI 2.03 code list by scripts/iati-codelists.ts. */
export const DAC_SECTORS: readonly DacSector[] = SECTORS;
const BY_CODE = new Map(DAC_SECTORS.map((s) => [s.code, s]));

export const isDacSector = (code: string) => BY_CODE.has(code);
export const dacSector = (code: string) => BY_CODE.get(code) ?? null;

/**
 * Competency (lib/competencies/catalogue.ts key, without its level prefix) → the DAC sector an action serving it most often
 * falls under. A suggestion only: the officer chooses the action's sector. Documented in
 * docs/decisions/0028-iati-export-and-open-data.md.
 */
export const COMPETENCY_SECTORS: Record<string, string> = {
  water_sanitation: '14020',
  gemapi: '14010',
  household_waste: '14050',
  waste_planning: '14050',
  energy_distribution: '23110',
  climate_energy: '23183',
  pcaet: '41010',
  natural_areas: '41030',
  natural_parks: '41030',
  schools: '11220',
  colleges: '11320',
  lycees: '11320',
  higher_education: '11420',
  vocational_training: '11330',
  early_childhood_youth: '11240',
  libraries_archives: '16061',
  culture_sport_tourism: '16061',
  tourism_promotion: '33210',
  economic_development: '25010',
  eu_funds: '15112',
  external_action: '15112',
  territorial_solidarity: '15112',
  civil_status_elections: '15150',
  municipal_police: '15210',
  sdis: '72010',
  transport: '21010',
  mobility: '21010',
  roads: '21010',
  roads_cemeteries: '21010',
  urban_planning: '43030',
  urban_policy: '43030',
  scot_plui: '43030',
  sraddet: '43040',
  housing_plh: '16030',
  housing_fund: '16030',
  travellers: '16030',
  ccas: '16010',
  rsa: '16010',
  elderly: '16010',
  disability: '16010',
  child_welfare: '16010',
  pmi: '12220',
};

/**
 * The sector suggested for an action from its catalogue competencies: the most frequent mapped
 * sector (ties: the first competency's), else "decentralisation and support to subnational
 * government" (15112), what decentralised cooperation is when nothing more precise is known.
 */
export function suggestSector(competencyKeys: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const key of competencyKeys) {
    // Catalogue keys carry their level ("commune.water_sanitation"): the mapping is per competency.
    const code = COMPETENCY_SECTORS[key.slice(key.indexOf('.') + 1)];
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [code, n] of counts) if (best === null || n > counts.get(best)!) best = code;
  return best ?? '15112';
}
