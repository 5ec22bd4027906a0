/**
 * `npm run seed:large`: a separate database (LARGE_DATABASE_PATH, default .tmp/large.db) holding
 * one region-sized workspace — 5,000 actors, 20,000 relations, 800 external actions with
 * competencies, departments, budgets and returns, two diagnostics, a strategy with 5 axes and
 * 20 written sections of real Yjs text — and 200 small workspaces beside it. Deterministic (seeded
 * PRNG, fixed clock), written with multi-row inserts in one transaction. The benchmark
 * (scripts/bench) runs the production app on it. Sign in as editor@demo.filrouge.eu / filrouge-demo.
 * `--scale=<n>` (or LARGE_SCALE) multiplies actors, relations, actions and small workspaces by n
 * (4: 20,000 actors, 80,000 relations, 3,200 actions, 800 workspaces) in `.tmp/large-x<n>.db`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableColumns } from 'drizzle-orm';
import { migrateDatabase, openDatabase, type Tx } from '../db/client';
import {
  actorRelations,
  actors,
  collabDocuments,
  departmentBudgetLines,
  departments,
  diagnosticAnswers,
  diagnosticAssignments,
  diagnosticFollowUps,
  diagnostics,
  documentSections,
  expectedReturns,
  externalActionActors,
  externalActionBudgetLines,
  externalActionCompetencies,
  externalActionDepartments,
  externalActions,
  externalActionSdgs,
  memberships,
  observedReturns,
  strategies,
  strategyActionPlacements,
  strategyAxes,
  strategyIndicators,
  strategyIndicatorValues,
  users,
  workspaces,
} from '../db/schema';
import { ACTOR_CATEGORIES, RELATION_TYPES, familyOf, type ActorCategory, type ActorFamily } from '../db/schema/actors';
import { ACTION_RATIONALES, ACTION_STATUSES, ACTION_TYPES, ALL_RETURN_CATEGORIES, DEPARTMENT_MODES } from '../db/schema/external-actions';
import { FUNDING_SOURCES } from '../db/schema/departments';
import { schemeOfFundingSource } from '../lib/competencies/solidarity-schemes';
import { INDICATOR_FREQUENCIES } from '../db/schema/strategy';
import { DATA_SECTION_KINDS } from '../db/schema/strategy-document';
import { normalizeName } from '../lib/actors/schemas';
import { catalogueFor } from '../lib/competencies/catalogue';
import { CURRENT_QUESTIONNAIRE_VERSION, getQuestionnaire } from '../lib/diagnostic/questionnaire';
import { sectionDocumentName } from '../lib/collab/names';
import { seedLargeMissions } from './seed-large-missions';
import { contentFrom } from '../lib/strategy-document/rich-text';
import { yStateFromContent } from '../lib/strategy-document/ydoc';
import { seededRandom } from '../lib/seeded-random';

export const LARGE_WORKSPACE_SLUG = 'region-grand-large';
export const LARGE_PASSWORD = 'filrouge-demo';
export const LARGE_EDITOR = 'editor@demo.filrouge.eu';

/** The sizes at scale 1; a scale factor (`--scale=2`, `LARGE_SCALE`) multiplies the rows that grow with a territory. */
export function sizesFor(scale: number) {
  return { actors: 5000 * scale, relations: 20000 * scale, actions: 800 * scale, departments: 24, axes: 5, writtenSections: 20, smallWorkspaces: 200 * scale };
}

/** The database of a scale: `.tmp/large.db` at 1, `.tmp/large-x<scale>.db` beyond (or LARGE_DATABASE_PATH). */
export function largeDatabasePath(scale: number, env = process.env) {
  if (env.LARGE_DATABASE_PATH) return env.LARGE_DATABASE_PATH;
  return scale === 1 ? '.tmp/large.db' : `.tmp/large-x${scale}.db`;
}

const SCALE = Number(process.argv.find((a) => a.startsWith('--scale='))?.split('=')[1] ?? process.env.LARGE_SCALE ?? 1);
const SIZES = sizesFor(SCALE);

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

const random = seededRandom(20261126);
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const some = <T>(list: readonly T[], min: number, max: number): T[] => {
  const n = Math.min(list.length, int(min, max));
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
};
/** A version-4-shaped UUID from the PRNG (ids are validated as UUIDs by some routes). */
// The "1 %" schemes depend on the authority's level (a Région may only use mobility's): leave them out.
const SOURCES = FUNDING_SOURCES.filter((s) => schemeOfFundingSource(s) === null);

function uuid() {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const NOW = new Date(Date.UTC(2026, 10, 2, 9, 0, 0));
const DAY = 24 * 3600 * 1000;
const daysAgo = (n: number) => new Date(NOW.getTime() - n * DAY);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Word lists (invented places and people; real countries)

const TOWNS = [
  'Montrevel',
  'Belcastel',
  'Saint-Aurel',
  'Vernhes',
  'Lacombe',
  'Roquemaure',
  'Valbonne-sur-Argence',
  'Castelnau-le-Haut',
  'Pradelles',
  'Fontfroide',
  'Mirabel',
  'Sainte-Odile',
  'Les Aubrais',
  'Beaulieu-Argence',
  'Pont-Sauvage',
  'Villeneuve-des-Combes',
  'Lussac',
  'Marvejols-la-Neuve',
  'Cazouls',
  'Saint-Félix',
  'Auriac',
  'Lanuéjols',
  'Ribaute',
  'Puylaroque',
];
const FOREIGN = [
  ['SN', ['Nioro-Kaya', 'Kaolack', 'Fatick', 'Ziguinchor']],
  ['BF', ['Tamboura', 'Koudougou', 'Banfora']],
  ['MA', ['Aït Tafraout', 'Essaouira', 'Taroudant']],
  ['DE', ['Lindenau', 'Freiberg', 'Kassel']],
  ['IT', ['Valmaggiore', 'Lucca', 'Ferrara']],
  ['ES', ['Huesca', 'Teruel', 'Logroño']],
  ['PT', ['Viseu', 'Braga']],
  ['BR', ['Vila Serena', 'Recife']],
  ['VN', ['Huế', 'Đà Nẵng']],
  ['PE', ['Cusco', 'Arequipa']],
  ['TN', ['Sousse', 'Kairouan']],
  ['PL', ['Kraków', 'Lublin']],
  ['CA', ['Sherbrooke', 'Trois-Rivières']],
  ['BE', ['Namur', 'Liège']],
] as const;
const FIRST = [
  'Claire',
  'Mehdi',
  'Sophie',
  'Jean-Pierre',
  'Awa',
  'Karim',
  'Odile',
  'Thierry',
  'Hélène',
  'Martine',
  'Lucas',
  'Inès',
  'Paul',
  'Fatou',
  'Jonas',
  'Marta',
  'Hugo',
  'Leïla',
  'Anna',
  'Samuel',
  'Chloé',
  'Youssef',
  'Elena',
  'Marc',
];
const LAST = [
  'Fontaine',
  'Laurent',
  'Marchal',
  'Roussel',
  'Diallo',
  'Brunet',
  'Lafont',
  'Varenne',
  'Cazals',
  'Moreau',
  'Nguyen',
  'Ferreira',
  'Schmidt',
  'Rossi',
  'Benali',
  'Kowalski',
  'Dubois',
  'Garcia',
  'Ndiaye',
  'Ouédraogo',
  'Martin',
  'Lambert',
];
const THEMES = [
  'éducation',
  'santé',
  'eau',
  'culture',
  'jeunesse',
  'agriculture',
  'économie',
  'tourisme',
  'climat',
  'énergie',
  'mobilité',
  'numérique',
  'égalité',
  'sport',
  'recherche',
  'patrimoine',
  'insertion',
  'Europe',
];
const TAGS = ['Erasmus+', 'jumelage', 'diaspora', 'export', '1 % solidaire', 'réseau', 'volontariat', 'élu', 'prioritaire', 'à relancer', 'FEDER', 'AFD'];
const LANGS = ['fr', 'en', 'es', 'de', 'it', 'pt', 'ar', 'wo', 'pl'];
const ADJ = ['solidaire', 'citoyen', 'du Sud', 'des Deux Rives', 'vert', 'nouveau', 'international', 'des Suds', 'de la Vallée', 'du Causse', 'd’Argence'];
const NOUN_BY_CATEGORY: Record<ActorCategory, string[]> = {
  chief_executive: ['Présidence de la Région'],
  elected_official: ['Vice-présidence', 'Conseillère déléguée', 'Conseiller délégué'],
  assembly: ['Assemblée régionale', 'Commission permanente'],
  dgs: ['Direction générale des services'],
  directorate: [
    'Direction de l’éducation',
    'Direction de l’économie',
    'Direction de la culture',
    'Direction de l’environnement',
    'Direction des transports',
    'Direction des lycées',
  ],
  ir_body: ['Direction des relations internationales', 'Service Europe et international'],
  agent: ['Chargée de mission', 'Chargé de mission', 'Référent international'],
  association: ['Association', 'Collectif', 'Amicale', 'Comité de jumelage'],
  diaspora: ['Association des ressortissants', 'Collectif franco-africain', 'Maison des diasporas'],
  school: ['Lycée', 'Collège', 'Lycée professionnel', 'École'],
  university: ['Université', 'Institut universitaire', 'École d’ingénieurs'],
  hospital: ['Centre hospitalier', 'Clinique', 'Maison de santé'],
  company: ['SAS', 'Coopérative', 'Laiterie', 'Ateliers', 'Industries'],
  chamber: ['Chambre de commerce', 'Chambre d’agriculture', 'Chambre des métiers'],
  cultural: ['Scène nationale', 'Festival', 'Musée', 'Conservatoire'],
  youth: ['Maison des jeunes', 'Mission locale', 'Point information jeunesse'],
  regional_network: ['Réseau régional multi-acteurs', 'Plateforme de coopération'],
  local_commune: ['Commune'],
  local_epci: ['Communauté de communes', 'Agglomération'],
  local_departement: ['Département'],
  local_region: ['Région voisine'],
  partner_authority: ['Commune', 'Province', 'Municipalité', 'Landkreis', 'Comune'],
  network: ['Réseau', 'Association internationale', 'Plateforme européenne'],
  funder_ministry: ['Ministère de l’Europe et des Affaires étrangères', 'Délégation pour l’action extérieure'],
  funder_eu: ['Commission européenne', 'Programme Interreg', 'Erasmus+ agence nationale'],
  funder_agency: ['Agence française de développement', 'Agence de l’eau'],
  funder_other: ['Fondation', 'Fonds de dotation'],
  international_org: ['Bureau régional', 'Programme des Nations unies', 'Organisation internationale'],
  embassy: ['Ambassade', 'Consulat général'],
  local_syndicat: ['Syndicat mixte', 'Syndicat intercommunal'],
  twinning_committee: ['Comité de jumelage'],
  french_authority: ['Ville', 'Département voisin'],
  authority_association: ['Cités Unies France', 'Association des maires'],
  state_service: ['Préfecture', 'Délégation régionale'],
  state_operator: ['Expertise France', 'Campus France'],
  partner_ngo: ['ONG locale', 'Association partenaire'],
  partner_agency: ['Agence nationale', 'Direction nationale'],
  partner_mayors_association: ['Association des maires', 'Union des communes'],
  partner_institution: ['Université partenaire', 'Hôpital régional'],
};

const SENTENCES = [
  'La Région inscrit son action internationale dans ses compétences : lycées, formation, développement économique, transports et environnement.',
  'Chaque partenariat est relu à la lumière du fil rouge : ce qu’il apporte au territoire et ce qu’il apporte au partenaire.',
  'Les acteurs du territoire — associations, diasporas, établissements, entreprises — sont associés dès la conception des projets.',
  'Les retours attendus sont écrits avant le lancement de chaque action et comparés, au bilan, aux retours observés.',
  'Le comité de pilotage réunit deux fois par an les élus concernés, la direction générale et les référents des directions.',
  'The regional council reports every year on the international budget, consolidated across all departments.',
  'Partners are invited to co-define objectives and are hosted in return: cooperation must go both ways.',
  'Les indicateurs de chaque axe sont mis à jour par leurs responsables et présentés en séance publique.',
  'La mobilité des jeunes, apprentis et lycéens, est un levier d’ouverture au monde et d’insertion professionnelle.',
  'La coopération décentralisée soutient les services publics locaux : eau, état civil, gestion des déchets, santé.',
  'Les fonds européens complètent les moyens propres de la Région et de ses partenaires.',
  'Une attention particulière est portée à l’égalité entre les femmes et les hommes dans chaque projet.',
];
const SECTION_TITLES = [
  'Avant-propos',
  'Le territoire et le monde',
  'Ce que dit le diagnostic',
  'Les acteurs du territoire',
  'Gouvernance',
  'Pilotage politique',
  'Le réseau des référents',
  'Partenariats historiques',
  'Nouveaux partenariats',
  'Europe et fonds européens',
  'Jeunesse et mobilité',
  'Économie et attractivité',
  'Climat et transitions',
  'Solidarité internationale',
  'Culture et patrimoine',
  'Réciprocité',
  'Communication',
  'Évaluation',
  'Budget et moyens',
  'Calendrier de mise en œuvre',
];

// ---------------------------------------------------------------------------------------------
// Batched inserts

const MAX_VARIABLES = 30000;
let rowsWritten = 0;

/** Inserts rows in multi-row statements that stay under SQLite's bound-parameter limit. */
function insertMany<T extends SQLiteTable>(tx: Tx, table: T, rows: T['$inferInsert'][]) {
  if (rows.length === 0) return;
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(MAX_VARIABLES / columns));
  for (let i = 0; i < rows.length; i += size) {
    tx.insert(table)
      .values(rows.slice(i, i + size) as never)
      .run();
  }
  rowsWritten += rows.length;
}

// ---------------------------------------------------------------------------------------------

function actorName(category: ActorCategory, i: number) {
  const noun = pick(NOUN_BY_CATEGORY[category]);
  const family = familyOf(category);
  if (category === 'elected_official' || category === 'agent') return `${pick(FIRST)} ${pick(LAST)}, ${noun.toLowerCase()} n° ${i}`;
  if (family === 'external') {
    const [, cities] = pick(FOREIGN);
    return `${noun} ${pick(ADJ)} de ${pick(cities)} (${i})`;
  }
  return `${noun} ${pick(ADJ)} de ${pick(TOWNS)} (${i})`;
}

/** By position, so that the shares are exact: 8 % internal, 52 % territorial, 40 % external (2,000 of 5,000: the graph benchmark's filter). */
function categoryFor(i: number): ActorCategory {
  const slot = i % 25;
  return pick(ACTOR_CATEGORIES[slot < 2 ? 'internal' : slot < 15 ? 'territorial' : 'external']);
}

type Built = { actorIds: string[]; actorFamilies: ActorFamily[] };

function seedActorsAndRelations(tx: Tx, workspaceId: string, count: number, relationCount: number): Built {
  const rows: (typeof actors.$inferInsert)[] = [];
  const actorFamilies: ActorFamily[] = [];
  for (let i = 0; i < count; i++) {
    const category = categoryFor(i);
    const family = familyOf(category);
    const name = actorName(category, i + 1);
    const foreign = family === 'external' ? pick(FOREIGN) : null;
    const withContact = random() < 0.4;
    const created = daysAgo(int(30, 900));
    actorFamilies.push(family);
    rows.push({
      id: uuid(),
      workspaceId,
      family,
      category,
      name,
      normalizedName: normalizeName(name),
      portfolio: category === 'elected_official' ? pick(['Relations internationales', 'Lycées', 'Économie', 'Culture', 'Jeunesse']) : null,
      country: foreign ? foreign[0] : 'FR',
      city: foreign ? pick(foreign[1]) : pick(TOWNS),
      themes: some(THEMES, 0, 3),
      languages: some(LANGS, 1, 3),
      links: random() < 0.3 ? pick(SENTENCES) : null,
      influence: int(1, 5),
      interest: int(1, 5),
      tags: some(TAGS, 0, 2),
      website: random() < 0.5 ? `https://acteur-${i + 1}.example` : null,
      contactName: withContact ? `${pick(FIRST)} ${pick(LAST)}` : null,
      contactRole: withContact ? pick(['Présidente', 'Président', 'Directrice', 'Chargé de projets', 'Coordinatrice']) : null,
      contactEmail: withContact ? `contact${i + 1}@acteur.example` : null,
      contactPhone: withContact && random() < 0.5 ? `+33 5 ${int(10, 99)} ${int(10, 99)} ${int(10, 99)} ${int(10, 99)}` : null,
      createdAt: created,
      updatedAt: created,
    });
  }
  insertMany(tx, actors, rows);
  const actorIds = rows.map((r) => r.id!);

  const seen = new Set<string>();
  const relations: (typeof actorRelations.$inferInsert)[] = [];
  // A few hubs (networks, the IR directorate, funders) carry many links, as in real maps.
  const hubs = actorIds.slice(0, Math.max(5, Math.floor(count / 100)));
  while (relations.length < relationCount) {
    const a = random() < 0.15 ? pick(hubs) : actorIds[Math.floor(random() * count)]!;
    const b = actorIds[Math.floor(random() * count)]!;
    if (a === b) continue;
    const type = pick(RELATION_TYPES);
    const key = `${a}|${b}|${type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relations.push({
      id: uuid(),
      workspaceId,
      sourceId: a,
      targetId: b,
      type,
      directed: type === 'funding' || type === 'supervision' || type === 'membership',
      strength: int(1, 5),
      startDate: random() < 0.5 ? `${int(2005, 2025)}-0${int(1, 9)}-01` : null,
      endDate: null,
      notes: random() < 0.1 ? pick(SENTENCES) : null,
      createdAt: daysAgo(int(1, 600)),
    });
  }
  insertMany(tx, actorRelations, relations);
  return { actorIds, actorFamilies };
}

function seedActions(tx: Tx, workspaceId: string, built: Built, userIds: string[], count: number, departmentCount: number, catalogueKeys: string[]) {
  const deptRows: (typeof departments.$inferInsert)[] = [];
  const deptNames = NOUN_BY_CATEGORY.directorate.concat([
    'Direction de la formation',
    'Direction de la santé',
    'Direction du tourisme',
    'Direction de l’agriculture',
    'Direction du numérique',
    'Direction des sports',
  ]);
  for (let i = 0; i < departmentCount; i++) {
    deptRows.push({
      id: uuid(),
      workspaceId,
      name: i < deptNames.length ? deptNames[i]! : `${pick(deptNames)} — pôle ${i + 1}`,
      description: pick(SENTENCES),
      pointPersonUserId: i % 3 === 0 ? pick(userIds) : null,
      pointPersonActorId: i % 3 === 1 ? (built.actorIds[i] ?? null) : null,
      languages: some(LANGS, 1, 3),
      createdAt: daysAgo(500),
      updatedAt: daysAgo(int(1, 100)),
    });
  }
  insertMany(tx, departments, deptRows);
  const deptIds = deptRows.map((d) => d.id!);
  const deptLines: (typeof departmentBudgetLines.$inferInsert)[] = [];
  for (const departmentId of deptIds) {
    for (const year of [2024, 2025, 2026]) {
      deptLines.push({
        id: uuid(),
        workspaceId,
        departmentId,
        label: pick(['Interprétariat', 'Cours de langues', 'Accueil de délégations', 'Missions']),
        year,
        amountCents: int(5, 200) * 10000,
        fundingSource: pick(SOURCES),
        createdAt: daysAgo(200),
      });
    }
  }
  insertMany(tx, departmentBudgetLines, deptLines);

  const external = built.actorIds.filter((_, i) => built.actorFamilies[i] === 'external');
  const territorial = built.actorIds.filter((_, i) => built.actorFamilies[i] === 'territorial');
  const actionRows: (typeof externalActions.$inferInsert)[] = [];
  const links: (typeof externalActionActors.$inferInsert)[] = [];
  const depts: (typeof externalActionDepartments.$inferInsert)[] = [];
  const comps: (typeof externalActionCompetencies.$inferInsert)[] = [];
  const sdgs: (typeof externalActionSdgs.$inferInsert)[] = [];
  const budget: (typeof externalActionBudgetLines.$inferInsert)[] = [];
  const expected: (typeof expectedReturns.$inferInsert)[] = [];
  const observed: (typeof observedReturns.$inferInsert)[] = [];
  const TOPICS = [
    'Eau et assainissement',
    'Mobilité des apprentis',
    'Formation de sages-femmes',
    'Tourisme rural',
    'Échanges de lycéens',
    'Filière laitière',
    'Gestion des déchets',
    'Énergie solaire',
    'Patrimoine bâti',
    'Résidence d’artistes',
    'État civil',
    'Volontariat des jeunes',
    'Climate adaptation',
    'Smart villages',
    'Agroecology',
  ];
  for (let i = 0; i < count; i++) {
    const id = uuid();
    const [country, cities] = pick(FOREIGN);
    const title = `${pick(TOPICS)} avec ${pick(cities)} (${i + 1})`;
    const status = pick(ACTION_STATUSES);
    const start = int(2018, 2026);
    const created = daysAgo(int(10, 800));
    actionRows.push({
      id,
      workspaceId,
      title,
      normalizedTitle: normalizeName(title),
      description: `${pick(SENTENCES)} ${pick(SENTENCES)}`,
      type: pick(ACTION_TYPES),
      rationales: some(ACTION_RATIONALES, 1, 2),
      status,
      startDate: `${start}-0${int(1, 9)}-01`,
      endDate: random() < 0.6 ? `${start + int(1, 4)}-12-31` : null,
      countries: random() < 0.8 ? [country] : [country, pick(FOREIGN)[0]].filter((c, k, a) => a.indexOf(c) === k),
      version: 1,
      createdBy: pick(userIds),
      createdAt: created,
      updatedAt: created,
    });
    for (const actorId of some(external, 1, 2)) links.push({ workspaceId, actionId: id, actorId, role: 'partner' });
    for (const actorId of some(territorial, 1, 3)) links.push({ workspaceId, actionId: id, actorId, role: 'territorial' });
    some(deptIds, 1, 3).forEach((departmentId, k) =>
      depts.push({ workspaceId, actionId: id, departmentId, mode: k === 0 ? 'lead' : pick(DEPARTMENT_MODES.slice(1)) }),
    );
    for (const catalogueKey of some(catalogueKeys, 1, 2))
      comps.push({ id: uuid(), workspaceId, actionId: id, catalogueKey, customCompetencyId: null, reason: pick(SENTENCES) });
    for (const sdg of some(
      Array.from({ length: 17 }, (_, k) => k + 1),
      1,
      3,
    ))
      sdgs.push({ workspaceId, actionId: id, sdg });
    const lines = int(1, 3);
    for (let k = 0; k < lines; k++) {
      budget.push({
        id: uuid(),
        workspaceId,
        actionId: id,
        year: 2024 + k,
        amountCents: int(1, 150) * 100000,
        fundingSource: pick(SOURCES),
        departmentId: pick(deptIds),
        label: null,
        position: k,
      });
    }
    const expectedIds: string[] = [];
    const expectedCount = random() < 0.15 ? 0 : int(1, 3);
    for (let k = 0; k < expectedCount; k++) {
      const rid = uuid();
      expectedIds.push(rid);
      expected.push({
        id: rid,
        workspaceId,
        actionId: id,
        category: pick(ALL_RETURN_CATEGORIES),
        description: pick(SENTENCES),
        indicator: random() < 0.5 ? 'Nombre de bénéficiaires' : null,
        target: random() < 0.5 ? `${int(10, 500)}` : null,
        position: k,
        createdAt: created,
      });
    }
    if (status === 'running' || status === 'finished') {
      for (let k = 0; k < int(0, 2); k++) {
        observed.push({
          id: uuid(),
          workspaceId,
          actionId: id,
          expectedReturnId: expectedIds.length && random() < 0.7 ? pick(expectedIds) : null,
          category: pick(ALL_RETURN_CATEGORIES),
          description: pick(SENTENCES),
          evidence: 'Compte rendu de mission, liste de présence',
          observedOn: isoDay(daysAgo(int(1, 400))),
          value: random() < 0.4 ? `${int(5, 300)}` : null,
          recordedBy: pick(userIds),
          createdAt: daysAgo(int(1, 300)),
        });
      }
    }
  }
  insertMany(tx, externalActions, actionRows);
  insertMany(tx, externalActionActors, links);
  insertMany(tx, externalActionDepartments, depts);
  insertMany(tx, externalActionCompetencies, comps);
  insertMany(tx, externalActionSdgs, sdgs);
  insertMany(tx, externalActionBudgetLines, budget);
  insertMany(tx, expectedReturns, expected);
  insertMany(tx, observedReturns, observed);
  return actionRows.map((a) => a.id!);
}

function seedDiagnostics(tx: Tx, workspaceId: string, userIds: string[]) {
  const questionnaire = getQuestionnaire(CURRENT_QUESTIONNAIRE_VERSION);
  const answer = (q: (typeof questionnaire.dimensions)[number]['questions'][number]) => {
    switch (q.kind) {
      case 'maturity':
        return int(0, 4);
      case 'number':
        return Math.min(q.max, q.min + int(1, 20) * q.step);
      case 'choice':
        return pick(q.options).value;
      case 'languages':
        return some(LANGS, 1, 3);
    }
  };
  const followUps: string[] = [];
  for (const [n, status] of [
    ['2025', 'completed'],
    ['2026', 'in_progress'],
  ] as const) {
    const id = uuid();
    const held = status === 'completed' ? daysAgo(400) : daysAgo(20);
    tx.insert(diagnostics)
      .values({
        id,
        workspaceId,
        title: `Autodiagnostic ${n}`,
        heldOn: isoDay(held),
        status,
        questionnaireVersion: CURRENT_QUESTIONNAIRE_VERSION,
        createdBy: userIds[1],
        completedBy: status === 'completed' ? userIds[1] : null,
        completedAt: status === 'completed' ? daysAgo(380) : null,
        createdAt: held,
        updatedAt: held,
      })
      .run();
    const answers: (typeof diagnosticAnswers.$inferInsert)[] = [];
    const assignments: (typeof diagnosticAssignments.$inferInsert)[] = [];
    for (const dimension of questionnaire.dimensions) {
      assignments.push({ id: uuid(), workspaceId, diagnosticId: id, dimension: dimension.key, userId: pick(userIds), createdAt: held });
      for (const question of dimension.questions) {
        if (status === 'in_progress' && random() < 0.4) continue;
        answers.push({
          id: uuid(),
          workspaceId,
          diagnosticId: id,
          dimension: dimension.key,
          questionKey: question.key,
          value: answer(question),
          evidence: random() < 0.2 ? pick(SENTENCES) : null,
          answeredBy: pick(userIds),
          updatedAt: held,
        });
      }
    }
    insertMany(tx, diagnosticAssignments, assignments);
    insertMany(tx, diagnosticAnswers, answers);
    if (status === 'completed') {
      const rows = ['no_point_people', 'support_rests_on_executive', 'calls_without_home_criteria', 'no_consolidated_budget'].map((ruleKey, k) => ({
        id: uuid(),
        workspaceId,
        diagnosticId: id,
        ruleKey,
        title: `${pick(SENTENCES).slice(0, 80)} (${k + 1})`,
        ownerId: pick(userIds),
        dueOn: isoDay(daysAgo(-int(10, 200))),
        status: pick(['open', 'in_progress', 'done'] as const),
        createdBy: userIds[1],
        createdAt: daysAgo(370),
        updatedAt: daysAgo(370),
      }));
      insertMany(tx, diagnosticFollowUps, rows);
      followUps.push(...rows.map((r) => r.id));
    }
  }
  return followUps;
}

function seedStrategyAndDocument(tx: Tx, workspaceId: string, userIds: string[], actionIds: string[], sections: number) {
  tx.insert(strategies)
    .values({
      id: uuid(),
      workspaceId,
      periodStart: 2025,
      periodEnd: 2030,
      vision: 'Une région ouverte, qui coopère pour ses habitants et avec ses partenaires.',
      thread: 'La jeunesse et les transitions : mettre l’action internationale au service des lycées, de la formation et du climat.',
      principles: ['Réciprocité', 'Ancrage territorial', 'Évaluation partagée'],
      version: 1,
      updatedBy: userIds[1],
      createdAt: daysAgo(300),
      updatedAt: daysAgo(10),
    })
    .run();
  const axisTitles = ['Jeunesse et mobilité', 'Transitions et climat', 'Attractivité et économie', 'Solidarité internationale', 'Europe et réseaux'];
  const axes = axisTitles.map((title, position) => ({
    id: uuid(),
    workspaceId,
    title,
    objectives: some(SENTENCES, 2, 4),
    position,
    createdAt: daysAgo(300),
    updatedAt: daysAgo(20),
  }));
  insertMany(tx, strategyAxes, axes);
  const axisIds = axes.map((a) => a.id);
  insertMany(
    tx,
    strategyActionPlacements,
    actionIds.slice(0, Math.floor(actionIds.length * 0.85)).map((actionId, k) => ({
      actionId,
      workspaceId,
      axisId: k % 17 === 0 ? null : pick(axisIds),
      outsideReason: k % 17 === 0 ? 'Engagement historique, hors du fil rouge' : null,
      proposedAxisId: k % 29 === 0 ? pick(axisIds) : null,
      proposedBy: k % 29 === 0 ? userIds[2] : null,
      proposalNote: null,
      updatedAt: daysAgo(int(1, 60)),
    })),
  );
  const indicators: (typeof strategyIndicators.$inferInsert)[] = [];
  const values: (typeof strategyIndicatorValues.$inferInsert)[] = [];
  const NAMES = [
    'Jeunes partis en mobilité',
    'Lycées engagés',
    'Tonnes de CO₂ évitées',
    'Entreprises accompagnées à l’export',
    'Personnes ayant accès à l’eau',
    'Projets européens déposés',
  ];
  for (let k = 0; k < 40; k++) {
    const id = uuid();
    const onAxis = k < 25;
    indicators.push({
      id,
      workspaceId,
      axisId: onAxis ? axisIds[k % axisIds.length]! : null,
      actionId: onAxis ? null : pick(actionIds),
      name: `${pick(NAMES)} (${k + 1})`,
      unit: pick(['personnes', 'établissements', 't', 'entreprises', 'projets']),
      baseline: int(0, 50),
      target: int(100, 1000),
      targetDate: `${int(2027, 2030)}-12-31`,
      ownerId: pick(userIds),
      frequency: pick(INDICATOR_FREQUENCIES),
      createdAt: daysAgo(290),
      updatedAt: daysAgo(20),
    });
    for (let v = 0; v < int(0, 6); v++) {
      values.push({
        id: uuid(),
        workspaceId,
        indicatorId: id,
        observedOn: isoDay(daysAgo(280 - v * 45)),
        value: int(10, 600),
        source: 'Tableau de suivi',
        recordedBy: pick(userIds),
        createdAt: daysAgo(280 - v * 45),
      });
    }
  }
  insertMany(tx, strategyIndicators, indicators);
  insertMany(tx, strategyIndicatorValues, values);

  // The outline: 20 written sections with the five data sections among them.
  const outline: { kind: (typeof documentSections.$inferInsert)['kind']; title: string | null }[] = SECTION_TITLES.slice(0, sections).map((title) => ({
    kind: 'written',
    title,
  }));
  DATA_SECTION_KINDS.forEach((kind, k) => outline.splice(2 + k * 4, 0, { kind, title: null }));
  const sectionRows = outline.map((s, position) => ({
    id: uuid(),
    workspaceId,
    kind: s.kind,
    position,
    title: s.title,
    assigneeId: s.kind === 'written' && position % 5 === 0 ? userIds[2]! : null,
    createdAt: daysAgo(200),
    updatedAt: daysAgo(5),
  }));
  insertMany(tx, documentSections, sectionRows);
  const docs = sectionRows
    .filter((s) => s.kind === 'written')
    .map((s) => {
      const blocks: Parameters<typeof contentFrom>[0] = [];
      for (let p = 0; p < int(4, 8); p++) {
        if (p % 3 === 1) blocks.push({ h: `${s.title} — ${p}` });
        blocks.push(some(SENTENCES, 2, 4).join(' '));
        if (p % 4 === 2) blocks.push({ ul: some(SENTENCES, 2, 4) });
      }
      return { name: sectionDocumentName(s.id), workspaceId, state: Buffer.from(yStateFromContent(contentFrom(blocks))), updatedAt: daysAgo(int(1, 30)) };
    });
  insertMany(tx, collabDocuments, docs);
}

async function main() {
  if (!Number.isInteger(SCALE) || SCALE < 1 || SCALE > 8) throw new Error(`--scale must be a whole number from 1 to 8 (got ${SCALE})`);
  const file = largeDatabasePath(SCALE);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const started = Date.now();
  const { sqlite, db } = openDatabase(file);
  migrateDatabase(db);
  const passwordHash = await hash(LARGE_PASSWORD, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
  const catalogueKeys = catalogueFor('region').map((e) => e.key);
  const smallKeys = catalogueFor('commune').map((e) => e.key);

  db.transaction((tx) => {
    // Accounts: the demo's five people, members of the large region.
    const people = [
      ['admin@demo.filrouge.eu', 'Claire Fontaine', 'admin'],
      [LARGE_EDITOR, 'Mehdi Laurent', 'editor'],
      ['contributor@demo.filrouge.eu', 'Sophie Marchal', 'contributor'],
      ['elu@demo.filrouge.eu', 'Jean-Pierre Roussel', 'reviewer'],
      ['partner@demo.filrouge.eu', 'Awa Diallo', 'partner'],
    ] as const;
    const userRows = people.map(([email, name]) => ({ id: uuid(), email, name, passwordHash, locale: 'fr' as const, createdAt: daysAgo(900) }));
    const userIds = userRows.map((u) => u.id);
    const largeId = uuid();
    tx.insert(workspaces)
      .values({
        id: largeId,
        slug: LARGE_WORKSPACE_SLUG,
        name: 'Région du Grand Large',
        level: 'region',
        country: 'FR',
        population: 5_900_000,
        languages: ['fr', 'en', 'es', 'de'],
        createdAt: daysAgo(900),
        updatedAt: daysAgo(3),
      })
      .run();
    const built = seedActorsAndRelations(tx, largeId, SIZES.actors, SIZES.relations);
    insertMany(tx, users, userRows);
    insertMany(
      tx,
      memberships,
      people.map(([, , role], k) => ({
        id: uuid(),
        workspaceId: largeId,
        userId: userIds[k]!,
        role,
        actorId: role === 'partner' ? built.actorIds[built.actorFamilies.indexOf('external')]! : null,
        createdAt: daysAgo(900),
      })),
    );
    const actionIds = seedActions(tx, largeId, built, userIds.slice(0, 3), SIZES.actions, SIZES.departments, catalogueKeys);
    seedDiagnostics(tx, largeId, userIds.slice(0, 3));
    seedStrategyAndDocument(tx, largeId, userIds.slice(0, 3), actionIds, SIZES.writtenSections);
    // 200 missions and delegations per scale (issue 19).
    rowsWritten += seedLargeMissions(tx, largeId, userIds.slice(0, 3), actionIds, 200 * SCALE);

    // 200 small authorities on the same platform, each with its own admin and a little data.
    const smallMembers: (typeof memberships.$inferInsert)[] = [];
    for (let w = 0; w < SIZES.smallWorkspaces; w++) {
      const id = uuid();
      const town = `${pick(TOWNS)}-${w + 1}`;
      tx.insert(workspaces)
        .values({
          id,
          slug: `commune-${w + 1}`,
          name: `Commune de ${town}`,
          level: w % 10 === 0 ? 'epci' : 'commune',
          country: 'FR',
          population: int(800, 60000),
          languages: ['fr'],
          createdAt: daysAgo(int(10, 700)),
          updatedAt: daysAgo(int(1, 10)),
        })
        .run();
      const admin = {
        id: uuid(),
        email: `admin-${w + 1}@communes.example`,
        name: `${pick(FIRST)} ${pick(LAST)}`,
        passwordHash,
        locale: 'fr' as const,
        createdAt: daysAgo(700),
      };
      tx.insert(users).values(admin).run();
      smallMembers.push({ id: uuid(), workspaceId: id, userId: admin.id!, role: 'admin', actorId: null, createdAt: daysAgo(700) });
      const small = seedActorsAndRelations(tx, id, int(10, 30), int(10, 40));
      seedActions(tx, id, small, [admin.id!], int(2, 6), 2, smallKeys);
    }
    rowsWritten += SIZES.smallWorkspaces * 2;
    insertMany(tx, memberships, smallMembers);
  });
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.exec('ANALYZE');
  sqlite.close();
  const size = fs.statSync(file).size;
  console.log(
    `Seeded ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s: ${rowsWritten} rows, ${(size / 1e6).toFixed(1)} MB. ` +
      `Scale ${SCALE}: workspace /${LARGE_WORKSPACE_SLUG} (${SIZES.actors} actors, ${SIZES.relations} relations, ${SIZES.actions} actions) + ${SIZES.smallWorkspaces} small workspaces. ` +
      `Sign in as ${LARGE_EDITOR} / ${LARGE_PASSWORD}.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
