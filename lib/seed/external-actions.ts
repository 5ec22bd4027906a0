import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import {
  departmentBudgetLines,
  departments,
  expectedReturns,
  externalActionActors,
  externalActionBudgetLines,
  externalActionCompetencies,
  externalActionDepartments,
  externalActions,
  externalActionSdgs,
  observedReturns,
} from '@/db/schema';
import type { FundingSource } from '@/db/schema/departments';
import type { ActionRationale, ActionStatus, ActionType, DepartmentMode, ReturnCategory } from '@/db/schema/external-actions';
import { normalizeName } from '@/lib/actors/schemas';

type SeedDepartment = {
  key: string;
  name: string;
  description: string;
  /** Email of the member who is the point person, or key of an internal actor. */
  pointPerson?: { email: string } | { actor: string };
  languages: string[];
  /** Own international lines: [year offset, label, euros, source]. */
  lines?: [number, string, number, FundingSource][];
};

// The département's directorates. The culture directorate's point person is the demo contributor;
// roads, autonomy and human resources are never mobilised, finance only kept informed.
const DEPARTMENTS: SeedDepartment[] = [
  {
    key: 'dri',
    name: 'Direction des relations internationales et de l’Europe',
    description: 'Conduit la coopération décentralisée, les jumelages et les programmes européens ; anime le réseau des référents.',
    pointPerson: { email: 'editor@demo.filrouge.eu' },
    languages: ['fr', 'en', 'es', 'de'],
    lines: [[0, 'Traduction de documents officiels', 2500, 'own_funds']],
  },
  {
    key: 'social',
    name: 'Direction de l’action sociale et de l’enfance',
    description: 'Aide sociale à l’enfance, protection maternelle et infantile, insertion.',
    pointPerson: { actor: 'dir-social' },
    languages: ['fr', 'es', 'ro'],
  },
  {
    key: 'autonomy',
    name: 'Direction de l’autonomie',
    description: 'Personnes âgées et personnes handicapées : APA, PCH, établissements.',
    languages: ['fr'],
  },
  {
    key: 'education',
    name: 'Direction de l’éducation et des collèges',
    description: 'Construction, entretien et fonctionnement des 34 collèges publics ; projets éducatifs.',
    pointPerson: { actor: 'dir-edu' },
    languages: ['fr', 'en', 'de'],
  },
  {
    key: 'culture',
    name: 'Direction de la culture et du patrimoine',
    description: 'Soutien aux festivals et aux lieux culturels, bibliothèque départementale, archives.',
    pointPerson: { email: 'contributor@demo.filrouge.eu' },
    languages: ['fr', 'en', 'it'],
    lines: [
      [-1, 'Interprétariat lors des accueils d’artistes et de délégations', 3200, 'own_funds'],
      [0, 'Interprétariat lors des accueils d’artistes et de délégations', 4100, 'own_funds'],
    ],
  },
  {
    key: 'environment',
    name: 'Direction de l’environnement et de l’eau',
    description: 'Espaces naturels sensibles, assistance technique à l’eau et à l’assainissement des communes.',
    pointPerson: { actor: 'dir-env' },
    languages: ['fr', 'en'],
  },
  {
    key: 'development',
    name: 'Direction du développement territorial et du tourisme',
    description: 'Tourisme, agriculture, appui aux projets des territoires ruraux.',
    pointPerson: { actor: 'dir-eco' },
    languages: ['fr', 'en', 'pt'],
  },
  {
    key: 'roads',
    name: 'Direction des routes et des mobilités',
    description: 'Réseau routier départemental, ouvrages d’art, transport des élèves handicapés.',
    languages: ['fr'],
  },
  {
    key: 'hr',
    name: 'Direction des ressources humaines',
    description: 'Recrutement, formation et accompagnement des agents.',
    languages: ['fr', 'en'],
    lines: [
      [-2, 'Cours de langues pour les agents (anglais, espagnol)', 6000, 'own_funds'],
      [-1, 'Cours de langues pour les agents (anglais, espagnol)', 6500, 'own_funds'],
      [0, 'Cours de langues pour les agents (anglais, espagnol)', 7000, 'own_funds'],
    ],
  },
  {
    key: 'finance',
    name: 'Direction des finances',
    description: 'Préparation et exécution du budget, subventions.',
    languages: ['fr'],
  },
];

/** A date relative to the current year: [year offset, month, day]. */
type RelDate = [number, number, number];

type SeedAction = {
  title: string;
  description: string;
  type: ActionType;
  rationales: ActionRationale[];
  status: ActionStatus;
  start?: RelDate | string;
  end?: RelDate;
  countries: string[];
  partners?: string[];
  actors?: string[];
  departments: [string, DepartmentMode][];
  competencies?: [string, string][];
  sdgs: number[];
  /** [year offset, euros, source, department key, label]. */
  budget?: [number, number, FundingSource, string, string?][];
  /** [key, category, description, indicator, target]. */
  expected?: [string, ReturnCategory, string, string?, string?][];
  /** [expected key or null, category, description, evidence, date, value]. */
  observed?: [string | null, ReturnCategory, string, string, RelDate, string?][];
};

// Twenty-one actions of every type in thirteen countries. Several wrote down no expected return;
// those written are mostly economic and rarely observed; what is observed is mostly cultural,
// social and inside the administration.
const ACTIONS: SeedAction[] = [
  {
    title: 'Nioro-Kaya : santé maternelle et infantile',
    description: 'Échanges entre les puéricultrices de la PMI et le centre de santé de Nioro-Kaya ; équipement de deux maternités rurales.',
    type: 'decentralised_cooperation',
    rationales: ['solidarity', 'exchange'],
    status: 'running',
    start: [-3, 1, 15],
    countries: ['SN'],
    partners: ['nioro'],
    actors: ['hospital', 'asso-sn', 'diaspora-sn'],
    departments: [
      ['dri', 'lead'],
      ['social', 'co_construction'],
    ],
    competencies: [
      ['departement.pmi', 'Les puéricultrices de PMI partagent leurs protocoles de suivi prénatal et rapportent des pratiques de consultation de proximité.'],
      ['all.external_action', 'Convention de coopération décentralisée signée avec la commune de Nioro-Kaya.'],
    ],
    sdgs: [3, 5, 17],
    budget: [
      [-2, 45000, 'own_funds', 'dri'],
      [-2, 30000, 'foreign_ministry', 'dri', 'Appel à projets du ministère'],
      [-2, 6000, 'partner_contribution', 'dri', 'Apport de Nioro-Kaya : locaux et agents des postes de santé'],
      [-1, 48000, 'own_funds', 'dri'],
      [-1, 30000, 'foreign_ministry', 'dri', 'Appel à projets du ministère'],
      [0, 50000, 'own_funds', 'social', 'Missions des puéricultrices'],
      [0, 25000, 'foreign_ministry', 'dri', 'Appel à projets du ministère'],
    ],
    expected: [
      [
        'pmi-policy',
        'public_policies',
        'Adapter les consultations de PMI en zone rurale à partir de l’expérience de Nioro-Kaya.',
        'Protocole de consultation itinérante adopté',
        '1 protocole',
      ],
      [
        'pmi-diaspora',
        'living_together',
        'Associer l’association des Sénégalais du Val-d’Argence aux actions de prévention.',
        'Ateliers co-animés',
        '4 par an',
      ],
      ['pmi-eco', 'economic', 'Ouvrir des débouchés aux fournisseurs locaux de matériel médical.'],
    ],
    observed: [
      [
        'pmi-diaspora',
        'living_together',
        'La diaspora sénégalaise co-anime les ateliers de prévention à Montrevel.',
        'Comptes rendus des ateliers',
        [-1, 6, 14],
        '5 ateliers',
      ],
      [
        null,
        'agent_practices',
        'Les puéricultrices parties en mission ont changé leur manière de conduire les entretiens prénataux.',
        'Bilan des missions, entretiens annuels',
        [-1, 11, 20],
      ],
      [
        null,
        'cultural_opening',
        'Exposition photographique sur les mères de Nioro-Kaya dans trois collèges.',
        'Dossier de presse et fréquentation',
        [-1, 3, 8],
        '1 200 visiteurs',
      ],
    ],
  },
  {
    title: 'Nioro-Kaya : correspondances numériques entre collèges',
    description: 'Deux collèges du département correspondent avec deux collèges de Nioro-Kaya ; équipement en tablettes.',
    type: 'decentralised_cooperation',
    rationales: ['exchange', 'solidarity'],
    status: 'running',
    start: [-2, 9, 1],
    countries: ['SN'],
    partners: ['nioro'],
    actors: ['college-jm', 'college-cv'],
    departments: [
      ['dri', 'lead'],
      ['education', 'co_construction'],
    ],
    competencies: [['departement.colleges', 'Les collèges du département inscrivent l’échange dans leur projet d’établissement.']],
    sdgs: [4, 17],
    budget: [
      [-1, 12000, 'own_funds', 'education', 'Équipement numérique'],
      [0, 9000, 'own_funds', 'education'],
    ],
    expected: [
      ['col-network', 'networking', 'Fédérer les collèges engagés à l’international en un réseau départemental.', 'Collèges du réseau', '8'],
      ['col-eco', 'economic', 'Rendre les collèges ruraux plus attractifs pour les familles.'],
    ],
    observed: [
      ['col-network', 'networking', 'Un réseau de huit collèges se réunit chaque trimestre.', 'Relevés de décisions des réunions', [-1, 12, 5], '8 collèges'],
      [
        null,
        'cultural_opening',
        'Les élèves présentent le Sénégal pendant le Festival des Solidarités.',
        'Programme du festival et photographies',
        [-1, 11, 18],
      ],
    ],
  },
  {
    title: 'Tamboura : accès à l’eau potable et assainissement',
    description:
      'Points d’eau et latrines dans les écoles et les villages de Tamboura (Bénin), réalisés avec l’opérateur national de l’eau en milieu rural et les Ingénieurs solidaires ; sensibilisation à l’hygiène avec les comités de gestion des écoles.',
    type: 'decentralised_cooperation',
    rationales: ['solidarity'],
    status: 'running',
    start: [-3, 4, 1],
    countries: ['BJ'],
    partners: ['tamboura'],
    actors: ['isf'],
    departments: [
      ['environment', 'lead'],
      ['dri', 'co_construction'],
    ],
    competencies: [
      ['all.external_action', 'Convention de coopération décentralisée avec la commune de Tamboura, transmise au préfet ; fonds propres du Département.'],
      [
        'departement.territorial_solidarity',
        'Les techniciens de l’assistance technique départementale à l’eau et à l’assainissement des communes rurales apportent leur savoir-faire.',
      ],
    ],
    sdgs: [4, 6],
    budget: [
      [-2, 60000, 'own_funds', 'environment'],
      [-1, 62000, 'own_funds', 'environment'],
      [-1, 40000, 'water_agency', 'environment', 'Agence de l’eau : 1 % international'],
      [0, 65000, 'own_funds', 'environment'],
    ],
    expected: [
      ['tam-capacity', 'local_capacity', 'Renforcer les compétences des Ingénieurs solidaires du Val-d’Argence.'],
      ['tam-eco', 'economic', 'Faire connaître le savoir-faire d’Argence Hydro en Afrique de l’Ouest.', 'Contrats signés', '2'],
      ['tam-service', 'department_practices', 'Comparer les méthodes de suivi des ouvrages de l’assistance technique départementale.'],
    ],
    observed: [
      [
        'tam-capacity',
        'local_capacity',
        'Les Ingénieurs solidaires pilotent désormais seuls le suivi technique des forages.',
        'Rapport annuel de l’association',
        [-1, 9, 30],
      ],
      [
        'tam-service',
        'department_practices',
        'L’assistance technique départementale a adopté une fiche de suivi des ouvrages testée à Tamboura.',
        'Note de service',
        [-1, 5, 12],
      ],
      [null, 'new_resources', 'Une subvention de l’agence de l’eau a été obtenue grâce au partenariat.', 'Convention de financement', [-1, 2, 1], '40 000 €'],
    ],
  },
  {
    title: 'Jumelage Lindenau : échanges de collégiens',
    description: 'Séjours croisés de collégiens entre le Val-d’Argence et le Landkreis Lindenau.',
    type: 'twinning',
    rationales: ['exchange'],
    status: 'running',
    start: '1987-05-09',
    countries: ['DE'],
    partners: ['lindenau'],
    actors: ['college-jm'],
    departments: [
      ['education', 'lead'],
      ['culture', 'informed'],
    ],
    competencies: [['departement.colleges', 'Les collégiens du département séjournent chaque année dans un Gymnasium de Lindenau.']],
    sdgs: [4],
    budget: [
      [-2, 15000, 'own_funds', 'education'],
      [-2, 8000, 'eu', 'education', 'Erasmus+'],
      [-1, 15000, 'own_funds', 'education'],
      [0, 16000, 'own_funds', 'education'],
    ],
    expected: [['lin-culture', 'cultural_opening', 'Ouvrir les collégiens à la langue et à la culture allemandes.', 'Élèves accueillis', '60 par an']],
    observed: [
      [
        'lin-culture',
        'cultural_opening',
        'Soixante-quatre collégiens accueillis à Lindenau, cinquante-huit jeunes Allemands reçus.',
        'Bilan du comité de jumelage',
        [-1, 6, 30],
        '64 élèves',
      ],
    ],
  },
  {
    title: 'Festival des Suds : coproduction avec Zielonów',
    description: 'Création commune d’un ensemble de Zielonów et de musiciens du territoire, jouée au festival.',
    type: 'one_off_project',
    rationales: ['influence', 'attractiveness'],
    status: 'finished',
    start: [-1, 3, 1],
    end: [-1, 7, 31],
    countries: ['PL'],
    partners: ['zielonow'],
    actors: ['festival', 'scene'],
    departments: [['culture', 'lead']],
    competencies: [['departement.culture_sport_tourism', 'Le festival soutenu par le Département accueille une création commune avec Zielonów.']],
    sdgs: [11, 17],
    budget: [
      [-1, 22000, 'own_funds', 'culture'],
      [-1, 10000, 'eu', 'culture', 'Europe créative'],
    ],
    expected: [
      ['fes-eco', 'economic', 'Attirer des visiteurs étrangers pendant le festival.', 'Nuitées', '+10 %'],
      ['fes-visibility', 'visibility', 'Faire connaître le festival en Europe centrale.'],
    ],
    observed: [
      [
        null,
        'cultural_opening',
        'Le public découvre la scène polonaise ; deux groupes sont réinvités l’année suivante.',
        'Programme et enquête auprès du public',
        [-1, 8, 15],
      ],
      ['fes-visibility', 'visibility', 'Articles sur le festival dans la presse régionale polonaise.', 'Revue de presse', [-1, 8, 20], '7 articles'],
    ],
  },
  {
    title: 'Adhésion à l’AFCCRE, section française du CCRE',
    description:
      'Cotisation annuelle à l’association française du Conseil des communes et régions d’Europe, par laquelle le Département participe aux commissions du CCRE sur la cohésion territoriale.',
    type: 'network_membership',
    rationales: ['influence'],
    status: 'running',
    start: [-6, 1, 1],
    countries: ['BE'],
    partners: ['ccre'],
    departments: [
      ['dri', 'lead'],
      ['finance', 'informed'],
    ],
    sdgs: [17],
    budget: [
      [-2, 8500, 'own_funds', 'dri', 'Cotisation'],
      [-1, 8700, 'own_funds', 'dri', 'Cotisation'],
      [0, 8900, 'own_funds', 'dri', 'Cotisation'],
    ],
    expected: [
      ['ccre-voice', 'visibility', 'Peser sur les positions européennes des collectivités.'],
      ['ccre-funds', 'new_resources', 'Repérer des financements européens pour les projets du territoire.'],
    ],
  },
  {
    title: 'Adhésion au Réseau international des collectivités pour l’eau',
    description:
      'Échanges de pratiques entre collectivités sur l’eau et l’assainissement, utiles à l’assistance technique que le Département apporte aux communes rurales.',
    type: 'network_membership',
    rationales: ['exchange', 'influence'],
    status: 'running',
    start: [-2, 1, 1],
    countries: ['CH'],
    partners: ['water-net'],
    departments: [['environment', 'informed']],
    competencies: [
      [
        'departement.territorial_solidarity',
        'Le réseau nourrit l’assistance technique à l’eau et à l’assainissement que le Département apporte aux communes rurales.',
      ],
    ],
    sdgs: [6],
    budget: [
      [-1, 2500, 'own_funds', 'environment', 'Cotisation'],
      [0, 2500, 'own_funds', 'environment', 'Cotisation'],
    ],
    observed: [[null, 'agent_practices', 'Deux techniciens ont suivi le séminaire annuel du réseau.', 'Attestations et compte rendu', [-1, 10, 10]]],
  },
  {
    title: 'Salon international du tourisme de Milan',
    description: 'Stand de la destination Val-d’Argence, rencontres avec les voyagistes italiens.',
    type: 'promotion_abroad',
    rationales: ['attractiveness'],
    status: 'finished',
    start: [-1, 2, 10],
    end: [-1, 2, 13],
    countries: ['IT'],
    actors: ['cci'],
    departments: [['development', 'lead']],
    competencies: [['departement.culture_sport_tourism', 'Promotion de l’offre touristique départementale, compétence partagée.']],
    sdgs: [8],
    budget: [[-1, 35000, 'own_funds', 'development', 'Stand et déplacement']],
    expected: [
      ['mil-eco', 'economic', 'Augmenter la fréquentation italienne des gîtes.', 'Nuitées de clients italiens', '+15 %'],
      ['mil-visibility', 'visibility', 'Positionner la destination auprès des voyagistes italiens.'],
    ],
    observed: [
      [
        'mil-visibility',
        'visibility',
        'Trois voyagistes italiens ont inscrit le Val-d’Argence à leur catalogue.',
        'Catalogues des voyagistes',
        [-1, 9, 1],
        '3 voyagistes',
      ],
    ],
  },
  {
    title: 'Mission de la Région au Viêt Nam : volet coopération',
    description:
      'Le Département se joint à la mission économique conduite par la Région Sud-Argence et la CCI (les aides aux entreprises relèvent de la Région, les zones d’activité des intercommunalités) pour présenter sa coopération avec la commune de Đông Hòa.',
    type: 'promotion_abroad',
    rationales: ['influence', 'exchange'],
    status: 'finished',
    start: [-2, 11, 4],
    end: [-2, 11, 12],
    countries: ['VN'],
    partners: ['dong-hoa'],
    actors: ['region', 'hydro', 'cci'],
    departments: [
      ['dri', 'lead'],
      ['development', 'informed'],
    ],
    sdgs: [17],
    budget: [
      [-2, 28000, 'own_funds', 'dri', 'Déplacement de la délégation départementale'],
      [-2, 6000, 'partner_contribution', 'dri', 'Accueil pris en charge par la commune de Đông Hòa'],
    ],
    expected: [
      [
        'vn-contracts',
        'economic',
        'Faire connaître aux entreprises accompagnées par la Région et la CCI les besoins repérés par la coopération.',
        'Entreprises mises en relation',
        '3',
      ],
      ['vn-visibility', 'visibility', 'Montrer la coopération avec Đông Hòa aux autorités provinciales.'],
    ],
    observed: [[null, 'networking', 'Les entreprises de l’eau du territoire ont créé un club export.', 'Statuts du club', [-1, 1, 20], '6 entreprises']],
  },
  {
    title: 'Appel à projets Solidarité internationale',
    description: 'Subventions annuelles aux associations du territoire qui portent des projets de solidarité.',
    type: 'call_for_projects',
    rationales: ['solidarity'],
    status: 'running',
    start: [-5, 1, 1],
    countries: ['SN', 'PE', 'MA'],
    actors: ['asso-sn', 'asso-peru', 'rrma', 'diaspora-ma'],
    departments: [
      ['dri', 'lead'],
      ['finance', 'informed'],
    ],
    competencies: [['all.external_action', 'Subventions aux associations du territoire pour des projets de solidarité internationale.']],
    sdgs: [1, 4, 17],
    budget: [
      [-2, 40000, 'own_funds', 'dri'],
      [-1, 40000, 'own_funds', 'dri'],
      [0, 45000, 'own_funds', 'dri'],
    ],
    expected: [
      ['app-network', 'networking', 'Faire travailler ensemble les associations de solidarité internationale.', 'Projets portés à plusieurs', '30 %'],
      ['app-capacity', 'local_capacity', 'Professionnaliser les petites associations.'],
      ['app-eco', 'economic', 'Créer des emplois associatifs sur le territoire.'],
    ],
    observed: [
      ['app-network', 'networking', 'Un tiers des projets lauréats sont portés par plusieurs associations.', 'Tableau des lauréats', [-1, 12, 15], '34 %'],
      [
        'app-capacity',
        'local_capacity',
        'Dix-huit bénévoles ont suivi les formations à la gestion de projet.',
        'Feuilles d’émargement',
        [-1, 4, 22],
        '18 bénévoles',
      ],
    ],
  },
  {
    title: 'Accueil d’une délégation de Valea Bistrei : protection de l’enfance',
    description: 'Une semaine d’échanges entre les équipes de l’aide sociale à l’enfance et leurs homologues roumains.',
    type: 'hosting_delegation',
    rationales: ['exchange'],
    status: 'finished',
    start: [-1, 5, 20],
    end: [-1, 5, 24],
    countries: ['RO'],
    partners: ['bistrita'],
    departments: [
      ['dri', 'lead'],
      ['social', 'co_construction'],
    ],
    competencies: [['departement.child_welfare', 'La délégation découvre le placement familial départemental ; les équipes comparent leurs pratiques.']],
    sdgs: [10, 16],
    budget: [[-1, 9000, 'own_funds', 'dri']],
    expected: [['bis-practices', 'department_practices', 'Confronter l’organisation de l’ASE à celle d’un partenaire européen.']],
    observed: [
      [
        'bis-practices',
        'department_practices',
        'L’ASE a repris la grille d’évaluation des familles d’accueil de Valea Bistrei.',
        'Procédure révisée',
        [-1, 10, 3],
      ],
      [null, 'agent_practices', 'Les travailleurs sociaux impliqués demandent à poursuivre l’échange.', 'Entretiens annuels', [-1, 12, 1]],
    ],
  },
  {
    title: 'Mission technique à Valea Bistrei : familles d’accueil',
    description: 'Deux cadres de l’ASE appuient la création d’un service départemental de placement familial.',
    type: 'technical_mission',
    rationales: ['exchange', 'solidarity'],
    status: 'planned',
    countries: ['RO'],
    partners: ['bistrita'],
    departments: [['social', 'expertise']],
    competencies: [['departement.child_welfare', 'Les cadres de l’ASE apportent leur expertise du placement familial.']],
    sdgs: [16],
    budget: [[0, 7000, 'own_funds', 'social']],
  },
  {
    title: 'Erasmus+ Jeunesse : mobilité des jeunes en insertion',
    description: 'Stages de trois semaines à Lindenau et Zielonów pour des jeunes suivis par la mission locale.',
    type: 'european_programme',
    rationales: ['exchange'],
    status: 'running',
    start: [-1, 9, 1],
    end: [1, 8, 31],
    countries: ['DE', 'PL'],
    partners: ['lindenau', 'zielonow', 'eu'],
    actors: ['mission-locale', 'mjc'],
    departments: [
      ['dri', 'lead'],
      ['social', 'informed'],
    ],
    sdgs: [4, 8],
    budget: [
      [-1, 20000, 'eu', 'dri', 'Subvention Erasmus+'],
      [-1, 5000, 'own_funds', 'dri'],
      [0, 30000, 'eu', 'dri', 'Subvention Erasmus+'],
      [0, 6000, 'own_funds', 'dri'],
    ],
    expected: [
      ['eras-capacity', 'local_capacity', 'Donner à la mission locale une offre de mobilité européenne.'],
      ['eras-eco', 'economic', 'Améliorer l’insertion professionnelle des jeunes.', 'Jeunes en emploi six mois après', '50 %'],
    ],
    observed: [
      [null, 'cultural_opening', 'Les jeunes partis disent avoir gagné en confiance et en autonomie.', 'Questionnaires de retour', [-1, 12, 10], '22 jeunes'],
    ],
  },
  {
    title: 'Aït Tafraout : tourisme rural et filière argan',
    description: 'Aménagement de circuits de randonnée et séjours croisés entre les deux territoires.',
    type: 'decentralised_cooperation',
    rationales: ['solidarity', 'attractiveness'],
    status: 'running',
    start: [-2, 3, 1],
    countries: ['MA'],
    partners: ['tafraout'],
    actors: ['diaspora-ma', 'lycee-agri'],
    departments: [
      ['development', 'lead'],
      ['environment', 'expertise'],
    ],
    competencies: [
      ['departement.natural_areas', 'Le savoir-faire de gestion des sentiers des espaces naturels sensibles sert aux circuits de randonnée.'],
      ['departement.culture_sport_tourism', 'Promotion croisée des deux destinations de tourisme rural.'],
    ],
    sdgs: [8, 15],
    budget: [
      [-2, 18000, 'own_funds', 'development'],
      [-1, 20000, 'own_funds', 'development'],
      [-1, 15000, 'foreign_ministry', 'development'],
      [0, 21000, 'own_funds', 'development'],
    ],
    expected: [
      ['taf-eco', 'economic', 'Développer des séjours croisés vendus par les hébergeurs du territoire.', 'Nuitées vendues', '200'],
      ['taf-living', 'living_together', 'Valoriser le collectif franco-marocain de la vallée.'],
    ],
    observed: [
      [
        'taf-living',
        'living_together',
        'Le collectif franco-marocain organise la fête annuelle de la coopération.',
        'Programme et fréquentation',
        [-1, 6, 21],
        '800 participants',
      ],
      [null, 'networking', 'Les hébergeurs ruraux se sont regroupés pour proposer une offre commune.', 'Charte signée', [-1, 3, 15]],
    ],
  },
  {
    title: 'Vila Serena : filière laitière paysanne',
    description: 'Appui technique du lycée agricole et de la laiterie de la Combe à une coopérative laitière.',
    type: 'decentralised_cooperation',
    rationales: ['solidarity', 'exchange'],
    status: 'finished',
    start: [-4, 1, 1],
    end: [-1, 12, 31],
    countries: ['BR'],
    partners: ['vila-serena'],
    actors: ['lycee-agri', 'laiterie'],
    departments: [['development', 'co_construction']],
    sdgs: [2, 12],
    budget: [
      [-2, 14000, 'own_funds', 'development'],
      [-1, 12000, 'own_funds', 'development'],
    ],
    observed: [[null, 'local_capacity', 'Le lycée agricole a intégré un module sur l’agriculture familiale brésilienne.', 'Programme pédagogique', [-1, 9, 5]]],
  },
  {
    title: 'Đông Hòa : formation des agents des réseaux d’eau',
    description:
      'Missions des techniciens de l’assistance technique départementale à l’eau auprès des services techniques de la commune de Đông Hòa, avec l’université ; les agents vietnamiens présentent en retour leurs méthodes de gestion des crues.',
    type: 'technical_mission',
    rationales: ['solidarity', 'exchange'],
    status: 'running',
    start: [-2, 2, 1],
    countries: ['VN'],
    partners: ['dong-hoa'],
    actors: ['univ'],
    departments: [
      ['dri', 'lead'],
      ['environment', 'expertise'],
    ],
    competencies: [
      ['all.external_action', 'Missions prévues par la convention avec la commune de Đông Hòa, sur les fonds propres du Département.'],
      ['departement.territorial_solidarity', 'Les techniciens qui assistent les communes rurales du département partagent leurs méthodes.'],
    ],
    sdgs: [4, 6],
    budget: [
      [-2, 16000, 'own_funds', 'environment'],
      [-1, 16000, 'own_funds', 'environment'],
      [0, 12000, 'own_funds', 'environment'],
      [0, 5000, 'water_agency', 'environment', 'Agence de l’eau : 1 % international'],
    ],
    expected: [
      ['dh-agents', 'agent_practices', 'Donner aux techniciens une expérience internationale reconnue.'],
      ['dh-eco', 'economic', 'Préparer des contrats pour les entreprises de l’eau du territoire.'],
    ],
    observed: [
      [
        'dh-agents',
        'agent_practices',
        'Quatre techniciens ont conduit des formations ; deux ont obtenu une promotion interne.',
        'Bilan des ressources humaines',
        [-1, 11, 30],
      ],
      [
        null,
        'department_practices',
        'L’assistance technique départementale a écrit ses procédures pour pouvoir les transmettre.',
        'Guide des procédures',
        [-1, 7, 1],
      ],
    ],
  },
  {
    title: 'Bouaké-Lac : échanges sportifs de jeunes',
    description: 'Projet de tournoi de football et d’échange de jeunes avec la commune de Bouaké-Lac.',
    type: 'one_off_project',
    rationales: ['exchange'],
    status: 'idea',
    countries: ['CI'],
    partners: ['bouake'],
    actors: ['mjc'],
    departments: [['culture', 'informed']],
    competencies: [['departement.culture_sport_tourism', 'Le sport de jeunesse, compétence partagée, sert d’entrée à un premier échange.']],
    sdgs: [3, 10],
  },
  {
    title: 'Jumelage Valmaggiore : patrimoine et archives',
    description: 'Exposition commune sur l’émigration des tailleurs de pierre entre les deux vallées.',
    type: 'twinning',
    rationales: ['exchange'],
    status: 'planned',
    start: [0, 9, 1],
    countries: ['IT'],
    partners: ['valmaggiore'],
    actors: ['jumelage'],
    departments: [['culture', 'co_construction']],
    competencies: [['departement.libraries_archives', 'Les archives départementales et celles de Valmaggiore préparent ensemble une exposition.']],
    sdgs: [11],
    budget: [[0, 6000, 'own_funds', 'culture']],
    expected: [
      ['val-culture', 'cultural_opening', 'Faire connaître l’histoire partagée des deux vallées.', 'Visiteurs de l’exposition', '2 000'],
      ['val-visibility', 'visibility', 'Valoriser les archives départementales.'],
    ],
  },
  {
    title: 'Adhésion au réseau national des collectivités pour la coopération',
    description: 'Cotisation, formations et groupes pays (Sénégal, Bénin).',
    type: 'network_membership',
    rationales: ['influence', 'exchange'],
    status: 'running',
    start: [-8, 1, 1],
    countries: [],
    partners: ['cuf'],
    departments: [['dri', 'lead']],
    competencies: [['all.external_action', 'Le réseau accompagne l’exercice de la compétence d’action extérieure.']],
    sdgs: [17],
    budget: [
      [-2, 3000, 'own_funds', 'dri', 'Cotisation'],
      [-1, 3000, 'own_funds', 'dri', 'Cotisation'],
      [0, 3200, 'own_funds', 'dri', 'Cotisation'],
    ],
    observed: [[null, 'agent_practices', 'Trois agents formés au montage de dossiers auprès du ministère.', 'Attestations de formation', [-1, 3, 30]]],
  },
  {
    title: 'Contribution au fonds d’action extérieure des collectivités (FACECO) pour l’Ukraine',
    description:
      'Aide d’urgence versée au fonds géré par le Centre de crise et de soutien du ministère de l’Europe et des affaires étrangères, qui l’affecte aux besoins humanitaires.',
    type: 'humanitarian_aid',
    rationales: ['solidarity'],
    status: 'finished',
    start: [-2, 3, 1],
    end: [-2, 3, 31],
    countries: ['UA'],
    partners: ['meae'],
    departments: [
      ['dri', 'lead'],
      ['finance', 'informed'],
    ],
    competencies: [['all.external_action', 'Action à caractère humanitaire, ouverte à toute collectivité par l’article L1115-1.']],
    sdgs: [1, 16],
    budget: [[-2, 10000, 'own_funds', 'dri', 'Contribution votée par la commission permanente']],
  },
  {
    title: 'Festival des Solidarités dans les collèges',
    description:
      'Chaque novembre, ateliers d’éducation à la citoyenneté et à la solidarité internationale animés dans les collèges par le réseau régional multi-acteurs et les associations du territoire.',
    type: 'global_citizenship_education',
    rationales: ['solidarity', 'exchange'],
    status: 'running',
    start: [-1, 11, 1],
    countries: [],
    actors: ['rrma', 'asso-sn', 'college-cv'],
    departments: [
      ['dri', 'lead'],
      ['education', 'co_construction'],
    ],
    competencies: [['all.external_action', 'Soutien aux actions de sensibilisation à la solidarité internationale menées sur le territoire.']],
    sdgs: [4, 17],
    budget: [[0, 4000, 'own_funds', 'dri', 'Interventions des associations']],
    expected: [
      ['fds-living', 'living_together', 'Faire connaître aux collégiens les associations de solidarité de leur territoire.', 'Collèges participants', '10'],
    ],
  },
  {
    title: 'Bourses de mobilité internationale des jeunes',
    description:
      'Aide aux jeunes du territoire qui partent en volontariat de solidarité internationale, en service civique à l’international ou en volontariat de réciprocité, avec la mission locale.',
    type: 'youth_mobility',
    rationales: ['exchange', 'solidarity'],
    status: 'running',
    start: [0, 1, 1],
    countries: ['SN', 'MA'],
    actors: ['mission-locale', 'mjc'],
    departments: [
      ['dri', 'lead'],
      ['social', 'informed'],
    ],
    competencies: [['all.external_action', 'Soutien à la mobilité internationale des jeunes, au titre de l’action extérieure.']],
    sdgs: [4, 10],
    budget: [[0, 12000, 'own_funds', 'dri', 'Bourses']],
    expected: [
      [
        'bm-capacity',
        'local_capacity',
        'Donner aux structures jeunesse du territoire une offre de volontariat à l’international.',
        'Jeunes partis',
        '15 par an',
      ],
    ],
  },
  {
    title: 'Valmaggiore : sentiers transfrontaliers des tailleurs de pierre',
    description: 'Idée d’un itinéraire de randonnée commun de part et d’autre de la frontière, à présenter au programme Interreg France-Italie.',
    type: 'cross_border',
    rationales: ['attractiveness', 'exchange'],
    status: 'idea',
    countries: ['IT'],
    partners: ['valmaggiore'],
    departments: [['culture', 'informed']],
    competencies: [['departement.natural_areas', 'L’itinéraire traverserait des espaces naturels sensibles gérés par le Département.']],
    sdgs: [11, 15],
  },
  {
    title: 'Kaolack-Est : santé communautaire',
    description: 'Appui aux agents de santé communautaire, arrêté faute de relais sur place.',
    type: 'decentralised_cooperation',
    rationales: ['solidarity'],
    status: 'stopped',
    start: [-5, 1, 1],
    end: [-2, 6, 30],
    countries: ['SN'],
    partners: ['kaolack-region'],
    departments: [['social', 'informed']],
    competencies: [['departement.pmi', 'Appui aux agents de santé communautaire inspiré des pratiques de PMI.']],
    sdgs: [3],
    budget: [[-2, 10000, 'own_funds', 'dri']],
  },
  {
    title: 'Accueil d’artistes de Nioro-Kaya au Festival des Suds',
    description: 'Résidence de musiciens de Nioro-Kaya, concerts et ateliers dans les collèges.',
    type: 'hosting_delegation',
    rationales: ['exchange', 'influence'],
    status: 'finished',
    start: [-1, 7, 10],
    end: [-1, 7, 20],
    countries: ['SN'],
    partners: ['nioro'],
    actors: ['festival', 'diaspora-sn'],
    departments: [
      ['culture', 'lead'],
      ['dri', 'informed'],
    ],
    competencies: [['departement.culture_sport_tourism', 'Programmation d’artistes du partenaire dans un festival soutenu par le Département.']],
    sdgs: [10, 17],
    budget: [[-1, 14000, 'own_funds', 'culture']],
    expected: [
      ['nf-living', 'living_together', 'Mobiliser la diaspora sénégalaise autour du festival.'],
      ['nf-eco', 'economic', 'Retombées touristiques de la venue des artistes.'],
    ],
    observed: [
      ['nf-living', 'living_together', 'Les associations de la diaspora ont co-organisé deux concerts.', 'Programme du festival', [-1, 7, 20], '2 concerts'],
      [null, 'cultural_opening', 'Ateliers de percussions dans quatre collèges.', 'Bilan des ateliers', [-1, 7, 25], '320 élèves'],
    ],
  },
];

function isoDate(base: number, [offset, month, day]: RelDate) {
  return `${base + offset}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Seeds the département's departments and external actions, with budgets over the last three
 * years and returns that show the gap the study describes. `actors` maps the actors seed's keys to
 * ids, `users` demo emails to user ids.
 */
export function seedExternalActions(
  tx: Tx,
  { workspaceId, actors, users }: { workspaceId: string; actors: Map<string, string>; users: Map<string, string> },
  now: Date,
) {
  const year = now.getFullYear();
  const departmentIds = new Map<string, string>();
  const actor = (key: string) => {
    const id = actors.get(key);
    if (!id) throw new Error(`Unknown demo actor ${key}`);
    return id;
  };
  for (const d of DEPARTMENTS) {
    const id = crypto.randomUUID();
    departmentIds.set(d.key, id);
    tx.insert(departments)
      .values({
        id,
        workspaceId,
        name: d.name,
        description: d.description,
        pointPersonUserId: d.pointPerson && 'email' in d.pointPerson ? users.get(d.pointPerson.email)! : null,
        pointPersonActorId: d.pointPerson && 'actor' in d.pointPerson ? actor(d.pointPerson.actor) : null,
        languages: d.languages,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    for (const [offset, label, euros, source] of d.lines ?? []) {
      tx.insert(departmentBudgetLines)
        .values({
          id: crypto.randomUUID(),
          workspaceId,
          departmentId: id,
          label,
          year: year + offset,
          amountCents: euros * 100,
          fundingSource: source,
          createdAt: now,
        })
        .run();
    }
  }
  const department = (key: string) => departmentIds.get(key)!;
  const createdBy = users.get('editor@demo.filrouge.eu') ?? null;
  for (const a of ACTIONS) {
    const actionId = crypto.randomUUID();
    tx.insert(externalActions)
      .values({
        id: actionId,
        workspaceId,
        title: a.title,
        normalizedTitle: normalizeName(a.title),
        description: a.description,
        type: a.type,
        rationales: a.rationales,
        status: a.status,
        startDate: typeof a.start === 'string' ? a.start : a.start ? isoDate(year, a.start) : null,
        endDate: a.end ? isoDate(year, a.end) : null,
        countries: a.countries,
        version: 1,
        createdBy,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    const linked = [
      ...(a.partners ?? []).map((key) => ({ workspaceId, actionId, actorId: actor(key), role: 'partner' as const })),
      ...(a.actors ?? []).map((key) => ({ workspaceId, actionId, actorId: actor(key), role: 'territorial' as const })),
    ];
    if (linked.length) tx.insert(externalActionActors).values(linked).run();
    tx.insert(externalActionDepartments)
      .values(a.departments.map(([key, mode]) => ({ workspaceId, actionId, departmentId: department(key), mode })))
      .run();
    if (a.competencies?.length) {
      tx.insert(externalActionCompetencies)
        .values(
          a.competencies.map(([catalogueKey, reason]) => ({ id: crypto.randomUUID(), workspaceId, actionId, catalogueKey, customCompetencyId: null, reason })),
        )
        .run();
    }
    tx.insert(externalActionSdgs)
      .values(a.sdgs.map((sdg) => ({ workspaceId, actionId, sdg })))
      .run();
    if (a.budget?.length) {
      tx.insert(externalActionBudgetLines)
        .values(
          a.budget.map(([offset, euros, source, dep, label], position) => ({
            id: crypto.randomUUID(),
            workspaceId,
            actionId,
            year: year + offset,
            amountCents: euros * 100,
            fundingSource: source,
            departmentId: department(dep),
            label: label ?? null,
            position,
          })),
        )
        .run();
    }
    const expectedIds = new Map<string, string>();
    (a.expected ?? []).forEach(([key, category, description, indicator, target], position) => {
      const id = crypto.randomUUID();
      expectedIds.set(key, id);
      tx.insert(expectedReturns)
        .values({ id, workspaceId, actionId, category, description, indicator: indicator ?? null, target: target ?? null, position, createdAt: now })
        .run();
    });
    for (const [expectedKey, category, description, evidence, date, value] of a.observed ?? []) {
      tx.insert(observedReturns)
        .values({
          id: crypto.randomUUID(),
          workspaceId,
          actionId,
          expectedReturnId: expectedKey ? expectedIds.get(expectedKey)! : null,
          category,
          description,
          evidence,
          observedOn: isoDate(year, date),
          value: value ?? null,
          recordedBy: createdBy,
          createdAt: now,
        })
        .run();
    }
  }
  return departmentIds;
}

export const DEMO_EXTERNAL_ACTION_COUNT = ACTIONS.length;
export const DEMO_DEPARTMENT_COUNT = DEPARTMENTS.length;
