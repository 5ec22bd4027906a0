import 'server-only';
import type { z } from 'zod';
import type { Tx } from '@/db/client';
import { workspaceAction, type MutationOutcome } from './action';
import type { MemberContext } from './member';
import type { Permission } from './policy';

/** A domain query that writes: the transaction, the caller, the parsed input, in the order every `queries.ts` takes them. */
export type WorkspaceMutation<S extends z.ZodType, R> = (tx: Tx, ctx: MemberContext, input: z.output<S>) => MutationOutcome<R>;

/**
 * `workspaceAction` for the usual action whose whole body is one query of its domain: it passes
 * the query's arguments in the query's own order instead of each action re-ordering them in a lambda.
 */
export function queryAction<S extends z.ZodType, R>(name: string, schema: S, permission: Permission, mutation: WorkspaceMutation<S, R>) {
  return workspaceAction(name, schema, permission, (ctx, input, tx) => mutation(tx, ctx, input));
}
