import { z } from 'zod';
import { PUBLIC_BLOCKS } from '@/lib/dashboard/types';

const VersionId = z.string({ message: 'required' }).min(1, { message: 'required' }).max(64, { message: 'required' });

/**
 * Publishing names the adopted version the admin saw (so that a newer adoption in between is not
 * published unseen) and the dashboard blocks to show; duplicates are dropped, the order is fixed.
 */
export const PublishInput = z.object({
  versionId: VersionId,
  blocks: z
    .array(z.enum(PUBLIC_BLOCKS, { message: 'choose' }))
    .max(PUBLIC_BLOCKS.length, { message: 'choose' })
    .default([])
    .transform((list) => PUBLIC_BLOCKS.filter((b) => list.includes(b))),
  chapters: z.boolean({ message: 'choose' }).default(true),
});
export type PublishInput = z.infer<typeof PublishInput>;

/** Unpublishing names the published version, like publishing. */
export const UnpublishInput = z.object({ versionId: VersionId });
export type UnpublishInput = z.infer<typeof UnpublishInput>;
