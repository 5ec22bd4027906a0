import type { Tx } from '@/db/client';
import { recordAudit } from '@/lib/audit/queries';
import { sectionDocumentName } from '@/lib/collab/names';
import { storeDocumentState } from '@/lib/collab/persistence';
import { assignSection, initializeOutline, listSections, saveVersion } from '@/lib/strategy-document/queries';
import { contentFrom } from '@/lib/strategy-document/rich-text';
import { yStateFromContent } from '@/lib/strategy-document/ydoc';
import { demoContext, type DemoWorkspace } from './demo-context';

type Texts = Record<'foreword' | 'governance' | 'partnerships' | 'communication' | 'evaluation', Parameters<typeof contentFrom>[0]>;

const FOREWORD_1 = [
  'Le Val-d’Argence entretient depuis plus de quinze ans des liens avec des collectivités du Sénégal, du Bénin, du Maroc, du Viêt Nam et d’Europe. Ces liens sont nés d’initiatives successives — un jumelage ici, une coopération décentralisée là — sans vision d’ensemble.',
  'Cette stratégie propose un fil rouge : mettre l’action internationale du Département au service de ses propres compétences — solidarités, collèges, eau et environnement — et des acteurs de son territoire.',
];
const FOREWORD_2 = [
  ...FOREWORD_1,
  'Elle a été préparée avec les directions du Département, les associations du territoire et nos partenaires étrangers, à partir du diagnostic territorial et de la cartographie des acteurs.',
];

const GOVERNANCE_1 = [
  { h: 'Portage politique' },
  'Le vice-président chargé des relations internationales et de l’Europe porte la stratégie devant l’assemblée départementale.',
  { h: 'Une direction au cœur des services' },
  'La direction des relations internationales et de l’Europe anime un réseau de référents dans les directions de l’action sociale, de l’éducation et des collèges, de la culture, de l’environnement et de l’eau, et du développement territorial.',
];
const GOVERNANCE_2 = [
  { h: 'Portage politique' },
  'Le vice-président chargé des relations internationales et de l’Europe porte la stratégie devant l’assemblée départementale ; un comité de pilotage réunit chaque semestre la présidente, les vice-présidents concernés et la direction générale des services.',
  { h: 'Une direction au cœur des services' },
  'La direction des relations internationales et de l’Europe anime un réseau de référents dans les directions de l’action sociale, de l’éducation et des collèges, de la culture, de l’environnement et de l’eau, et du développement territorial.',
  {
    ul: [
      'une lettre de mission pour chaque référent, validée par sa directrice ou son directeur ;',
      'une réunion trimestrielle du réseau des référents ;',
      'un budget international consolidé, présenté chaque année avec le budget primitif.',
    ],
  },
  { h: 'Coordination avec les autres collectivités' },
  'Le Département informe la Région Sud-Argence, Montrevel Agglomération et les communes jumelées de ses projets, et leur propose de mutualiser les missions vers les mêmes partenaires.',
];

const PARTNERSHIPS = [
  'Chaque partenariat est relu à la lumière du fil rouge : qu’apporte-t-il au territoire, et que gagne le partenaire ?',
  {
    ul: [
      'Nioro-Kaya (Sénégal) : santé maternelle et éducation, avec le centre hospitalier de Montrevel et Val-Solidarité Sénégal ;',
      'Tamboura (Bénin) : accès à l’eau dans les écoles, financé sur les fonds propres du Département avec l’agence de l’eau et appuyé par les Ingénieurs solidaires du Val-d’Argence ;',
      'Aït Tafraout (Maroc) : tourisme rural et agriculture, avec le lycée agricole de la Vallée ;',
      'Landkreis Lindenau (Allemagne) : mobilité des collégiens et des jeunes accompagnés par la mission locale.',
    ],
  },
];
const PARTNERSHIPS_CURRENT = [
  ...PARTNERSHIPS,
  'Les partenaires sont associés à la définition des objectifs et accueillis à leur tour dans le Val-d’Argence : la relation doit aller dans les deux sens.',
];

const COMMUNICATION = [
  'Faire connaître l’action internationale aux habitants, aux agents et aux élus : une page dédiée sur le site du Département, un bilan annuel présenté en assemblée, et la valorisation des projets portés par les associations et les diasporas du territoire.',
];

const EVALUATION = [
  'Chaque action aura des retours attendus, écrits avant son lancement, et des retours observés, documentés lors de son bilan.',
  'Les indicateurs de chaque axe seront mis à jour deux fois par an par leurs responsables, et l’écart entre retours attendus et observés sera présenté au comité de pilotage.',
];

const FIRST: Texts = { foreword: FOREWORD_1, governance: GOVERNANCE_1, partnerships: PARTNERSHIPS, communication: [], evaluation: EVALUATION.slice(0, 1) };
const SECOND: Texts = { foreword: FOREWORD_2, governance: GOVERNANCE_2, partnerships: PARTNERSHIPS, communication: COMMUNICATION, evaluation: EVALUATION };
const CURRENT: Texts = { ...SECOND, partnerships: PARTNERSHIPS_CURRENT };

const DAY = 24 * 3600 * 1000;

/**
 * The Val-d'Argence's strategy document: the default outline, written sections with real text
 * (stored as Y documents, as the collaboration server keeps them), the partnerships section given
 * to the contributor, and two saved versions that differ from each other and from today's text.
 */
export function seedStrategyDocument(tx: Tx, demo: DemoWorkspace, now: Date) {
  const ctx = demoContext(demo, 'editor@demo.filrouge.eu', 'editor');
  initializeOutline(tx, ctx, { locale: 'fr' }, new Date(now.getTime() - 40 * DAY));
  const written = listSections(tx, ctx).filter((s) => s.kind === 'written');
  const byKey = {
    foreword: written[0]!.id,
    governance: written[1]!.id,
    partnerships: written[2]!.id,
    communication: written[3]!.id,
    evaluation: written[4]!.id,
  };
  const write = (texts: Texts) => {
    for (const [key, blocks] of Object.entries(texts) as [keyof Texts, Texts[keyof Texts]][]) {
      storeDocumentState(sectionDocumentName(byKey[key]), yStateFromContent(contentFrom(blocks)), tx);
    }
  };
  /** Writes `texts`, then saves them as a version `daysAgo` days before now. */
  const writeVersion = (texts: Texts, version: { name: string; note: string }, daysAgo: number) => {
    write(texts);
    return saveVersion(tx, ctx, version, new Date(now.getTime() - daysAgo * DAY));
  };
  const first = writeVersion(FIRST, { name: 'Première version de travail', note: 'Plan et premiers textes, pour relecture par les directions.' }, 20);
  const second = writeVersion(
    SECOND,
    { name: 'Version pour le comité de pilotage', note: 'Gouvernance complétée après la réunion des référents ; communication et évaluation rédigées.' },
    5,
  );
  write(CURRENT);
  const assigned = assignSection(tx, ctx, { sectionId: byKey.partnerships, assigneeId: demo.users.get('contributor@demo.filrouge.eu')! });
  for (const outcome of [first, second, assigned]) recordAudit(tx, ctx, [outcome.audit].flat()[0]!);
}
