import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import { evaluations } from '@/db/schema';
import { evaluationDocumentName } from '@/lib/collab/names';
import { storeDocumentState } from '@/lib/collab/persistence';
import { contentFrom } from '@/lib/strategy-document/rich-text';
import { yStateFromContent } from '@/lib/strategy-document/ydoc';

/**
 * The evaluation of last year (issue 21.4), opened by the admin, with its summary chapter begun:
 * its data chapters are assembled from the demo's data when it is read.
 */
export function seedEvaluation(tx: Tx, ctx: { workspaceId: string; users: Map<string, string> }, now: Date): string {
  const id = crypto.randomUUID();
  const year = now.getUTCFullYear() - 1;
  tx.insert(evaluations)
    .values({ id, workspaceId: ctx.workspaceId, year, createdBy: ctx.users.get('admin@demo.filrouge.eu') ?? null, createdAt: now })
    .run();
  const summary = contentFrom([
    `L'année ${year} a consolidé le partenariat avec Nioro-Kaya ; les retours pour le territoire restent peu mesurés.`,
    { h: 'Points saillants' },
    { ul: ['Une mission de terrain avec son compte rendu', 'Des recommandations du diagnostic encore ouvertes'] },
  ]);
  storeDocumentState(evaluationDocumentName(id, 'summary'), yStateFromContent(summary), tx);
  return id;
}
