import type { CompetencyDomain, CompetencyNature } from '@/db/schema/competencies';
import type { AuthorityLevel } from '@/db/schema/workspaces';
import type { Locale } from '@/lib/i18n/config';
import { SOLIDARITY_SCHEME_INFO, SOLIDARITY_SCHEMES } from './solidarity-schemes';

/**
 * The reference catalogue of French local authorities' competencies, shipped with the app.
 * Keys are stable (actions link to them); change the wording freely, never a key. Raise
 * CATALOGUE_VERSION when entries are added or removed so that exports can say which one they used.
 * Sources: the general code of local authorities (CGCT) and the codes it refers to, as amended by
 * the MAPTAM (27 January 2014), NOTRe (7 August 2015), "avenir professionnel" (5 September 2018),
 * Ferrand-Fesneau (3 August 2018), mobility orientation (LOM, 24 December 2019), "engagement et
 * proximité" (27 December 2019), 3DS (21 February 2022), full employment (18 December 2023, early
 * childhood from 1 January 2025) and water and sanitation (11 April 2025) laws, and the law of
 * 4 August 2021 on solidarity-based development for external action. Each entry's `reference`
 * names the article and the version relied on; docs/decisions/0018-domain-law-and-demo.md lists
 * what could not be checked against the official text.
 */
export const CATALOGUE_VERSION = '2026-12';

/** The kinds of EPCI with their own tax, whose compulsory competences differ. */
export const EPCI_TYPES = ['cc', 'ca', 'cu', 'metropole'] as const;
export type EpciType = (typeof EPCI_TYPES)[number];

/** The catalogue's own levels; `all` holds the legal basis of external action, valid for every French level. */
export const CATALOGUE_LEVELS = ['region', 'departement', 'commune', 'epci', 'all'] as const;
export type CatalogueLevel = (typeof CATALOGUE_LEVELS)[number];

export type CatalogueEntry = {
  key: string;
  level: CatalogueLevel;
  domain: CompetencyDomain;
  nature: CompetencyNature;
  /** Legal reference, the same in every language. */
  reference: string;
  title: Record<Locale, string>;
  note: Record<Locale, string>;
  /**
   * Only these authority levels are offered the entry (the "1 %" schemes, which the law reserves
   * to the bodies running the service); absent, every level the entry's level is shown to.
   */
  offeredTo?: readonly AuthorityLevel[];
  /**
   * For intermunicipal entries: whether each kind of EPCI must hold the competence or may take it.
   * The entry's `nature` is `mandatory` only when every kind must.
   */
  epciTypes?: Record<EpciType, 'mandatory' | 'optional'>;
};

type Entry = Omit<CatalogueEntry, 'key' | 'level'> & { key: string };

const entries = (level: CatalogueLevel, list: Entry[]): CatalogueEntry[] => list.map((e) => ({ ...e, key: `${level}.${e.key}`, level }));

const REGION = entries('region', [
  {
    key: 'economic_development',
    domain: 'economy',
    nature: 'mandatory',
    reference: 'CGCT, art. L1511-2 et L4251-12 (loi n° 2015-991 du 7 août 2015, NOTRe ; version en vigueur au 1er janvier 2025)',
    title: { fr: 'Développement économique et aides aux entreprises', en: 'Economic development and aid to businesses' },
    note: {
      fr: 'La Région arrête le schéma régional de développement économique, d’innovation et d’internationalisation (SRDEII, L4251-12) et est seule compétente pour définir les régimes d’aides aux entreprises et décider de leur octroi (L1511-2) ; communes et EPCI n’y participent que par convention avec elle, l’immobilier d’entreprise relevant d’eux (L1511-3).',
      en: 'The Région adopts the regional scheme for economic development, innovation and internationalisation (SRDEII, L4251-12) and alone defines aid schemes for businesses and grants such aid (L1511-2); communes and intermunicipal bodies only take part by agreement with it, business property being theirs (L1511-3).',
    },
  },
  {
    key: 'sraddet',
    domain: 'planning',
    nature: 'mandatory',
    reference: 'CGCT, art. L4251-1',
    title: { fr: 'Aménagement du territoire (SRADDET)', en: 'Regional planning (SRADDET)' },
    note: {
      fr: 'Schéma régional d’aménagement, de développement durable et d’égalité des territoires, opposable aux documents d’urbanisme locaux.',
      en: 'Regional scheme for planning, sustainable development and territorial equality, binding on local planning documents.',
    },
  },
  {
    key: 'transport',
    domain: 'mobility',
    nature: 'mandatory',
    reference:
      'Code des transports, art. L1231-1, L1231-3, L2121-3 et L3111-1 (loi n° 2019-1428 du 24 décembre 2019, LOM ; version en vigueur au 1er janvier 2025)',
    title: {
      fr: 'Autorité organisatrice de la mobilité régionale : trains, cars et transport scolaire',
      en: 'Regional mobility organising authority: trains, coaches and school transport',
    },
    note: {
      fr: 'Trains régionaux ; cars interurbains et transport scolaire hors ressort des autorités de mobilité locales (loi NOTRe). Depuis le 1er juillet 2021, la Région est aussi autorité organisatrice de la mobilité locale sur le territoire des communautés de communes qui n’ont pas pris la compétence (LOM).',
      en: 'Regional trains; interurban coaches and school transport outside local mobility authorities’ areas (NOTRe law). Since 1 July 2021 the Région is also the local mobility organising authority on the territory of communautés de communes that did not take the competence (LOM).',
    },
  },
  {
    key: 'lycees',
    domain: 'education',
    nature: 'mandatory',
    reference: 'Code de l’éducation, art. L214-6',
    title: { fr: 'Lycées', en: 'Upper secondary schools (lycées)' },
    note: {
      fr: 'Construction, équipement, entretien et fonctionnement des lycées ; accueil et restauration des élèves.',
      en: 'Building, equipping, maintaining and running lycées; reception and catering for pupils.',
    },
  },
  {
    key: 'vocational_training',
    domain: 'education',
    nature: 'mandatory',
    reference:
      'Code du travail, art. L6121-1 et L6211-3 (loi n° 2018-771 du 5 septembre 2018 pour la liberté de choisir son avenir professionnel ; version en vigueur au 1er janvier 2025)',
    title: {
      fr: 'Formation professionnelle, orientation et soutien aux centres d’apprentissage',
      en: 'Vocational training, guidance and support to apprentice training centres',
    },
    note: {
      fr: 'Formation des demandeurs d’emploi et information sur les métiers et les formations. Depuis la loi du 5 septembre 2018 (effet au 1er janvier 2020), l’apprentissage est financé par France compétences et les opérateurs de compétences : la Région ne le pilote plus et peut seulement aider les centres de formation d’apprentis (investissement, majoration de leur financement pour l’aménagement du territoire).',
      en: 'Training for jobseekers and information on trades and courses. Since the law of 5 September 2018 (in force from 1 January 2020), apprenticeship is funded by France compétences and the skills operators: the Région no longer steers it and may only support apprentice training centres (investment, extra funding for regional planning reasons).',
    },
  },
  {
    key: 'higher_education',
    domain: 'education',
    nature: 'shared',
    reference: 'Code de l’éducation, art. L214-2',
    title: { fr: 'Soutien à l’enseignement supérieur et à la recherche', en: 'Support to higher education and research' },
    note: {
      fr: 'Schéma régional de l’enseignement supérieur, de la recherche et de l’innovation ; l’État reste compétent au premier chef.',
      en: 'Regional scheme for higher education, research and innovation; the State remains primarily responsible.',
    },
  },
  {
    key: 'natural_parks',
    domain: 'environment',
    nature: 'optional',
    reference: 'Code de l’environnement, art. L333-1',
    title: { fr: 'Parcs naturels régionaux', en: 'Regional natural parks' },
    note: {
      fr: 'La Région prend l’initiative du classement et adopte la charte avec les communes concernées.',
      en: 'The Région initiates the designation and adopts the charter with the communes concerned.',
    },
  },
  {
    key: 'waste_planning',
    domain: 'environment',
    nature: 'mandatory',
    reference: 'Code de l’environnement, art. L541-13',
    title: { fr: 'Planification de la prévention et de la gestion des déchets', en: 'Waste prevention and management planning' },
    note: {
      fr: 'Plan régional de prévention et de gestion des déchets (PRPGD), intégré au SRADDET.',
      en: 'Regional waste prevention and management plan (PRPGD), part of the SRADDET.',
    },
  },
  {
    key: 'climate_energy',
    domain: 'environment',
    nature: 'shared',
    reference: 'CGCT, art. L1111-9',
    title: { fr: 'Climat, qualité de l’air et énergie', en: 'Climate, air quality and energy' },
    note: {
      fr: 'La Région est cheffe de file pour le climat, l’air et l’énergie ; les objectifs figurent au SRADDET.',
      en: 'The Région leads on climate, air and energy; the objectives are set in the SRADDET.',
    },
  },
  {
    key: 'eu_funds',
    domain: 'europe',
    nature: 'mandatory',
    reference: 'Loi MAPTAM du 27 janvier 2014, art. 78',
    title: { fr: 'Autorité de gestion des fonds européens structurels', en: 'Managing authority for EU structural funds' },
    note: {
      fr: 'Gestion du FEDER, d’une part du FSE+ et des aides non surfaciques du FEADER sur le territoire régional.',
      en: 'Manages the ERDF, part of the ESF+ and the non-area-based EAFRD aid on the regional territory.',
    },
  },
  {
    key: 'culture_sport_tourism',
    domain: 'culture',
    nature: 'shared',
    reference: 'CGCT, art. L1111-4',
    title: { fr: 'Culture, sport, tourisme et langues régionales', en: 'Culture, sport, tourism and regional languages' },
    note: {
      fr: 'Compétences partagées entre les communes, les départements, les régions et les collectivités à statut particulier.',
      en: 'Competences shared between communes, départements, Régions and authorities with a special status.',
    },
  },
]);

const DEPARTEMENT = entries('departement', [
  {
    key: 'rsa',
    domain: 'social',
    nature: 'mandatory',
    reference: 'Code de l’action sociale et des familles, art. L262-13',
    title: { fr: 'Revenu de solidarité active (RSA) et insertion', en: 'Minimum income (RSA) and integration' },
    note: {
      fr: 'Le Département attribue et finance le RSA et organise l’accompagnement vers l’emploi de ses bénéficiaires.',
      en: 'The département grants and funds the RSA and organises support towards employment for its recipients.',
    },
  },
  {
    key: 'child_welfare',
    domain: 'social',
    nature: 'mandatory',
    reference: 'Code de l’action sociale et des familles, art. L221-1',
    title: { fr: 'Aide sociale à l’enfance (ASE)', en: 'Child welfare (ASE)' },
    note: {
      fr: 'Prévention, protection et prise en charge des mineurs et jeunes majeurs en difficulté, dont l’accueil familial.',
      en: 'Prevention, protection and care for minors and young adults in difficulty, including foster care.',
    },
  },
  {
    key: 'pmi',
    domain: 'social',
    nature: 'mandatory',
    reference: 'Code de la santé publique, art. L2112-1',
    title: { fr: 'Protection maternelle et infantile (PMI)', en: 'Maternal and child protection (PMI)' },
    note: {
      fr: 'Consultations prénatales et pédiatriques, agrément des assistantes maternelles, prévention en santé des jeunes enfants.',
      en: 'Antenatal and paediatric consultations, approval of childminders, health prevention for young children.',
    },
  },
  {
    key: 'elderly',
    domain: 'social',
    nature: 'mandatory',
    reference: 'Code de l’action sociale et des familles, art. L232-1',
    title: { fr: 'Personnes âgées : allocation personnalisée d’autonomie (APA)', en: 'The elderly: personal autonomy allowance (APA)' },
    note: {
      fr: 'Aide aux personnes âgées en perte d’autonomie, à domicile ou en établissement, et autorisation des établissements.',
      en: 'Support for elderly people losing autonomy, at home or in care homes, and authorisation of care homes.',
    },
  },
  {
    key: 'disability',
    domain: 'social',
    nature: 'mandatory',
    reference: 'Code de l’action sociale et des familles, art. L245-1 et L146-3',
    title: { fr: 'Handicap : prestation de compensation (PCH) et MDPH', en: 'Disability: compensation benefit (PCH) and MDPH' },
    note: {
      fr: 'Prestation de compensation du handicap et tutelle de la maison départementale des personnes handicapées.',
      en: 'Disability compensation benefit and oversight of the departmental house for disabled people.',
    },
  },
  {
    key: 'colleges',
    domain: 'education',
    nature: 'mandatory',
    reference: 'Code de l’éducation, art. L213-2',
    title: { fr: 'Collèges', en: 'Lower secondary schools (collèges)' },
    note: {
      fr: 'Construction, équipement, entretien et fonctionnement des collèges ; restauration et hébergement des élèves.',
      en: 'Building, equipping, maintaining and running collèges; catering and boarding for pupils.',
    },
  },
  {
    key: 'roads',
    domain: 'mobility',
    nature: 'mandatory',
    reference: 'Code de la voirie routière, art. L131-1',
    title: { fr: 'Routes départementales', en: 'Departmental roads' },
    note: {
      fr: 'Aménagement, entretien et exploitation du réseau routier départemental et de ses ouvrages d’art.',
      en: 'Developing, maintaining and operating the departmental road network and its structures.',
    },
  },
  {
    key: 'sdis',
    domain: 'public_services',
    nature: 'mandatory',
    reference: 'CGCT, art. L1424-35',
    title: { fr: 'Financement des services d’incendie et de secours (SDIS)', en: 'Funding of fire and rescue services (SDIS)' },
    note: {
      fr: 'Le Département est le premier financeur du service départemental d’incendie et de secours et siège à son conseil.',
      en: 'The département is the main funder of the departmental fire and rescue service and sits on its board.',
    },
  },
  {
    key: 'territorial_solidarity',
    domain: 'planning',
    nature: 'shared',
    reference: 'CGCT, art. L1111-9 et L3232-1-1',
    title: { fr: 'Solidarité territoriale et appui aux communes rurales', en: 'Territorial solidarity and support to rural communes' },
    note: {
      fr: 'Chef de file de la solidarité des territoires : assistance technique et aides aux projets des communes rurales.',
      en: 'Lead authority for territorial solidarity: technical assistance and grants to rural communes’ projects.',
    },
  },
  {
    key: 'natural_areas',
    domain: 'environment',
    nature: 'optional',
    reference: 'Code de l’urbanisme, art. L113-8',
    title: { fr: 'Espaces naturels sensibles', en: 'Sensitive natural areas' },
    note: {
      fr: 'Politique de protection, de gestion et d’ouverture au public, financée par une part de la taxe d’aménagement.',
      en: 'Protection, management and public access policy, funded by a share of the development tax.',
    },
  },
  {
    key: 'housing_fund',
    domain: 'social',
    nature: 'mandatory',
    reference: 'Loi n° 90-449 du 31 mai 1990, art. 6',
    title: { fr: 'Fonds de solidarité pour le logement (FSL)', en: 'Housing solidarity fund (FSL)' },
    note: {
      fr: 'Aides aux ménages en difficulté pour accéder à un logement ou s’y maintenir, et payer l’eau et l’énergie.',
      en: 'Aid to households in difficulty to access or keep housing and pay for water and energy.',
    },
  },
  {
    key: 'libraries_archives',
    domain: 'culture',
    nature: 'mandatory',
    reference: 'Code du patrimoine, art. L212-6 et L330-1',
    title: { fr: 'Bibliothèques départementales et archives départementales', en: 'Departmental lending libraries and archives' },
    note: {
      fr: 'Appui aux bibliothèques des petites communes par la bibliothèque départementale ; conservation et communication des archives.',
      en: 'The departmental library supports small communes’ libraries; archives are kept and made available.',
    },
  },
  {
    key: 'culture_sport_tourism',
    domain: 'culture',
    nature: 'shared',
    reference: 'CGCT, art. L1111-4',
    title: { fr: 'Culture, sport et tourisme', en: 'Culture, sport and tourism' },
    note: {
      fr: 'Compétences partagées avec les autres niveaux de collectivités ; le Département y intervient notamment en milieu rural.',
      en: 'Competences shared with the other levels; the Département is active in them particularly in rural areas.',
    },
  },
]);

const COMMUNE = entries('commune', [
  {
    key: 'civil_status_elections',
    domain: 'public_services',
    nature: 'mandatory',
    reference: 'Code civil, art. 34-1 ; Code électoral',
    title: { fr: 'État civil et élections', en: 'Civil status and elections' },
    note: {
      fr: 'Le maire agit au nom de l’État : actes d’état civil, listes électorales et organisation des scrutins.',
      en: 'The mayor acts on behalf of the State: civil registration, electoral rolls and running elections.',
    },
  },
  {
    key: 'schools',
    domain: 'education',
    nature: 'mandatory',
    reference: 'Code de l’éducation, art. L212-4',
    title: { fr: 'Écoles maternelles et élémentaires', en: 'Pre-primary and primary schools' },
    note: {
      fr: 'Construction, entretien et fonctionnement des écoles publiques ; activités périscolaires et restauration.',
      en: 'Building, maintaining and running public schools; after-school activities and catering.',
    },
  },
  {
    key: 'urban_planning',
    domain: 'planning',
    nature: 'mandatory',
    reference: 'Code de l’urbanisme, art. L153-8 et L422-1',
    title: { fr: 'Plan local d’urbanisme et permis de construire', en: 'Local urban plan and building permits' },
    note: {
      fr: 'Élaboration du PLU lorsqu’il n’est pas intercommunal ; délivrance des autorisations d’urbanisme par le maire.',
      en: 'Drafting the local plan where it is not intermunicipal; the mayor issues planning permissions.',
    },
  },
  {
    key: 'municipal_police',
    domain: 'public_services',
    nature: 'mandatory',
    reference: 'CGCT, art. L2212-1 et L2212-2',
    title: { fr: 'Police municipale', en: 'Municipal police' },
    note: {
      fr: 'Pouvoirs de police du maire : bon ordre, sûreté, sécurité et salubrité publiques.',
      en: 'The mayor’s police powers: public order, safety, security and health.',
    },
  },
  {
    key: 'ccas',
    domain: 'social',
    nature: 'mandatory',
    reference: 'Code de l’action sociale et des familles, art. L123-4',
    title: { fr: 'Action sociale par le CCAS', en: 'Social action through the CCAS' },
    note: {
      fr: 'Le centre communal d’action sociale anime la prévention et le développement social ; obligatoire dès 1 500 habitants.',
      en: 'The municipal social action centre runs prevention and social development; compulsory from 1,500 inhabitants.',
    },
  },
  {
    key: 'roads_cemeteries',
    domain: 'public_services',
    nature: 'mandatory',
    reference: 'Code de la voirie routière, art. L141-1 ; CGCT, art. L2223-1',
    title: { fr: 'Voirie communale et cimetières', en: 'Local roads and cemeteries' },
    note: {
      fr: 'Entretien des voies communales ; création, agrandissement et police des cimetières.',
      en: 'Maintaining municipal roads; creating, extending and policing cemeteries.',
    },
  },
  {
    key: 'early_childhood_youth',
    domain: 'education',
    nature: 'mandatory',
    reference:
      'Code de l’action sociale et des familles, art. L214-1-3 (loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi, en vigueur le 1er janvier 2025)',
    title: {
      fr: 'Petite enfance (autorité organisatrice de l’accueil du jeune enfant) et jeunesse',
      en: 'Early childhood (organising authority for the care of young children) and youth',
    },
    note: {
      fr: 'Depuis le 1er janvier 2025, la commune est l’autorité organisatrice de l’accueil du jeune enfant : recenser les besoins et informer les familles ; planifier l’offre et soutenir sa qualité, avec des obligations graduées selon la population (seuils de 3 500 et 10 000 habitants ; relais petite enfance au-delà de 10 000). Crèches, accueils de loisirs et politique jeunesse restent facultatifs, le plus souvent avec la CAF.',
      en: 'Since 1 January 2025 the commune is the organising authority for the care of young children: assessing needs and informing families; planning provision and supporting its quality, with duties graded by population (thresholds of 3,500 and 10,000 inhabitants; a childminder network above 10,000). Nurseries, leisure centres and youth policy remain optional, usually with the family allowance fund.',
    },
  },
  {
    key: 'water_sanitation',
    domain: 'environment',
    nature: 'mandatory',
    reference: 'CGCT, art. L2224-7-1 et L2224-8 ; loi du 11 avril 2025 visant à assouplir la gestion des compétences « eau » et « assainissement »',
    title: { fr: 'Eau potable et assainissement', en: 'Drinking water and sanitation' },
    note: {
      fr: 'Service public communal de distribution d’eau potable et d’assainissement des eaux usées, sauf transfert à l’intercommunalité ou à un syndicat. Depuis la loi du 11 avril 2025, le transfert aux communautés de communes n’est plus obligatoire : les communes qui ont gardé ces services en restent compétentes (et peuvent alors mobiliser le 1 % eau et assainissement).',
      en: 'The commune’s public drinking water supply and wastewater sanitation service, unless transferred to its intermunicipal body or a syndicate. Since the law of 11 April 2025, transfer to communautés de communes is no longer compulsory: communes that kept these services remain competent (and may then use the water and sanitation 1 %).',
    },
  },
  {
    key: 'energy_distribution',
    domain: 'environment',
    nature: 'mandatory',
    reference: 'CGCT, art. L2224-31 (version en vigueur au 1er janvier 2025)',
    title: { fr: 'Autorité organisatrice de la distribution d’électricité et de gaz', en: 'Organising authority for electricity and gas distribution' },
    note: {
      fr: 'La commune est autorité concédante de la distribution publique d’électricité et de gaz, le plus souvent transférée à un syndicat départemental d’énergie, qui peut alors mobiliser le 1 % énergie.',
      en: 'The commune is the conceding authority for public electricity and gas distribution, usually transferred to a departmental energy syndicate, which may then use the energy 1 %.',
    },
  },
  {
    key: 'culture_sport_tourism',
    domain: 'culture',
    nature: 'shared',
    reference: 'CGCT, art. L2121-29 et L1111-4',
    title: { fr: 'Culture, sport et tourisme', en: 'Culture, sport and tourism' },
    note: {
      fr: 'La commune garde la clause de compétence générale : équipements culturels et sportifs, animation, accueil touristique.',
      en: 'The commune keeps its general competence: cultural and sports facilities, local events, tourist reception.',
    },
  },
]);

const ALL_MANDATORY = { cc: 'mandatory', ca: 'mandatory', cu: 'mandatory', metropole: 'mandatory' } as const;
const CC_OPTIONAL = { cc: 'optional', ca: 'mandatory', cu: 'mandatory', metropole: 'mandatory' } as const;

// Communauté de communes: CGCT L5214-16; d'agglomération: L5216-5; urbaine: L5215-20; métropole: L5217-2.
const EPCI = entries('epci', [
  {
    key: 'economic_development',
    domain: 'economy',
    nature: 'mandatory',
    reference: 'CGCT, art. L5214-16, L5216-5, L5215-20 et L5217-2 (loi NOTRe du 7 août 2015 ; version en vigueur au 1er janvier 2025)',
    title: { fr: 'Développement économique et zones d’activité', en: 'Economic development and business zones' },
    note: {
      fr: 'Toutes les intercommunalités : création, aménagement et gestion des zones d’activité, politique locale du commerce, immobilier d’entreprise (L1511-3). Les aides directes aux entreprises relèvent de la Région (L1511-2).',
      en: 'Every kind of intermunicipal body: creating, developing and managing business zones, local retail policy, business property (L1511-3). Direct aid to businesses belongs to the Région (L1511-2).',
    },
    epciTypes: ALL_MANDATORY,
  },
  {
    key: 'tourism_promotion',
    domain: 'economy',
    nature: 'mandatory',
    reference: 'CGCT, art. L5214-16, L5216-5, L5215-20 et L5217-2 (loi NOTRe du 7 août 2015, en vigueur le 1er janvier 2017)',
    title: { fr: 'Promotion du tourisme', en: 'Tourism promotion' },
    note: {
      fr: 'Promotion du tourisme, dont la création d’offices de tourisme, transférée à toutes les intercommunalités par la loi NOTRe ; certaines communes touristiques peuvent garder leur office.',
      en: 'Tourism promotion, including tourist offices, transferred to every intermunicipal body by the NOTRe law; some tourist communes may keep their own office.',
    },
    epciTypes: ALL_MANDATORY,
  },
  {
    key: 'scot_plui',
    domain: 'planning',
    nature: 'optional',
    reference: 'CGCT, art. L5214-16 et L5216-5 ; Code de l’urbanisme, art. L143-16 et L153-1 ; loi n° 2014-366 du 24 mars 2014 (ALUR), art. 136',
    title: { fr: 'Planification : SCoT et PLU intercommunal', en: 'Spatial planning: SCoT and intermunicipal plan' },
    note: {
      fr: 'Communautés urbaines et métropoles : PLU intercommunal obligatoire. Communautés de communes et d’agglomération : aménagement de l’espace et SCoT obligatoires, PLU intercommunal sauf opposition d’une minorité de blocage des communes.',
      en: 'Communautés urbaines and metropolises: the intermunicipal local plan is compulsory. Communautés de communes and d’agglomération: spatial planning and the SCoT are compulsory, the intermunicipal plan unless a blocking minority of communes opposes it.',
    },
    epciTypes: { cc: 'optional', ca: 'optional', cu: 'mandatory', metropole: 'mandatory' },
  },
  {
    key: 'housing_plh',
    domain: 'planning',
    nature: 'optional',
    reference: 'CGCT, art. L5214-16, L5216-5, L5215-20 et L5217-2 ; Code de la construction et de l’habitation, art. L302-1',
    title: { fr: 'Politique locale de l’habitat (PLH)', en: 'Local housing policy (PLH)' },
    note: {
      fr: 'Obligatoire pour les communautés d’agglomération, urbaines et les métropoles (équilibre social de l’habitat) ; facultative pour les communautés de communes, qui doivent toutefois adopter un PLH au-delà de 30 000 habitants avec une commune de plus de 10 000.',
      en: 'Compulsory for communautés d’agglomération, communautés urbaines and metropolises (social balance of housing); optional for communautés de communes, which must still adopt a PLH above 30,000 inhabitants with a commune of more than 10,000.',
    },
    epciTypes: CC_OPTIONAL,
  },
  {
    key: 'urban_policy',
    domain: 'social',
    nature: 'optional',
    reference: 'Loi n° 2014-173 du 21 février 2014, art. 6 ; CGCT, art. L5214-16, L5216-5, L5215-20 et L5217-2',
    title: { fr: 'Politique de la ville', en: 'Urban policy' },
    note: {
      fr: 'Contrats de ville et actions dans les quartiers prioritaires : obligatoire pour les communautés d’agglomération, urbaines et les métropoles ; facultative pour les communautés de communes.',
      en: 'City contracts and actions in priority neighbourhoods: compulsory for communautés d’agglomération, communautés urbaines and metropolises; optional for communautés de communes.',
    },
    epciTypes: CC_OPTIONAL,
  },
  {
    key: 'mobility',
    domain: 'mobility',
    nature: 'optional',
    reference: 'Code des transports, art. L1231-1 (loi n° 2019-1428 du 24 décembre 2019, LOM) ; CGCT, art. L5216-5 (loi n° 99-586 du 12 juillet 1999)',
    title: { fr: 'Autorité organisatrice de la mobilité', en: 'Mobility organising authority' },
    note: {
      fr: 'Transports urbains, mobilités actives et partagées. Communautés d’agglomération (depuis la loi du 12 juillet 1999), urbaines et métropoles en sont autorités organisatrices de plein droit ; la loi d’orientation des mobilités a permis aux communautés de communes de le devenir jusqu’au 31 mars 2021, sinon la Région l’est sur leur territoire.',
      en: 'Urban transport, active and shared mobility. Communautés d’agglomération (since the law of 12 July 1999), communautés urbaines and metropolises hold it by law; the mobility orientation law let communautés de communes take it until 31 March 2021, failing which the Région holds it on their territory.',
    },
    epciTypes: CC_OPTIONAL,
  },
  {
    key: 'household_waste',
    domain: 'environment',
    nature: 'mandatory',
    reference: 'CGCT, art. L2224-13, L5214-16 et L5216-5 (loi NOTRe du 7 août 2015, en vigueur le 1er janvier 2017)',
    title: { fr: 'Collecte et traitement des déchets ménagers', en: 'Household waste collection and treatment' },
    note: {
      fr: 'Collecte, tri, valorisation et élimination des déchets des ménages, compétence de toutes les intercommunalités, souvent confiée à un syndicat pour le traitement.',
      en: 'Collecting, sorting, recovering and disposing of household waste, a competence of every intermunicipal body, often entrusted to a syndicate for treatment.',
    },
    epciTypes: ALL_MANDATORY,
  },
  {
    key: 'water_sanitation',
    domain: 'environment',
    nature: 'optional',
    reference:
      'CGCT, art. L2224-7 et L2224-8, L5214-16 et L5216-5 ; loi n° 2018-702 du 3 août 2018 ; loi du 11 avril 2025 visant à assouplir la gestion des compétences « eau » et « assainissement »',
    title: { fr: 'Eau et assainissement', en: 'Water and sanitation' },
    note: {
      fr: 'Production et distribution d’eau potable, collecte et traitement des eaux usées. Obligatoire pour les communautés d’agglomération (depuis le 1er janvier 2020), urbaines et les métropoles ; depuis la loi du 11 avril 2025, le transfert aux communautés de communes, prévu au 1er janvier 2026, n’est plus obligatoire.',
      en: 'Drinking water production and supply, wastewater collection and treatment. Compulsory for communautés d’agglomération (since 1 January 2020), communautés urbaines and metropolises; since the law of 11 April 2025, the transfer to communautés de communes planned for 1 January 2026 is no longer compulsory.',
    },
    epciTypes: CC_OPTIONAL,
  },
  {
    key: 'energy_distribution',
    domain: 'environment',
    nature: 'optional',
    reference: 'CGCT, art. L2224-31, L5215-20 et L5217-2 (version en vigueur au 1er janvier 2025)',
    title: { fr: 'Concession de la distribution d’électricité et de gaz', en: 'Concession of electricity and gas distribution' },
    note: {
      fr: 'Obligatoire pour les communautés urbaines et les métropoles ; ailleurs, les communes la transfèrent le plus souvent à un syndicat départemental d’énergie.',
      en: 'Compulsory for communautés urbaines and metropolises; elsewhere communes usually transfer it to a departmental energy syndicate.',
    },
    epciTypes: { cc: 'optional', ca: 'optional', cu: 'mandatory', metropole: 'mandatory' },
  },
  {
    key: 'gemapi',
    domain: 'environment',
    nature: 'mandatory',
    reference:
      'Code de l’environnement, art. L211-7 ; CGCT, art. L5214-16 et L5216-5 (loi n° 2014-58 du 27 janvier 2014, MAPTAM, en vigueur le 1er janvier 2018)',
    title: { fr: 'Milieux aquatiques et prévention des inondations (GEMAPI)', en: 'Aquatic environments and flood prevention (GEMAPI)' },
    note: {
      fr: 'Aménagement des bassins, entretien des cours d’eau, défense contre les inondations et restauration des zones humides, compétence de toutes les intercommunalités depuis 2018.',
      en: 'Basin management, river maintenance, flood defence and wetland restoration, a competence of every intermunicipal body since 2018.',
    },
    epciTypes: ALL_MANDATORY,
  },
  {
    key: 'travellers',
    domain: 'social',
    nature: 'mandatory',
    reference: 'Loi n° 2000-614 du 5 juillet 2000 ; CGCT, art. L5214-16 et L5216-5 (loi NOTRe, en vigueur le 1er janvier 2017)',
    title: { fr: 'Aires d’accueil des gens du voyage', en: 'Travellers’ reception areas' },
    note: {
      fr: 'Aménagement et gestion des aires prévues par le schéma départemental d’accueil.',
      en: 'Building and running the areas set out in the departmental reception scheme.',
    },
    epciTypes: ALL_MANDATORY,
  },
  {
    key: 'pcaet',
    domain: 'environment',
    nature: 'mandatory',
    reference: 'Code de l’environnement, art. L229-26 (loi n° 2015-992 du 17 août 2015)',
    title: { fr: 'Plan climat-air-énergie territorial (PCAET)', en: 'Territorial climate-air-energy plan (PCAET)' },
    note: {
      fr: 'Obligatoire pour toute intercommunalité de plus de 20 000 habitants, quelle que soit sa forme : atténuation, adaptation et qualité de l’air.',
      en: 'Compulsory for any intermunicipal body above 20,000 inhabitants, whatever its kind: mitigation, adaptation and air quality.',
    },
    epciTypes: ALL_MANDATORY,
  },
]);

const SCHEME_TITLES = {
  water_sanitation: { fr: '1 % solidaire eau et assainissement', en: '1 % solidarity: water and sanitation' },
  energy: { fr: '1 % solidaire énergie', en: '1 % solidarity: energy' },
  waste: { fr: '1 % solidaire déchets', en: '1 % solidarity: waste' },
  mobility: { fr: '1 % solidaire mobilité', en: '1 % solidarity: mobility' },
} as const;

/**
 * The "1 %" schemes, one entry each, offered only to the levels that may hold the service
 * (solidarity-schemes.ts). Keys keep their first form (`all.solidarity_water`…): actions link to them.
 */
const SCHEMES: CatalogueEntry[] = SOLIDARITY_SCHEMES.map((scheme) => {
  const info = SOLIDARITY_SCHEME_INFO[scheme];
  return {
    key: info.catalogueKey,
    level: 'all',
    domain: 'external',
    nature: 'optional',
    reference: info.reference,
    title: SCHEME_TITLES[scheme],
    note: {
      fr: `${info.holders.fr} Plafond : 1 % par an. Assiette : ${info.base.fr.charAt(0).toLowerCase()}${info.base.fr.slice(1)} Pour des actions de coopération avec des collectivités étrangères (conventions de l’article L1115-1), d’aide d’urgence et de solidarité internationale dans le domaine du service.`,
      en: `${info.holders.en} Cap: 1 % a year. Base: ${info.base.en.charAt(0).toLowerCase()}${info.base.en.slice(1)} For cooperation with foreign authorities (agreements under article L1115-1), emergency aid and international solidarity in the service’s field.`,
    },
    offeredTo: info.offeredTo,
  };
});

const EXTERNAL = entries('all', [
  {
    key: 'external_action',
    domain: 'external',
    nature: 'optional',
    reference:
      'CGCT, art. L1115-1 (loi n° 2014-773 du 7 juillet 2014 ; Agenda 2030 ajouté par la loi n° 2021-1031 du 4 août 2021 ; version en vigueur au 1er janvier 2025)',
    title: { fr: 'Action extérieure des collectivités territoriales', en: 'External action of local authorities' },
    note: {
      fr: 'Dans le respect des engagements internationaux de la France, les collectivités et leurs groupements peuvent mettre en œuvre ou soutenir toute action internationale, annuelle ou pluriannuelle, de coopération, d’aide au développement ou à caractère humanitaire — ce qui fonde aussi les appels à projets —, en tenant compte de l’Agenda 2030 pour le développement durable, dont les ODD de chaque action rendent compte. Elles peuvent conclure à cette fin des conventions avec des autorités locales étrangères : chacune précise l’objet des actions et le montant prévisionnel des engagements financiers, et entre en vigueur dès sa transmission au préfet. Depuis la loi du 2 février 2007, ces actions n’ont plus à se rattacher à une compétence de la collectivité ; les EPCI et syndicats restent tenus par leur objet (principe de spécialité).',
      en: 'Within France’s international commitments, authorities and their groupings may carry out or support any annual or multi-year international action of cooperation, development aid or humanitarian aid — which is also the basis for calls for proposals —, taking into account the 2030 Agenda for Sustainable Development, which each action’s SDGs account for. To this end they may sign agreements with foreign local authorities: each states the purpose of the actions and the forecast financial commitment, and takes effect once sent to the prefect. Since the law of 2 February 2007 these actions no longer need to relate to one of the authority’s competences; intermunicipal bodies and syndicates remain bound by their purpose (speciality principle).',
    },
  },
]);

/** Every entry of the catalogue, in display order. */
export const CATALOGUE: readonly CatalogueEntry[] = [...REGION, ...DEPARTEMENT, ...COMMUNE, ...EPCI, ...EXTERNAL, ...SCHEMES];

const BY_KEY = new Map(CATALOGUE.map((e) => [e.key, e]));

/** One catalogue entry by key, whatever the level. */
export function catalogueEntry(key: string): CatalogueEntry | undefined {
  return BY_KEY.get(key);
}

/**
 * The catalogue levels offered to a workspace: its own level plus the legal basis of external
 * action. A foreign authority gets no French catalogue: it writes its own competencies.
 */
export function catalogueLevelsFor(level: AuthorityLevel): CatalogueLevel[] {
  switch (level) {
    case 'region':
    case 'departement':
    case 'commune':
    case 'epci':
      return [level, 'all'];
    case 'other':
      return ['all'];
    case 'foreign':
      return [];
  }
}

/** True when a workspace of this level is offered the entry (its level's list, and no `offeredTo` excluding it). */
export function entryOfferedTo(entry: CatalogueEntry, level: AuthorityLevel): boolean {
  return catalogueLevelsFor(level).includes(entry.level) && (!entry.offeredTo || entry.offeredTo.includes(level));
}

/** The catalogue entries of a workspace's level (hidden ones included; the caller filters). */
export function catalogueFor(level: AuthorityLevel): CatalogueEntry[] {
  return CATALOGUE.filter((e) => entryOfferedTo(e, level));
}
