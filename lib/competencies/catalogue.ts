import type { CompetencyDomain, CompetencyNature } from '@/db/schema/competencies';
import type { AuthorityLevel } from '@/db/schema/workspaces';
import type { Locale } from '@/lib/i18n/config';

/**
 * The reference catalogue of French local authorities' competencies, shipped with the app.
 * Keys are stable (actions link to them); change the wording freely, never a key. Raise
 * CATALOGUE_VERSION when entries are added or removed so that exports can say which one they used.
 * Sources: the general code of local authorities (CGCT) and the codes it refers to, as amended by
 * the MAPTAM (2014) and NOTRe (2015) laws.
 */
export const CATALOGUE_VERSION = '2026-11';

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
};

type Entry = Omit<CatalogueEntry, 'key' | 'level'> & { key: string };

const entries = (level: CatalogueLevel, list: Entry[]): CatalogueEntry[] =>
  list.map((e) => ({ ...e, key: `${level}.${e.key}`, level }));

const REGION = entries('region', [
  {
    key: 'economic_development',
    domain: 'economy',
    nature: 'mandatory',
    reference: 'CGCT, art. L1511-1 et L4251-12',
    title: { fr: 'Développement économique et aides aux entreprises', en: 'Economic development and aid to businesses' },
    note: {
      fr: 'La Région arrête le schéma régional de développement économique, d’innovation et d’internationalisation (SRDEII) et seule décide des aides directes aux entreprises.',
      en: 'The region adopts the regional scheme for economic development, innovation and internationalisation (SRDEII) and alone decides direct aid to businesses.',
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
    reference: 'Code des transports, art. L2121-3 et L3111-1',
    title: { fr: 'Transports ferroviaires régionaux, interurbains et scolaires', en: 'Regional rail, interurban and school transport' },
    note: {
      fr: 'Trains régionaux ; cars interurbains et transport scolaire hors ressort des autorités de mobilité locales, transférés par la loi NOTRe.',
      en: 'Regional trains; interurban coaches and school transport outside local mobility authorities’ areas, transferred by the NOTRe law.',
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
    reference: 'Code du travail, art. L6121-1',
    title: { fr: 'Formation professionnelle, apprentissage et orientation', en: 'Vocational training, apprenticeship and guidance' },
    note: {
      fr: 'Formation des demandeurs d’emploi, soutien à l’apprentissage et information sur les métiers et les formations (loi du 5 septembre 2018).',
      en: 'Training for jobseekers, support to apprenticeship and information on trades and courses (law of 5 September 2018).',
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
      en: 'The region initiates the designation and adopts the charter with the communes concerned.',
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
      en: 'The region leads on climate, air and energy; the objectives are set in the SRADDET.',
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
      en: 'Competencies shared between communes, départements, regions and authorities with a special status.',
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
      en: 'Competencies shared with the other levels; the département is active in them particularly in rural areas.',
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
    nature: 'optional',
    reference: 'Code de l’action sociale et des familles, art. L214-1',
    title: { fr: 'Petite enfance et jeunesse', en: 'Early childhood and youth' },
    note: {
      fr: 'Crèches, relais petite enfance, accueils de loisirs et politique jeunesse, le plus souvent avec la CAF.',
      en: 'Nurseries, childminder networks, leisure centres and youth policy, usually with the family allowance fund.',
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

const EPCI = entries('epci', [
  {
    key: 'economic_development',
    domain: 'economy',
    nature: 'mandatory',
    reference: 'CGCT, art. L5214-16, L5216-5 et L5217-2',
    title: { fr: 'Développement économique et zones d’activité', en: 'Economic development and business zones' },
    note: {
      fr: 'Création, aménagement et gestion des zones d’activité ; soutien aux activités commerciales d’intérêt communautaire.',
      en: 'Creating, developing and managing business zones; support to retail activities of community interest.',
    },
  },
  {
    key: 'tourism_promotion',
    domain: 'economy',
    nature: 'mandatory',
    reference: 'CGCT, art. L5214-16 et L5216-5',
    title: { fr: 'Promotion du tourisme', en: 'Tourism promotion' },
    note: {
      fr: 'Promotion du tourisme, dont la création d’offices de tourisme, transférée aux intercommunalités par la loi NOTRe.',
      en: 'Tourism promotion, including tourist offices, transferred to intermunicipal bodies by the NOTRe law.',
    },
  },
  {
    key: 'scot_plui',
    domain: 'planning',
    nature: 'mandatory',
    reference: 'Code de l’urbanisme, art. L143-16 et L153-1',
    title: { fr: 'Planification : SCoT et PLU intercommunal', en: 'Spatial planning: SCoT and intermunicipal plan' },
    note: {
      fr: 'Schéma de cohérence territoriale et plan local d’urbanisme intercommunal, sauf opposition des communes pour ce dernier.',
      en: 'Territorial coherence scheme and intermunicipal local plan, unless the communes oppose the latter.',
    },
  },
  {
    key: 'housing_plh',
    domain: 'planning',
    nature: 'mandatory',
    reference: 'Code de la construction et de l’habitation, art. L302-1',
    title: { fr: 'Politique locale de l’habitat (PLH)', en: 'Local housing policy (PLH)' },
    note: {
      fr: 'Programme local de l’habitat : besoins en logements, mixité sociale et rénovation du parc.',
      en: 'Local housing programme: housing needs, social mix and renovation of the stock.',
    },
  },
  {
    key: 'urban_policy',
    domain: 'social',
    nature: 'mandatory',
    reference: 'Loi n° 2014-173 du 21 février 2014',
    title: { fr: 'Politique de la ville', en: 'Urban policy' },
    note: {
      fr: 'Contrats de ville et actions dans les quartiers prioritaires, pilotés par l’intercommunalité.',
      en: 'City contracts and actions in priority neighbourhoods, led by the intermunicipal body.',
    },
  },
  {
    key: 'mobility',
    domain: 'mobility',
    nature: 'mandatory',
    reference: 'Code des transports, art. L1231-1',
    title: { fr: 'Autorité organisatrice de la mobilité', en: 'Mobility organising authority' },
    note: {
      fr: 'Transports urbains, mobilités actives et partagées ; obligatoire pour les agglomérations et métropoles depuis la loi d’orientation des mobilités.',
      en: 'Urban transport, active and shared mobility; compulsory for agglomerations and metropolises since the mobility orientation law.',
    },
  },
  {
    key: 'household_waste',
    domain: 'environment',
    nature: 'mandatory',
    reference: 'CGCT, art. L2224-13',
    title: { fr: 'Collecte et traitement des déchets ménagers', en: 'Household waste collection and treatment' },
    note: {
      fr: 'Collecte, tri, valorisation et élimination des déchets des ménages.',
      en: 'Collecting, sorting, recovering and disposing of household waste.',
    },
  },
  {
    key: 'water_sanitation',
    domain: 'environment',
    nature: 'mandatory',
    reference: 'CGCT, art. L2224-7 et L2224-8',
    title: { fr: 'Eau et assainissement', en: 'Water and sanitation' },
    note: {
      fr: 'Production et distribution d’eau potable, collecte et traitement des eaux usées.',
      en: 'Drinking water production and supply, wastewater collection and treatment.',
    },
  },
  {
    key: 'gemapi',
    domain: 'environment',
    nature: 'mandatory',
    reference: 'Code de l’environnement, art. L211-7',
    title: { fr: 'Milieux aquatiques et prévention des inondations (GEMAPI)', en: 'Aquatic environments and flood prevention (GEMAPI)' },
    note: {
      fr: 'Aménagement des bassins, entretien des cours d’eau, défense contre les inondations et restauration des zones humides.',
      en: 'Basin management, river maintenance, flood defence and wetland restoration.',
    },
  },
  {
    key: 'travellers',
    domain: 'social',
    nature: 'mandatory',
    reference: 'Loi n° 2000-614 du 5 juillet 2000',
    title: { fr: 'Aires d’accueil des gens du voyage', en: 'Travellers’ reception areas' },
    note: {
      fr: 'Aménagement et gestion des aires prévues par le schéma départemental d’accueil.',
      en: 'Building and running the areas set out in the departmental reception scheme.',
    },
  },
  {
    key: 'pcaet',
    domain: 'environment',
    nature: 'mandatory',
    reference: 'Code de l’environnement, art. L229-26',
    title: { fr: 'Plan climat-air-énergie territorial (PCAET)', en: 'Territorial climate-air-energy plan (PCAET)' },
    note: {
      fr: 'Obligatoire pour les intercommunalités de plus de 20 000 habitants : atténuation, adaptation et qualité de l’air.',
      en: 'Compulsory for intermunicipal bodies above 20,000 inhabitants: mitigation, adaptation and air quality.',
    },
  },
]);

const EXTERNAL = entries('all', [
  {
    key: 'external_action',
    domain: 'external',
    nature: 'optional',
    reference: 'CGCT, art. L1115-1 et suivants',
    title: { fr: 'Action extérieure des collectivités territoriales', en: 'External action of local authorities' },
    note: {
      fr: 'Les collectivités peuvent, dans le respect des engagements internationaux de la France, conclure des conventions avec des autorités locales étrangères et mener des actions de coopération, d’aide au développement ou humanitaires.',
      en: 'Authorities may, within France’s international commitments, sign agreements with foreign local authorities and carry out cooperation, development aid or humanitarian actions.',
    },
  },
  {
    key: 'solidarity_water',
    domain: 'external',
    nature: 'optional',
    reference: 'CGCT, art. L1115-1-1 (loi Oudin-Santini, 2005)',
    title: { fr: '1 % solidaire eau et assainissement', en: '1 % solidarity: water and sanitation' },
    note: {
      fr: 'Jusqu’à 1 % des ressources des budgets de l’eau et de l’assainissement peut financer des actions de solidarité internationale dans ces domaines.',
      en: 'Up to 1 % of water and sanitation budgets’ resources may fund international solidarity actions in these fields.',
    },
  },
  {
    key: 'solidarity_energy',
    domain: 'external',
    nature: 'optional',
    reference: 'CGCT, art. L1115-1-1 (loi du 7 décembre 2006)',
    title: { fr: '1 % solidaire énergie', en: '1 % solidarity: energy' },
    note: {
      fr: 'Les autorités organisatrices de la distribution d’électricité et de gaz peuvent consacrer jusqu’à 1 % de leurs ressources à des actions de solidarité internationale.',
      en: 'Authorities organising electricity and gas distribution may devote up to 1 % of their resources to international solidarity actions.',
    },
  },
  {
    key: 'solidarity_waste',
    domain: 'external',
    nature: 'optional',
    reference: 'CGCT, art. L1115-2 (loi du 7 juillet 2014)',
    title: { fr: '1 % solidaire déchets', en: '1 % solidarity: waste' },
    note: {
      fr: 'Les collectivités compétentes pour les déchets ménagers peuvent affecter jusqu’à 1 % des ressources de ce service à la coopération dans ce domaine.',
      en: 'Authorities in charge of household waste may allocate up to 1 % of that service’s resources to cooperation in the field.',
    },
  },
  {
    key: 'solidarity_mobility',
    domain: 'external',
    nature: 'optional',
    reference: 'Loi d’orientation des mobilités du 24 décembre 2019 ; CGCT, chapitre « Action extérieure »',
    title: { fr: '1 % solidaire mobilité', en: '1 % solidarity: mobility' },
    note: {
      fr: 'Les autorités organisatrices de la mobilité peuvent consacrer jusqu’à 1 % de leurs ressources affectées aux transports à des actions internationales dans ce domaine.',
      en: 'Mobility organising authorities may devote up to 1 % of their transport resources to international actions in the field.',
    },
  },
]);

/** Every entry of the catalogue, in display order. */
export const CATALOGUE: readonly CatalogueEntry[] = [...REGION, ...DEPARTEMENT, ...COMMUNE, ...EPCI, ...EXTERNAL];

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

/** The catalogue entries of a workspace's level (hidden ones included; the caller filters). */
export function catalogueFor(level: AuthorityLevel): CatalogueEntry[] {
  const levels = catalogueLevelsFor(level);
  return CATALOGUE.filter((e) => levels.includes(e.level));
}
