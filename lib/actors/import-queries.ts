import 'server-only';
import crypto from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actors } from '@/db/schema';
import { familyOf } from '@/db/schema/actors';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import type { Locale } from '@/lib/i18n/config';
import { Invalid } from '@/lib/errors';
import { normalizeName } from './schemas';
import {
  duplicateKey,
  findDuplicates,
  guessMapping,
  missingTargets,
  planImport,
  sampleRows,
  validateRows,
  type ExistingActorRef,
} from './import';
import {
  IMPORT_MAX_REPORTED_ERRORS,
  type ImportDecisions,
  type ImportMapping,
  type ImportPreview,
  type ImportSummary,
  type ImportTable,
} from './import-schemas';

/** Actors of the workspace whose normalised name appears in `names`, keyed by name and country. */
export function existingActorsByKey(tx: Tx, ctx: MemberContext, names: Iterable<string>): Map<string, ExistingActorRef> {
  const unique = [...new Set(names)];
  const map = new Map<string, ExistingActorRef>();
  // SQLite limits bound variables per statement: look names up in chunks.
  for (let i = 0; i < unique.length; i += 500) {
    const rows = tx
      .select({ id: actors.id, name: actors.name, country: actors.country })
      .from(actors)
      .where(and(eq(actors.workspaceId, ctx.workspaceId), inArray(actors.normalizedName, unique.slice(i, i + 500))))
      .orderBy(asc(actors.createdAt), asc(actors.id))
      .all();
    for (const row of rows) {
      const key = duplicateKey(row.name, row.country);
      if (!map.has(key)) map.set(key, { id: row.id, name: row.name });
    }
  }
  return map;
}

/** Reads nothing but the workspace's actors: checks a file and lists its invalid rows and likely duplicates. */
export function previewImport(
  tx: Tx,
  ctx: MemberContext,
  input: { table: ImportTable; mapping?: ImportMapping; locale: Locale },
): MutationOutcome<ImportPreview> {
  const mapping = input.mapping ?? guessMapping(input.table.headers);
  const missing = missingTargets(mapping);
  const base = {
    headers: input.table.headers,
    mapping,
    samples: sampleRows(input.table),
    rowCount: input.table.rows.length,
    missingTargets: missing,
  };
  if (missing.length) {
    return { data: { ...base, validCount: 0, errors: [], errorCount: 0, duplicates: [] }, audit: [] };
  }
  const { valid, errors } = validateRows(input.table, mapping, input.locale);
  const existing = existingActorsByKey(tx, ctx, valid.map((r) => normalizeName(r.input.name)));
  return {
    data: {
      ...base,
      validCount: valid.length,
      errors: errors.slice(0, IMPORT_MAX_REPORTED_ERRORS),
      errorCount: errors.length,
      duplicates: findDuplicates(valid, existing),
    },
    // A preview changes nothing, so it leaves no audit entry.
    audit: [],
  };
}

/**
 * Imports every row or none: if a single row is invalid, Invalid is thrown and the transaction
 * rolls back. Each line's errors come back as field errors keyed `<line>.<field>`.
 */
export function commitImport(
  tx: Tx,
  ctx: MemberContext,
  input: { table: ImportTable; mapping: ImportMapping; decisions: ImportDecisions; locale: Locale },
): MutationOutcome<ImportSummary> {
  const missing = missingTargets(input.mapping);
  if (missing.length) throw new Invalid('importMappingIncomplete', Object.fromEntries(missing.map((t) => [`mapping.${t}`, 'importColumnRequired'])));
  const { valid, errors } = validateRows(input.table, input.mapping, input.locale);
  if (errors.length) {
    const fieldErrors: Record<string, string> = {};
    for (const e of errors.slice(0, IMPORT_MAX_REPORTED_ERRORS)) fieldErrors[`${e.line}.${e.field}`] ??= e.message;
    throw new Invalid('importInvalidRows', fieldErrors);
  }
  const existing = existingActorsByKey(tx, ctx, valid.map((r) => normalizeName(r.input.name)));
  const plan = planImport(valid, existing, input.decisions);
  const now = new Date();
  // Multi-row inserts: a 5,000-row file stays well under a second of transaction.
  const rows = plan.create.map(({ values }) => ({
    id: crypto.randomUUID(),
    workspaceId: ctx.workspaceId,
    ...values,
    family: familyOf(values.category),
    normalizedName: normalizeName(values.name),
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < rows.length; i += 200) tx.insert(actors).values(rows.slice(i, i + 200)).run();
  for (const { actorId, values } of plan.update) {
    // A merge that fills nothing leaves the record (and its version) as it was.
    if (Object.keys(values).length === 0) continue;
    const derived = {
      ...(values.name ? { normalizedName: normalizeName(values.name) } : {}),
      ...(values.category ? { family: familyOf(values.category) } : {}),
    };
    tx.update(actors)
      .set({ ...values, ...derived, version: sql`${actors.version} + 1`, updatedAt: now })
      .where(and(eq(actors.id, actorId), eq(actors.workspaceId, ctx.workspaceId)))
      .run();
  }
  const summary: ImportSummary = { rows: input.table.rows.length, created: plan.create.length, merged: plan.merged, skipped: plan.skipped };
  return {
    data: summary,
    audit: {
      action: 'actors.import',
      entityType: 'actorImport',
      entityId: null,
      changes: {
        file: input.table.fileName,
        format: input.table.format,
        ...summary,
        // Which existing actors were overwritten, so that a bad merge can be traced (capped).
        updatedActorIds: plan.update.slice(0, 200).map((u) => u.actorId),
      },
    },
  };
}
