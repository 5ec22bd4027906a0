import 'server-only';
import { count, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/session';

// What every endpoint of the read-only API v1 shares (docs/decisions/0025-read-only-api.md).

export const MAX_LIMIT = 100;

export const Pagination = {
  page: z.coerce.number().int().min(1).max(100000).default(1).describe('Page number, from 1.'),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(50).describe(`Items per page, at most ${MAX_LIMIT}.`),
};
export const Country = z
  .string()
  .regex(/^[A-Za-z]{2}$/)
  .transform((v) => v.toUpperCase())
  .describe('ISO 3166-1 alpha-2 country code.');
export const Id = z.string().min(1).max(64);

export type Page<T> = { items: T[]; total: number };

export type ApiEndpoint = {
  resource: string;
  summary: string;
  query: z.ZodObject;
  item: z.ZodObject;
  list: (tx: Tx, ctx: MemberContext, query: Record<string, unknown>) => Page<unknown>;
};

export function define<Q extends z.ZodObject, I extends z.ZodObject>(e: {
  resource: string;
  summary: string;
  query: Q;
  item: I;
  list: (tx: Tx, ctx: MemberContext, query: z.output<Q>) => Page<z.output<I>>;
}): ApiEndpoint {
  return e as unknown as ApiEndpoint;
}

/** A page of a list already read whole (axes and indicators: a few dozen per workspace). */
export function slice<T>(all: T[], page: number, limit: number): Page<T> {
  return { items: all.slice((page - 1) * limit, page * limit), total: all.length };
}

/** The `count(*)` of a list's rows under its `where`, for `Page.total`. */
export function countWhere(tx: Tx, table: SQLiteTable, where: SQL | undefined): number {
  return tx.select({ n: count() }).from(table).where(where).get()?.n ?? 0;
}
