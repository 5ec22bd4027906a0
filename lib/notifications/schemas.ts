import { z } from 'zod';

export const MarkReadInput = z.object({ id: z.string().min(1).max(64) });
export type MarkReadInput = z.infer<typeof MarkReadInput>;

/** Marks every notification of the workspace read; `all: true` says it is meant. */
export const MarkAllReadInput = z.object({ all: z.literal(true) });
export type MarkAllReadInput = z.infer<typeof MarkAllReadInput>;

/** The page of the notifications list, from the query string. */
export const NotificationsPage = z.object({ page: z.coerce.number().int().min(1).max(100000).catch(1) });
