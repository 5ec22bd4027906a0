import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import { actorRelations, actors } from '@/db/schema';
import { familyOf, type ActorCategory, type RelationType } from '@/db/schema/actors';
import { normalizeName } from '@/lib/actors/schemas';

type SeedActor = {
  key: string;
  name: string;
  category: ActorCategory;
  country?: string;
  city?: string;
  themes?: string[];
  languages?: string[];
  portfolio?: string;
  links?: string;
  influence: number;
  interest: number;
  tags?: string[];
  contact?: [name: string, role: string, email: string];
};

// A fictional département and its world: names are invented, countries and institutions real.
const ACTORS: SeedActor[] = [
  // Internal
  { key: 'president', name: 'Hélène Varenne, présidente du Département', category: 'chief_executive', country: 'FR', city: 'Montrevel', influence: 5, interest: 3, tags: ['exécutif'] },
  { key: 'vp-ri', name: 'Karim Aït-Ouali, vice-président relations internationales', category: 'elected_official', portfolio: 'Relations internationales et Europe', country: 'FR', influence: 4, interest: 5, tags: ['élu'] },
  { key: 'vp-youth', name: 'Odile Brunet, vice-présidente jeunesse et sports', category: 'elected_official', portfolio: 'Jeunesse, sports et vie associative', country: 'FR', influence: 3, interest: 3, tags: ['élu'] },
  { key: 'vp-social', name: 'Thierry Lafont, vice-président solidarités', category: 'elected_official', portfolio: 'Solidarités et insertion', country: 'FR', influence: 4, interest: 2, tags: ['élu'] },
  { key: 'assembly', name: 'Assemblée départementale', category: 'assembly', country: 'FR', city: 'Montrevel', influence: 5, interest: 2 },
  { key: 'dgs', name: 'Direction générale des services', category: 'dgs', country: 'FR', city: 'Montrevel', influence: 5, interest: 2 },
  { key: 'dri', name: 'Direction des relations internationales et de l’Europe', category: 'ir_body', country: 'FR', city: 'Montrevel', themes: ['coopération', 'Europe'], languages: ['fr', 'en', 'es'], influence: 3, interest: 5 },
  { key: 'dir-social', name: 'Direction de l’action sociale', category: 'directorate', country: 'FR', themes: ['solidarité', 'enfance'], influence: 3, interest: 2 },
  { key: 'dir-edu', name: 'Direction de l’éducation et des collèges', category: 'directorate', country: 'FR', themes: ['éducation'], influence: 3, interest: 3 },
  { key: 'dir-culture', name: 'Direction de la culture et du patrimoine', category: 'directorate', country: 'FR', themes: ['culture'], influence: 2, interest: 4 },
  { key: 'dir-env', name: 'Direction de l’environnement et de l’eau', category: 'directorate', country: 'FR', themes: ['eau', 'environnement'], influence: 3, interest: 3 },
  { key: 'dir-eco', name: 'Direction du développement territorial', category: 'directorate', country: 'FR', themes: ['économie', 'tourisme'], influence: 3, interest: 3 },
  { key: 'agent-eu', name: 'Chargée de mission fonds européens', category: 'agent', country: 'FR', languages: ['fr', 'en', 'de'], influence: 2, interest: 5 },
  // Territorial
  { key: 'asso-sn', name: 'Val-Solidarité Sénégal', category: 'association', country: 'FR', city: 'Montrevel', themes: ['santé', 'éducation'], links: 'Soutien à trois écoles de la commune de Nioro-Kaya depuis 2009 ; missions annuelles de bénévoles.', influence: 2, interest: 5, tags: ['solidarité'], contact: ['Martine Cazals', 'Présidente', 'contact@val-solidarite.example'] },
  { key: 'jumelage', name: 'Comité de jumelage de Saint-Aurel', category: 'association', country: 'FR', city: 'Saint-Aurel', themes: ['culture', 'jeunesse'], links: 'Jumelage avec Valmaggiore (Italie) : échanges scolaires et sportifs chaque printemps.', influence: 2, interest: 4, tags: ['jumelage'] },
  { key: 'isf', name: 'Ingénieurs solidaires du Val-d’Argence', category: 'association', country: 'FR', city: 'Belcastel', themes: ['eau', 'assainissement'], links: 'Points d’eau et latrines dans les écoles de Tamboura (Bénin).', influence: 2, interest: 4, tags: ['eau', 'assainissement'] },
  { key: 'asso-peru', name: 'Andes-Argence Échanges', category: 'association', country: 'FR', city: 'Montrevel', themes: ['agriculture', 'jeunesse'], influence: 1, interest: 4 },
  { key: 'diaspora-sn', name: 'Association des Sénégalais du Val-d’Argence', category: 'diaspora', country: 'FR', city: 'Montrevel', themes: ['diaspora', 'culture'], languages: ['fr', 'wo'], links: 'Relais auprès des familles originaires de la région de Kaolack ; envois de fonds et projets d’écoles.', influence: 2, interest: 5, tags: ['diaspora'] },
  { key: 'diaspora-ma', name: 'Collectif franco-marocain de la vallée', category: 'diaspora', country: 'FR', city: 'Belcastel', themes: ['diaspora', 'entrepreneuriat'], languages: ['fr', 'ar'], influence: 2, interest: 4, tags: ['diaspora'] },
  { key: 'diaspora-pt', name: 'Amicale portugaise de Montrevel', category: 'diaspora', country: 'FR', city: 'Montrevel', themes: ['culture'], languages: ['fr', 'pt'], influence: 1, interest: 3, tags: ['diaspora'] },
  { key: 'college-jm', name: 'Collège Jean-Moulin', category: 'school', country: 'FR', city: 'Montrevel', themes: ['éducation', 'langues'], links: 'Échange annuel avec un Gymnasium de Lindenau (Allemagne).', influence: 2, interest: 4, tags: ['Erasmus+'] },
  { key: 'college-cv', name: 'Collège du Causse-Vert', category: 'school', country: 'FR', city: 'Belcastel', themes: ['éducation'], influence: 1, interest: 3 },
  { key: 'lycee-agri', name: 'Lycée agricole de la Vallée', category: 'school', country: 'FR', city: 'Saint-Aurel', themes: ['agriculture', 'formation'], links: 'Stages au Maroc et au Brésil ; projet laitier avec Vila Serena.', influence: 2, interest: 4, tags: ['Erasmus+'] },
  { key: 'univ', name: 'Université de Haute-Argence', category: 'university', country: 'FR', city: 'Montrevel', themes: ['recherche', 'eau', 'agronomie'], languages: ['fr', 'en'], influence: 4, interest: 3, tags: ['recherche'] },
  { key: 'hospital', name: 'Centre hospitalier de Montrevel', category: 'hospital', country: 'FR', city: 'Montrevel', themes: ['santé'], links: 'Formation de sages-femmes avec le district sanitaire de Nioro-Kaya.', influence: 3, interest: 3 },
  { key: 'hydro', name: 'Argence Hydro SAS', category: 'company', country: 'FR', city: 'Belcastel', themes: ['eau', 'énergie'], links: 'Exporte des micro-turbines vers l’Afrique de l’Ouest et le Viêt Nam.', influence: 3, interest: 3, tags: ['export'] },
  { key: 'laiterie', name: 'Laiterie de la Combe', category: 'company', country: 'FR', city: 'Saint-Aurel', themes: ['agroalimentaire'], influence: 2, interest: 2, tags: ['export'] },
  { key: 'bois', name: 'Scierie Vernhes et fils', category: 'company', country: 'FR', themes: ['bois'], influence: 1, interest: 1 },
  { key: 'cci', name: 'CCI du Val-d’Argence', category: 'chamber', country: 'FR', city: 'Montrevel', themes: ['économie', 'export'], influence: 4, interest: 3, tags: ['export'] },
  { key: 'scene', name: 'Scène nationale La Filature', category: 'cultural', country: 'FR', city: 'Montrevel', themes: ['culture', 'spectacle vivant'], links: 'Coproductions avec des compagnies de Dakar et de Cracovie.', influence: 2, interest: 4 },
  { key: 'festival', name: 'Festival des Suds d’Argence', category: 'cultural', country: 'FR', city: 'Belcastel', themes: ['musique', 'culture'], influence: 2, interest: 4 },
  { key: 'mjc', name: 'Maison des jeunes de Belcastel', category: 'youth', country: 'FR', city: 'Belcastel', themes: ['jeunesse', 'mobilité'], influence: 1, interest: 4, tags: ['volontariat'] },
  { key: 'mission-locale', name: 'Mission locale du Val-d’Argence', category: 'youth', country: 'FR', city: 'Montrevel', themes: ['insertion', 'jeunesse', 'mobilité'], influence: 2, interest: 3, tags: ['volontariat'] },
  { key: 'rrma', name: 'Argence Coopération, réseau régional multi-acteurs', category: 'regional_network', country: 'FR', city: 'Montrevel', themes: ['coopération', 'éducation à la citoyenneté'], influence: 3, interest: 5, tags: ['réseau'] },
  { key: 'ville-montrevel', name: 'Ville de Montrevel', category: 'local_commune', country: 'FR', city: 'Montrevel', themes: ['jumelage'], influence: 4, interest: 3 },
  { key: 'ville-saint-aurel', name: 'Commune de Saint-Aurel', category: 'local_commune', country: 'FR', city: 'Saint-Aurel', influence: 2, interest: 3 },
  { key: 'cc-haut-val', name: 'Communauté de communes du Haut-Val', category: 'local_epci', country: 'FR', city: 'Belcastel', themes: ['eau', 'déchets'], influence: 3, interest: 2 },
  { key: 'agglo', name: 'Montrevel Agglomération', category: 'local_epci', country: 'FR', city: 'Montrevel', themes: ['mobilité', 'économie'], influence: 4, interest: 3 },
  { key: 'region', name: 'Région Sud-Argence', category: 'local_region', country: 'FR', themes: ['économie', 'fonds européens'], influence: 5, interest: 3 },
  // External
  { key: 'nioro', name: 'Commune de Nioro-Kaya', category: 'partner_authority', country: 'SN', city: 'Nioro-Kaya', themes: ['éducation', 'santé', 'eau'], languages: ['fr', 'wo'], links: 'Partenaire de coopération décentralisée depuis 2009.', influence: 3, interest: 5, tags: ['coopération décentralisée'], contact: ['Awa Diallo', 'Secrétaire générale', 'awa.diallo@nioro-kaya.example'] },
  { key: 'tamboura', name: 'Commune de Tamboura', category: 'partner_authority', country: 'BJ', city: 'Tamboura', themes: ['eau', 'assainissement', 'écoles'], languages: ['fr'], influence: 2, interest: 5, tags: ['coopération décentralisée'] },
  { key: 'tafraout', name: 'Commune rurale d’Aït Tafraout', category: 'partner_authority', country: 'MA', city: 'Aït Tafraout', themes: ['tourisme', 'agriculture'], languages: ['fr', 'ar'], influence: 2, interest: 4, tags: ['coopération décentralisée'] },
  { key: 'lindenau', name: 'Landkreis Lindenau', category: 'partner_authority', country: 'DE', city: 'Lindenau', themes: ['jeunesse', 'énergie'], languages: ['de'], influence: 3, interest: 3, tags: ['jumelage'] },
  { key: 'valmaggiore', name: 'Comune di Valmaggiore', category: 'partner_authority', country: 'IT', city: 'Valmaggiore', themes: ['culture', 'gastronomie'], languages: ['it'], influence: 2, interest: 3, tags: ['jumelage'] },
  { key: 'zielonow', name: 'Gmina Zielonów', category: 'partner_authority', country: 'PL', city: 'Zielonów', themes: ['culture', 'économie'], languages: ['pl', 'en'], influence: 2, interest: 3, tags: ['jumelage'] },
  { key: 'bistrita', name: 'Consiliul Județean Valea Bistrei', category: 'partner_authority', country: 'RO', themes: ['social', 'enfance'], languages: ['ro', 'fr'], influence: 3, interest: 3, tags: ['coopération décentralisée'] },
  { key: 'vila-serena', name: 'Município de Vila Serena', category: 'partner_authority', country: 'BR', city: 'Vila Serena', themes: ['agriculture', 'environnement'], languages: ['pt'], influence: 2, interest: 4, tags: ['coopération décentralisée'] },
  { key: 'dong-hoa', name: 'Comité populaire de la commune de Đông Hòa', category: 'partner_authority', country: 'VN', themes: ['eau', 'formation'], languages: ['vi', 'fr'], influence: 3, interest: 3, tags: ['coopération décentralisée'] },
  { key: 'kaolack-region', name: 'Conseil départemental de Kaolack-Est', category: 'partner_authority', country: 'SN', themes: ['santé'], languages: ['fr', 'wo'], influence: 3, interest: 3 },
  { key: 'bouake', name: 'Commune de Bouaké-Lac', category: 'partner_authority', country: 'CI', themes: ['jeunesse', 'sport'], languages: ['fr'], influence: 2, interest: 3 },
  { key: 'cuf', name: 'Réseau national des collectivités pour la coopération', category: 'network', country: 'FR', city: 'Paris', themes: ['coopération'], influence: 3, interest: 4, tags: ['réseau'] },
  { key: 'ccre', name: 'AFCCRE, section française du Conseil des communes et régions d’Europe', category: 'network', country: 'FR', city: 'Orléans', themes: ['Europe'], languages: ['fr', 'en'], links: 'Les collectivités françaises adhèrent au CCRE par sa section française.', influence: 4, interest: 2, tags: ['réseau'] },
  { key: 'water-net', name: 'Réseau international des collectivités pour l’eau', category: 'network', country: 'CH', city: 'Genève', themes: ['eau'], languages: ['en', 'fr', 'es'], influence: 3, interest: 3, tags: ['réseau', 'eau'] },
  { key: 'meae', name: 'Ministère de l’Europe et des affaires étrangères (DAECT)', category: 'funder_ministry', country: 'FR', city: 'Paris', themes: ['coopération décentralisée'], influence: 5, interest: 3, tags: ['bailleur'] },
  { key: 'eu', name: 'Commission européenne', category: 'funder_eu', country: 'BE', city: 'Bruxelles', themes: ['Erasmus+', 'Interreg'], influence: 5, interest: 2, tags: ['bailleur'] },
  { key: 'afd', name: 'Agence française de développement', category: 'funder_agency', country: 'FR', city: 'Paris', themes: ['eau', 'climat'], influence: 4, interest: 2, tags: ['bailleur'] },
  { key: 'water-agency', name: 'Agence de l’eau du bassin d’Argence', category: 'funder_other', country: 'FR', themes: ['eau', 'coopération internationale'], links: 'Peut consacrer jusqu’à 1 % de ses ressources à la coopération internationale dans le domaine de l’eau (Code de l’environnement, art. L213-9-2).', influence: 3, interest: 3, tags: ['bailleur', '1 % eau'] },
  { key: 'unesco', name: 'Bureau régional de l’UNESCO à Dakar', category: 'international_org', country: 'SN', city: 'Dakar', themes: ['éducation', 'patrimoine'], influence: 3, interest: 1 },
  { key: 'embassy-sn', name: 'Ambassade de France au Sénégal', category: 'embassy', country: 'SN', city: 'Dakar', themes: ['coopération'], influence: 3, interest: 2 },
  { key: 'embassy-br', name: 'Consulat général de France à São Paulo', category: 'embassy', country: 'BR', city: 'São Paulo', influence: 2, interest: 1 },
];

type SeedRelation = [from: string, to: string, type: RelationType, strength: number, start?: string, directed?: boolean];

const RELATIONS: SeedRelation[] = [
  ['president', 'dgs', 'supervision', 5, undefined, true],
  ['dgs', 'dri', 'supervision', 4, undefined, true],
  ['dgs', 'dir-social', 'supervision', 4, undefined, true],
  ['dgs', 'dir-edu', 'supervision', 4, undefined, true],
  ['dgs', 'dir-culture', 'supervision', 4, undefined, true],
  ['dgs', 'dir-env', 'supervision', 4, undefined, true],
  ['dgs', 'dir-eco', 'supervision', 4, undefined, true],
  ['dri', 'agent-eu', 'supervision', 3, undefined, true],
  ['vp-ri', 'dri', 'coordination', 5],
  ['president', 'vp-ri', 'coordination', 4],
  ['assembly', 'president', 'supervision', 3, undefined, true],
  ['dri', 'dir-culture', 'coordination', 3],
  ['dri', 'dir-env', 'coordination', 4],
  ['dri', 'dir-edu', 'coordination', 2],
  ['dri', 'dir-social', 'coordination', 1],
  ['vp-youth', 'mjc', 'coordination', 2],
  ['president', 'nioro', 'partnership', 5, '2009-03-12'],
  ['president', 'tamboura', 'partnership', 4, '2014-06-01'],
  ['president', 'tafraout', 'partnership', 3, '2018-10-15'],
  ['president', 'lindenau', 'twinning', 3, '1987-05-09'],
  ['president', 'bistrita', 'partnership', 3, '2002-09-20'],
  ['president', 'vila-serena', 'partnership', 3, '2016-04-04'],
  ['president', 'dong-hoa', 'partnership', 4, '2011-11-25'],
  ['ville-saint-aurel', 'valmaggiore', 'twinning', 4, '1992-06-21'],
  ['ville-montrevel', 'zielonow', 'twinning', 3, '1998-05-01'],
  ['ville-montrevel', 'lindenau', 'twinning', 2, '1987-05-09'],
  ['dri', 'nioro', 'coordination', 5],
  ['dri', 'tamboura', 'coordination', 4],
  ['dri', 'dong-hoa', 'coordination', 3],
  ['dri', 'bistrita', 'coordination', 2],
  ['dri', 'vila-serena', 'coordination', 3],
  ['dri', 'tafraout', 'coordination', 3],
  ['president', 'cuf', 'membership', 3, '2005-01-01', true],
  ['president', 'ccre', 'membership', 2, '2010-01-01', true],
  ['president', 'water-net', 'membership', 3, '2015-01-01', true],
  ['ville-montrevel', 'ccre', 'membership', 2, undefined, true],
  ['dri', 'rrma', 'membership', 4, '2012-01-01', true],
  ['asso-sn', 'rrma', 'membership', 3, undefined, true],
  ['isf', 'rrma', 'membership', 3, undefined, true],
  ['diaspora-sn', 'rrma', 'membership', 2, undefined, true],
  ['scene', 'rrma', 'membership', 1, undefined, true],
  ['meae', 'president', 'funding', 4, '2019-01-01', true],
  ['eu', 'president', 'funding', 3, '2021-01-01', true],
  ['eu', 'college-jm', 'funding', 3, '2022-09-01', true],
  ['eu', 'lycee-agri', 'funding', 3, '2021-09-01', true],
  ['afd', 'tamboura', 'funding', 3, '2020-01-01', true],
  ['water-agency', 'isf', 'funding', 3, '2017-01-01', true],
  ['water-agency', 'president', 'funding', 4, '2016-01-01', true],
  ['president', 'asso-sn', 'funding', 3, '2010-01-01', true],
  ['president', 'isf', 'funding', 3, '2015-01-01', true],
  ['president', 'diaspora-sn', 'funding', 2, '2019-01-01', true],
  ['president', 'diaspora-ma', 'funding', 2, '2021-01-01', true],
  ['president', 'mjc', 'funding', 2, '2020-01-01', true],
  ['president', 'festival', 'funding', 2, '2016-01-01', true],
  ['region', 'cci', 'funding', 3, undefined, true],
  ['asso-sn', 'nioro', 'partnership', 4, '2009-01-01'],
  ['isf', 'tamboura', 'partnership', 4, '2014-01-01'],
  ['asso-peru', 'vila-serena', 'partnership', 2, '2019-01-01'],
  ['diaspora-sn', 'nioro', 'partnership', 3],
  ['diaspora-sn', 'kaolack-region', 'partnership', 2],
  ['diaspora-ma', 'tafraout', 'partnership', 3],
  ['jumelage', 'valmaggiore', 'partnership', 4, '1992-06-21'],
  ['jumelage', 'ville-saint-aurel', 'coordination', 4],
  ['college-jm', 'lindenau', 'partnership', 3, '2004-01-01'],
  ['lycee-agri', 'tafraout', 'partnership', 2, '2019-01-01'],
  ['lycee-agri', 'vila-serena', 'partnership', 3, '2017-01-01'],
  ['univ', 'dong-hoa', 'partnership', 3, '2013-01-01'],
  ['univ', 'water-net', 'membership', 2, undefined, true],
  ['hospital', 'nioro', 'partnership', 3, '2016-01-01'],
  ['hospital', 'kaolack-region', 'partnership', 2, '2018-01-01'],
  ['hydro', 'dong-hoa', 'partnership', 2, '2020-01-01'],
  ['hydro', 'cci', 'membership', 3, undefined, true],
  ['laiterie', 'cci', 'membership', 2, undefined, true],
  ['bois', 'cci', 'membership', 1, undefined, true],
  ['laiterie', 'lycee-agri', 'partnership', 2],
  ['cci', 'dir-eco', 'coordination', 3],
  ['scene', 'zielonow', 'partnership', 2, '2021-01-01'],
  ['festival', 'nioro', 'partnership', 2, '2018-01-01'],
  ['festival', 'dir-culture', 'coordination', 3],
  ['mjc', 'bouake', 'partnership', 2, '2022-01-01'],
  ['mission-locale', 'mjc', 'coordination', 3],
  ['mission-locale', 'eu', 'funding', 2, '2023-01-01', false],
  ['rrma', 'meae', 'funding', 2, undefined, false],
  ['president', 'region', 'coordination', 3],
  ['president', 'agglo', 'coordination', 3],
  ['president', 'ville-montrevel', 'coordination', 3],
  ['president', 'cc-haut-val', 'coordination', 2],
  ['dri', 'region', 'coordination', 2],
  ['dri', 'ville-montrevel', 'coordination', 2],
  ['cc-haut-val', 'tamboura', 'partnership', 2, '2019-01-01'],
  ['agglo', 'dong-hoa', 'partnership', 2, '2020-01-01'],
  ['embassy-sn', 'dri', 'coordination', 2],
  ['embassy-sn', 'nioro', 'coordination', 2],
  ['embassy-br', 'vila-serena', 'coordination', 1],
  ['unesco', 'nioro', 'coordination', 1],
  ['nioro', 'kaolack-region', 'coordination', 3],
  ['dir-env', 'tamboura', 'coordination', 3],
  ['dir-social', 'bistrita', 'coordination', 2],
  ['dir-edu', 'college-jm', 'supervision', 2, undefined, true],
  ['dir-edu', 'college-cv', 'supervision', 2, undefined, true],
  ['agent-eu', 'eu', 'coordination', 3],
];

/** Seeds the demo actors map; returns the actor ids by key (e.g. `nioro`, the partner authority). */
export function seedActors(tx: Tx, workspaceId: string, now = new Date()) {
  const ids = new Map<string, string>();
  for (const a of ACTORS) {
    const id = crypto.randomUUID();
    ids.set(a.key, id);
    tx.insert(actors)
      .values({
        id,
        workspaceId,
        family: familyOf(a.category),
        category: a.category,
        name: a.name,
        normalizedName: normalizeName(a.name),
        portfolio: a.portfolio ?? null,
        country: a.country ?? null,
        city: a.city ?? null,
        themes: a.themes ?? [],
        languages: a.languages ?? ['fr'],
        links: a.links ?? null,
        influence: a.influence,
        interest: a.interest,
        tags: a.tags ?? [],
        website: null,
        contactName: a.contact?.[0] ?? null,
        contactRole: a.contact?.[1] ?? null,
        contactEmail: a.contact?.[2] ?? null,
        contactPhone: null,
        createdAt: now,
        updatedAt: now,
      })
      .run();
  }
  for (const [from, to, type, strength, start, directed] of RELATIONS) {
    tx.insert(actorRelations)
      .values({
        id: crypto.randomUUID(),
        workspaceId,
        sourceId: ids.get(from)!,
        targetId: ids.get(to)!,
        type,
        directed: directed ?? false,
        strength,
        startDate: start ?? null,
        endDate: null,
        notes: null,
        createdAt: now,
      })
      .run();
  }
  return ids;
}

export const DEMO_ACTOR_COUNT = ACTORS.length;
export const DEMO_RELATION_COUNT = RELATIONS.length;
