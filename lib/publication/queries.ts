import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { documentVersions, publications, workspaces } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Conflict, NotFound } from '@/lib/errors';
import { getDashboard } from '@/lib/dashboard/queries';
import { getAdoptedVersion } from '@/lib/review/queries';
import { projectPublicStrategy, type PublicStrategy } from './project';
import type { PublishInput, UnpublishInput } from './schemas';
import { pickColumns } from '@/lib/pick-columns';
import { pickFields } from '@/lib/pick-fields';

/** The workspace's publication (without its frozen figures), or null when nothing is published. */
export function getPublication(tx: Tx, ctx: MemberContext) {
  return (
    tx
      .select(pickColumns(publications, ['versionId', 'versionName', 'adoptedOn', 'blocks', 'chapters', 'publishedAt']))
      .from(publications)
      .where(eq(publications.workspaceId, ctx.workspaceId))
      .get() ?? null
  );
}

/**
 * Publishes the adopted version named by the admin (it must still be the adopted one) with the
 * chosen dashboard blocks. The adoption's facts and the dashboard's figures are frozen now, so
 * the public page shows what the admin saw. Publishing again replaces the publication.
 */
export function publishStrategy(tx: Tx, ctx: MemberContext, input: PublishInput, now = new Date()): MutationOutcome<{ slug: string }> {
  const adopted = getAdoptedVersion(tx, ctx.workspaceId);
  if (!adopted) throw new Conflict('notAdopted');
  if (adopted.versionId !== input.versionId) throw new NotFound('versionNotAdopted');
  const aggregates = getDashboard(tx, ctx);
  const values = {
    ...pickFields(adopted, ['versionId', 'versionName', 'adoptedOn', 'body', 'reference']),
    blocks: input.blocks,
    chapters: input.chapters,
    aggregates,
    publishedBy: ctx.userId,
    publishedAt: now,
  };
  const before = getPublication(tx, ctx);
  tx.insert(publications)
    .values({ workspaceId: ctx.workspaceId, ...values })
    .onConflictDoUpdate({ target: publications.workspaceId, set: values })
    .run();
  return {
    data: { slug: ctx.workspaceSlug },
    audit: {
      action: before ? 'publication.update' : 'publication.publish',
      entityType: 'publication',
      entityId: ctx.workspaceId,
      changes: { versionId: adopted.versionId, versionName: adopted.versionName, blocks: input.blocks, chapters: input.chapters },
    },
  };
}

/** Removes the publication at once: the public page and its PDF answer 404 from the next request. */
export function unpublishStrategy(tx: Tx, ctx: MemberContext, input: UnpublishInput): MutationOutcome<null> {
  const current = getPublication(tx, ctx);
  if (!current || current.versionId !== input.versionId) throw new NotFound('notPublished');
  tx.delete(publications)
    .where(and(eq(publications.workspaceId, ctx.workspaceId), eq(publications.versionId, input.versionId)))
    .run();
  return {
    data: null,
    audit: {
      action: 'publication.unpublish',
      entityType: 'publication',
      entityId: ctx.workspaceId,
      changes: { versionId: current.versionId, versionName: current.versionName },
    },
  };
}

/**
 * The public strategy of a workspace by its slug, for anyone without signing in; null when the
 * workspace does not exist or has published nothing (the page then answers 404).
 */
/**
 * What the public strategy of `slug` is made of, cheaply (no snapshot read): the published version,
 * when it was published and the authority's name. It changes whenever findPublicStrategy's answer
 * may (a version is frozen; publishing again sets publishedAt); null when nothing is published.
 */
export function publicationFingerprint(tx: Tx, slug: string): string | null {
  const row = tx
    .select({ versionId: publications.versionId, publishedAt: publications.publishedAt, authority: workspaces.name })
    .from(publications)
    .innerJoin(workspaces, eq(workspaces.id, publications.workspaceId))
    .where(eq(workspaces.slug, slug))
    .get();
  return row ? JSON.stringify([row.versionId, row.publishedAt.getTime(), row.authority]) : null;
}

export function findPublicStrategy(tx: Tx, slug: string): PublicStrategy | null {
  const row = tx
    .select({ publication: publications, authority: workspaces.name, slug: workspaces.slug, snapshot: documentVersions.snapshot })
    .from(publications)
    .innerJoin(workspaces, eq(workspaces.id, publications.workspaceId))
    .innerJoin(documentVersions, and(eq(documentVersions.id, publications.versionId), eq(documentVersions.workspaceId, publications.workspaceId)))
    .where(eq(workspaces.slug, slug))
    .get();
  if (!row) return null;
  const p = row.publication;
  return projectPublicStrategy({
    authority: row.authority,
    slug: row.slug,
    ...pickFields(p, ['versionName', 'adoptedOn', 'body', 'reference', 'publishedAt', 'blocks', 'chapters', 'aggregates']),
    snapshot: row.snapshot,
  });
}
