import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import { partnershipContributions } from '@/db/schema';
import type { ContributionKind, PartnershipSide } from '@/db/schema/partnerships';

const DAY = 24 * 3600 * 1000;

/**
 * The reciprocity of the Tamboura partnership (issue 21, point 3): the commune of Tamboura
 * (francophone, so in French) writes what it expects and what it observed on its side this year;
 * the team's side says what it brings and expects, and nothing it expects is observed yet.
 */
const TAMBOURA: [PartnershipSide, ContributionKind, string][] = [
  ['team', 'brings', 'L’appui des techniciens du service de l’eau du Département pour le suivi des forages et des latrines des écoles.'],
  ['team', 'expects', 'Un retour d’expérience des comités de gestion de l’eau de Tamboura pour les collèges ruraux du Val-d’Argence.'],
  ['partner', 'expects', 'La formation de deux fontainiers communaux à l’entretien des pompes, pour ne plus dépendre des missions.'],
  ['partner', 'observed', 'Les trois écoles équipées ont eu de l’eau toute l’année scolaire ; selon leurs directeurs, les filles y manquent moins la classe.'],
];

/** Seeds the Tamboura partnership's reciprocity, written by the team's editor and by Tamboura's partner account. */
export function seedTambouraReturns(tx: Tx, demo: { workspaceId: string; partnershipId: string; editorId: string; partnerId: string }, now: Date) {
  const written = new Date(now.getTime() - 40 * DAY);
  TAMBOURA.forEach(([side, kind, text], index) => {
    tx.insert(partnershipContributions)
      .values({
        id: crypto.randomUUID(),
        workspaceId: demo.workspaceId,
        partnershipId: demo.partnershipId,
        side,
        kind,
        text,
        language: 'fr',
        authorId: side === 'team' ? demo.editorId : demo.partnerId,
        createdAt: new Date(written.getTime() + index * 1000),
      })
      .run();
  });
}
