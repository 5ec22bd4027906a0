import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { externalActions } from '@/db/schema';

/** The ids of the workspace's external actions titled `titles`, by title (a title not found is absent). */
export function actionIdsByTitle(tx: Tx, workspaceId: string, titles: string[]): Map<string, string> {
  return new Map(
    tx
      .select({ id: externalActions.id, title: externalActions.title })
      .from(externalActions)
      .where(and(eq(externalActions.workspaceId, workspaceId), inArray(externalActions.title, titles)))
      .all()
      .map((a) => [a.title, a.id]),
  );
}
