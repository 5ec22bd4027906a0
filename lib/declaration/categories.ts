import { AID_CATEGORIES, type AidCategory } from '@/db/enums/declaration';

export { AID_CATEGORIES, type AidCategory };

/**
 * The declaration's categories as data, in the State form's order (db/enums/declaration.ts).
 * `countryRequired`: spending of that category is declared by recipient country, so an action
 * without a country is missing; the others (awareness in France, refugees hosted here, staff,
 * multilateral contributions) count under "not allocable by country" when no country is given.
 */
export const AID_CATEGORY_INFO: Record<AidCategory, { countryRequired: boolean; label: { fr: string; en: string } }> = {
  decentralised_cooperation: {
    countryRequired: true,
    label: { fr: 'Projets de coopération décentralisée', en: 'Decentralised cooperation projects' },
  },
  solidarity_schemes: {
    countryRequired: true,
    label: { fr: 'Dispositifs « 1 % » eau, assainissement, déchets et énergie', en: '1 % solidarity schemes (water, waste, energy)' },
  },
  ngo_grants: { countryRequired: true, label: { fr: 'Subventions aux organisations non gouvernementales', en: 'Grants to non-governmental organisations' } },
  development_awareness: {
    countryRequired: false,
    label: { fr: 'Éducation et sensibilisation au développement', en: 'Development awareness and education' },
  },
  refugees: { countryRequired: false, label: { fr: 'Soutien aux réfugiés', en: 'Support to refugees' } },
  students: { countryRequired: true, label: { fr: 'Étudiants originaires des pays éligibles', en: 'Students from eligible countries' } },
  staff_follow_up: { countryRequired: false, label: { fr: 'Frais de personnel et de suivi', en: 'Staff and follow-up costs' } },
  multilateral: { countryRequired: false, label: { fr: 'Contributions multilatérales', en: 'Multilateral contributions' } },
};

/** The country key under which spending not allocable by country is declared. */
export const NOT_ALLOCABLE = '__none';

export function isAidCategory(value: unknown): value is AidCategory {
  return typeof value === 'string' && (AID_CATEGORIES as readonly string[]).includes(value);
}
