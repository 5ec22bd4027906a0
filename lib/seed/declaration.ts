import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actionIdsByTitle } from './action-ids';
import { aidDeclarations, externalActions } from '@/db/schema';
import type { AidCategory } from '@/db/enums/declaration';
import { recordAudit } from '@/lib/audit/queries';
import { assembleDeclaration } from '@/lib/declaration/assemble';

/**
 * The declaration category of the demo's actions with development spending. Actions only in
 * countries off the DAC list need none (they are left out); "Bourses de mobilité internationale
 * des jeunes" (this year only) is left without one, for the officer to choose before declaring
 * this year.
 */
export const DEMO_AID_CATEGORIES: Record<string, AidCategory> = {
  'Nioro-Kaya : santé maternelle et infantile': 'decentralised_cooperation',
  'Nioro-Kaya : correspondances numériques entre collèges': 'decentralised_cooperation',
  'Tamboura : accès à l’eau potable et assainissement': 'decentralised_cooperation',
  'Mission de la Région au Viêt Nam : volet coopération': 'staff_follow_up',
  'Appel à projets Solidarité internationale': 'ngo_grants',
  'Aït Tafraout : tourisme rural et filière argan': 'decentralised_cooperation',
  'Vila Serena : filière laitière paysanne': 'decentralised_cooperation',
  'Đông Hòa : formation des agents des réseaux d’eau': 'decentralised_cooperation',
  'Bouaké-Lac : échanges sportifs de jeunes': 'decentralised_cooperation',
  'Adhésion au réseau national des collectivités pour la coopération': 'staff_follow_up',
  'Contribution au fonds d’action extérieure des collectivités (FACECO) pour l’Ukraine': 'multilateral',
  'Festival des Solidarités dans les collèges': 'development_awareness',
  'Kaolack-Est : santé communautaire': 'decentralised_cooperation',
  'Accueil d’artistes de Nioro-Kaya au Festival des Suds': 'decentralised_cooperation',
};

/**
 * Gives the demo's actions their declaration categories and declares last year: its declaration
 * frozen on 20 May of this year (the State's campaign runs from mid-April to the end of May).
 * Run after the actions and the missions (their costs are part of it).
 */
export function seedDeclaration(tx: Tx, { workspaceId, users }: { workspaceId: string; users: Map<string, string> }, now: Date) {
  const titles = Object.keys(DEMO_AID_CATEGORIES);
  for (const [title, id] of actionIdsByTitle(tx, workspaceId, titles))
    tx.update(externalActions).set({ aidCategory: DEMO_AID_CATEGORIES[title]! }).where(eq(externalActions.id, id)).run();

  const year = now.getFullYear() - 1;
  const snapshot = assembleDeclaration(tx, workspaceId, year);
  if (snapshot.missing.length > 0) throw new Error(`The demo's declaration of ${year} misses: ${snapshot.missing.map((m) => m.label).join(', ')}`);
  const frozenAt = new Date(Math.min(Date.UTC(now.getFullYear(), 4, 20, 9), now.getTime()));
  const id = crypto.randomUUID();
  const frozenBy = users.get('editor@demo.filrouge.eu') ?? null;
  tx.insert(aidDeclarations).values({ id, workspaceId, year, version: 1, totalCents: snapshot.totalCents, snapshot, frozenBy, frozenAt }).run();
  recordAudit(
    tx,
    { workspaceId, userId: frozenBy },
    {
      action: 'declaration.freeze',
      entityType: 'aid_declaration',
      entityId: id,
      changes: { year, version: 1, totalCents: snapshot.totalCents, source: 'demo' },
    },
  );
}
