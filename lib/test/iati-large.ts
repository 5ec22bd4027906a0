import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import {
  expectedReturns,
  externalActionBudgetLines,
  externalActions,
  externalActionSdgs,
  observedReturns,
  strategyActionPlacements,
  strategyAxes,
  workspaces,
} from '@/db/schema';
import { ACTION_STATUSES, ACTION_TYPES, ALL_RETURN_CATEGORIES } from '@/db/schema/external-actions';
import { makeWorkspace } from '@/lib/test/fixtures';
import { DAC_SECTORS } from '@/lib/iati/sectors';
import { seededRandom } from '@/lib/seeded-random';

const COUNTRIES = ['SN', 'ML', 'BF', 'MA', 'TN', 'VN', 'HT', 'MG', 'BJ', 'CM', 'DE', 'IT'];

/**
 * A large generated workspace for the IATI tests, in the spirit of `npm run seed:large` at a
 * smaller scale: `count` actions spread over 5 axes, with 0–4 countries, SDGs, budget lines over
 * several years (odd cents included), expected and observed returns, titles with characters XML
 * must escape, and every status.
 */
export function makeLargeWorkspace(slug: string, count: number) {
  const ws = makeWorkspace(slug);
  const random = seededRandom(20261205);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const now = new Date(Date.UTC(2026, 10, 2));
  db.update(workspaces).set({ siren: '229990007', geoCode: '2A' }).where(eq(workspaces.id, ws.id)).run();
  const axes = Array.from({ length: 5 }, (_, i) => ({
    id: crypto.randomUUID(),
    workspaceId: ws.id,
    title: `Axe ${i + 1}`,
    objectives: [],
    position: i,
    createdAt: now,
    updatedAt: now,
  }));
  db.transaction((tx) => {
    tx.insert(strategyAxes).values(axes).run();
    for (let i = 0; i < count; i++) {
      const id = crypto.randomUUID();
      const start = int(2019, 2027);
      const title = `Action n° ${i + 1} — « coopération » & <échanges> ${pick(['Dakar', 'Hué', 'Ségou', "Jacmel d'Haïti"])}`;
      tx.insert(externalActions)
        .values({
          id,
          workspaceId: ws.id,
          title,
          normalizedTitle: title.toLowerCase(),
          description: i % 3 === 0 ? null : `Description ${i} avec des guillemets "doubles" et une esperluette &.`,
          type: pick(ACTION_TYPES),
          rationales: ['solidarity'],
          status: pick(ACTION_STATUSES),
          startDate: i % 5 === 0 ? null : `${start}-0${int(1, 9)}-1${int(0, 9)}`,
          endDate: i % 4 === 0 ? null : `${start + int(1, 4)}-12-31`,
          countries: Array.from(new Set(Array.from({ length: int(0, 4) }, () => pick(COUNTRIES)))),
          dacSector: i % 2 === 0 ? pick(DAC_SECTORS).code : null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      tx.insert(strategyActionPlacements)
        .values({ actionId: id, workspaceId: ws.id, axisId: axes[i % 5]!.id, updatedAt: now })
        .run();
      const sdgs = new Set(Array.from({ length: int(0, 3) }, () => int(1, 17)));
      if (sdgs.size)
        tx.insert(externalActionSdgs)
          .values([...sdgs].map((sdg) => ({ workspaceId: ws.id, actionId: id, sdg })))
          .run();
      const lines = Array.from({ length: int(0, 6) }, (_, n) => ({
        id: crypto.randomUUID(),
        workspaceId: ws.id,
        actionId: id,
        year: start + (n % 3),
        amountCents: int(1, 9_000_000_00) + (n === 0 ? 7 : 0),
        fundingSource: 'own_funds' as const,
        label: n % 2 ? `Ligne ${n} <frais> & déplacements` : null,
        position: n,
      }));
      if (lines.length) tx.insert(externalActionBudgetLines).values(lines).run();
      for (let e = 0; e < int(0, 3); e++) {
        const expectedId = crypto.randomUUID();
        tx.insert(expectedReturns)
          .values({
            id: expectedId,
            workspaceId: ws.id,
            actionId: id,
            category: pick(ALL_RETURN_CATEGORIES),
            description: `Retour attendu ${e} de l'action ${i}`,
            indicator: e % 2 ? 'Nombre de stagiaires accueillis' : null,
            target: e % 2 ? '12 par an' : null,
            position: e,
            createdAt: now,
          })
          .run();
        if (random() < 0.5) {
          tx.insert(observedReturns)
            .values({
              id: crypto.randomUUID(),
              workspaceId: ws.id,
              actionId: id,
              expectedReturnId: random() < 0.8 ? expectedId : null,
              category: pick(ALL_RETURN_CATEGORIES),
              description: `Observé pour ${i}`,
              evidence: 'Compte rendu',
              observedOn: `2025-0${int(1, 9)}-15`,
              createdAt: now,
            })
            .run();
        }
      }
    }
  });
  return { ...ws, axes: axes.map((a) => a.id) };
}
