import crypto from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  documentSections,
  partnershipContacts,
  partnershipContributions,
  partnershipExchanges,
  partnerships,
  partnershipSections,
  partnershipTranslations,
  sectionTranslations,
} from '@/db/schema';
import type { ContributionKind, ExchangeKind, PartnershipSide } from '@/db/schema/partnerships';
import { recordAudit } from '@/lib/audit/queries';
import { storeDocumentState } from '@/lib/collab/persistence';
import { partnershipDocumentName, translationDocumentName } from '@/lib/collab/names';
import { contentFrom } from '@/lib/strategy-document/rich-text';
import { yStateFromContent } from '@/lib/strategy-document/ydoc';
import { normalizeText } from '@/lib/partnerships/translation-state';

const DAY = 24 * 3600 * 1000;

/** Side, kind, text and, when not French, the language it is written in (the partner writes its returns in English). */
const CONTRIBUTIONS: [PartnershipSide, ContributionKind, string, string?][] = [
  ['team', 'brings', "L'expertise des puéricultrices et sages-femmes de la PMI départementale pour le suivi des grossesses et des jeunes enfants."],
  ['team', 'brings', 'Un cofinancement annuel sur les fonds propres du Département (CGCT, art. L1115-1), prévu par la convention transmise au préfet.'],
  ['team', 'expects', "Des échanges entre collèges du Val-d'Argence et écoles de Nioro-Kaya, pour l'ouverture des jeunes au monde."],
  ['team', 'expects', 'Une meilleure implication de la diaspora sénégalaise du territoire dans les projets.'],
  ['partner', 'brings', "L'accueil des missions techniques et la connaissance fine des quartiers et des villages rattachés."],
  ['partner', 'brings', 'Les données du centre de santé communal pour suivre les effets des actions.'],
  ['partner', 'expects', "La formation des agents municipaux à la gestion budgétaire et à l'état civil."],
  ['partner', 'expects', 'Des décisions prises ensemble en comité de pilotage, et non transmises après coup.'],
  [
    'team',
    'observed',
    'Quinze collégiens ont correspondu toute l’année avec une classe de Nioro-Kaya ; deux familles de la diaspora ont rejoint le comité de pilotage.',
  ],
  // Returns recorded by the partner on its side, in English (issue 21, point 3).
  ['partner', 'expects', 'A second health post equipped for deliveries in the villages of the commune by 2027.', 'en'],
  ['partner', 'observed', 'Prenatal visits at the communal health centre rose from 410 in 2023 to 620 in 2025, after the training of the midwives.', 'en'],
  ['partner', 'observed', 'The civil registry now issues a birth certificate within a week, instead of a month before the training of its agents.', 'en'],
];

/** The French translation the team wrote of the partner's first observed return. */
const OBSERVED_TRANSLATION =
  'Les consultations prénatales du centre de santé communal sont passées de 410 en 2023 à 620 en 2025, après la formation des sages-femmes.';

const EXCHANGES: [number, ExchangeKind, string, string][] = [
  [
    300,
    'visit',
    "Mission technique au Val-d'Argence : visite de deux centres de PMI et, à l'invitation de la Ville de Montrevel, de son service de l'état civil.",
    'partner@demo.filrouge.eu',
  ],
  [
    180,
    'meeting',
    'Comité de pilotage annuel à Nioro-Kaya : bilan des consultations prénatales et programme de formation des matrones.',
    'editor@demo.filrouge.eu',
  ],
  [
    60,
    'call',
    'Visioconférence sur la place de la coopération dans la future stratégie : accord pour rédiger ensemble la section sur la gouvernance.',
    'editor@demo.filrouge.eu',
  ],
  [12, 'document', 'Envoi des chiffres de fréquentation du centre de santé pour 2025.', 'partner@demo.filrouge.eu'],
];

/**
 * The Val-d'Argence's partnership with the commune of Nioro-Kaya: joint objectives, reciprocity
 * written by both sides, contacts, a timeline of exchanges, and the governance section of the
 * strategy document shared with it, with an English translation. Runs after the strategy document.
 */
export function seedPartnerships(
  tx: Tx,
  demo: { workspaceId: string; actors: Map<string, string>; users: Map<string, string>; userNames: Map<string, string> },
  now: Date,
) {
  const editorId = demo.users.get('editor@demo.filrouge.eu')!;
  const id = crypto.randomUUID();
  const created = new Date(now.getTime() - 320 * DAY);
  tx.insert(partnerships)
    .values({
      id,
      workspaceId: demo.workspaceId,
      actorId: demo.actors.get('nioro')!,
      title: 'Coopération décentralisée avec la commune de Nioro-Kaya',
      createdBy: editorId,
      createdAt: created,
      updatedAt: created,
    })
    .run();
  storeDocumentState(
    partnershipDocumentName(id),
    yStateFromContent(
      contentFrom([
        "Que chaque mère et chaque jeune enfant de Nioro-Kaya soit suivi par un poste de santé bien équipé d'ici 2030, et que les jeunes des deux territoires apprennent à se connaître.",
        {
          ul: [
            'Former dix matrones et deux infirmières des postes de santé',
            'Ouvrir des échanges scolaires dans les deux sens',
            "Décider ensemble, en comité de pilotage, de l'usage des cofinancements",
          ],
        },
      ]),
    ),
    tx,
  );
  CONTRIBUTIONS.forEach(([side, kind, text, language = 'fr'], index) => {
    const author = side === 'team' ? editorId : demo.users.get('partner@demo.filrouge.eu')!;
    const entryId = crypto.randomUUID();
    tx.insert(partnershipContributions)
      .values({
        id: entryId,
        workspaceId: demo.workspaceId,
        partnershipId: id,
        side,
        kind,
        text,
        language,
        authorId: author,
        createdAt: new Date(created.getTime() + index * 1000),
      })
      .run();
    if (text.startsWith('Prenatal visits')) {
      tx.insert(partnershipTranslations)
        .values({
          id: crypto.randomUUID(),
          workspaceId: demo.workspaceId,
          partnershipId: id,
          targetType: 'contribution',
          targetId: entryId,
          language: 'fr',
          text: OBSERVED_TRANSLATION,
          sourceText: normalizeText(text),
          updatedBy: editorId,
          createdAt: now,
          updatedAt: now,
        })
        .run();
    }
  });
  tx.insert(partnershipContacts)
    .values([
      {
        id: crypto.randomUUID(),
        workspaceId: demo.workspaceId,
        partnershipId: id,
        side: 'team',
        name: 'Mehdi Laurent',
        role: 'Chargé de mission coopération',
        email: 'editor@demo.filrouge.eu',
        createdAt: created,
      },
      {
        id: crypto.randomUUID(),
        workspaceId: demo.workspaceId,
        partnershipId: id,
        side: 'partner',
        name: 'Awa Diallo',
        role: 'Secrétaire générale',
        email: 'awa.diallo@nioro-kaya.example',
        createdAt: created,
      },
      {
        id: crypto.randomUUID(),
        workspaceId: demo.workspaceId,
        partnershipId: id,
        side: 'partner',
        name: 'Ousmane Sarr',
        role: 'Président de la commission santé du conseil municipal',
        email: null,
        createdAt: created,
      },
    ])
    .run();
  for (const [daysAgo, kind, summary, email] of EXCHANGES) {
    const date = new Date(now.getTime() - daysAgo * DAY);
    tx.insert(partnershipExchanges)
      .values({
        id: crypto.randomUUID(),
        workspaceId: demo.workspaceId,
        partnershipId: id,
        date: date.toISOString().slice(0, 10),
        kind,
        summary,
        authorId: demo.users.get(email)!,
        authorName: demo.userNames.get(email)!,
        createdAt: date,
      })
      .run();
  }
  // The governance section (the second written section of the outline) is written together.
  const written = tx
    .select({ id: documentSections.id })
    .from(documentSections)
    .where(and(eq(documentSections.workspaceId, demo.workspaceId), eq(documentSections.kind, 'written')))
    .orderBy(asc(documentSections.position))
    .all();
  const governance = written[1]!.id;
  tx.insert(partnershipSections)
    .values({ partnershipId: id, sectionId: governance, workspaceId: demo.workspaceId, createdAt: new Date(now.getTime() - 60 * DAY) })
    .run();
  tx.insert(sectionTranslations)
    .values({
      id: crypto.randomUUID(),
      workspaceId: demo.workspaceId,
      sectionId: governance,
      language: 'en',
      sourceText: '',
      text: '',
      updatedBy: demo.users.get('partner@demo.filrouge.eu')!,
      createdAt: now,
      updatedAt: now,
    })
    .run();
  // Storing the translation records the original's text it follows (up to date at seeding time).
  storeDocumentState(
    translationDocumentName(governance, 'en'),
    yStateFromContent(
      contentFrom([
        { h: 'Political leadership' },
        'The vice-president for international relations and Europe presents the strategy to the departmental assembly; a steering committee brings together the president, the vice-presidents concerned and the director general of services every six months.',
        { h: 'A directorate at the heart of the services' },
        'The directorate for international relations and Europe leads a network of point people in the directorates of social action, education and secondary schools, culture, environment and water, and territorial development.',
        {
          ul: [
            'a mission letter for each point person, approved by their director;',
            'a quarterly meeting of the network of point people;',
            'a consolidated international budget, presented each year with the initial budget.',
          ],
        },
        { h: 'Coordination with other authorities' },
        'The Département keeps the Sud-Argence Region, Montrevel Agglomération and the twinned communes informed of its projects, and offers to pool missions to the same partners.',
      ]),
    ),
    tx,
  );
  recordAudit(
    tx,
    { workspaceId: demo.workspaceId, userId: null },
    {
      action: 'partnership.create',
      entityType: 'partnership',
      entityId: id,
      changes: { source: 'demo' },
    },
  );
  return id;
}
