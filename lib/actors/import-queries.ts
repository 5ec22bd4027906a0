import 'server-only';
import crypto from 'node:crypto';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import countries from 'i18n-iso-countries';
import type { Tx } from '@/db/client';
import { actorRelations, actors, importValueChoices } from '@/db/schema';
import { familyOf } from '@/db/schema/actors';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import type { Locale } from '@/lib/i18n/config';
import { Conflict, Invalid } from '@/lib/errors';
import { normalizeName } from './schemas';
import { duplicateKey, findDuplicates, guessMapping, missingTargets, planImport, sampleRows, type ExistingActorRef } from './import';
import {
  choicesToRemember,
  collectValueGroups,
  isListCode,
  relationKey,
  sortActorRows,
  sortRelationRows,
  type ActorsByName,
  type ReadyActorRow,
  type ReadyRelationRow,
  type RememberedChoices,
  type ValueContext,
} from './import-values';
import {
  IMPORT_MAX_REPORTED_ERRORS,
  type AsideRow,
  type ImportChoices,
  type ImportDecisions,
  type ImportKind,
  type ImportMapping,
  type ImportPreview,
  type ImportSummary,
  type ImportTable,
  type ValueGroup,
} from './import-schemas';
import { pickFields } from '@/lib/pick-fields';
import { updateInWorkspace } from '@/lib/workspace-row-writes';

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

/** The workspace's remembered value choices, keyed like the wizard's (`field|scope|value`). */
export function rememberedChoices(tx: Tx, ctx: MemberContext): RememberedChoices {
  const rows = tx
    .select({ field: importValueChoices.field, scope: importValueChoices.scope, value: importValueChoices.value, choice: importValueChoices.choice })
    .from(importValueChoices)
    .where(eq(importValueChoices.workspaceId, ctx.workspaceId))
    .all();
  return new Map(rows.map((r) => [`${r.field}|${r.scope}|${r.value}`, r.choice]));
}

/** The workspace's actors by normalised name, for a relations file. */
function actorsByName(tx: Tx, ctx: MemberContext): ActorsByName {
  const map: ActorsByName = new Map();
  const rows = tx
    .select({ id: actors.id, name: actors.name, normalizedName: actors.normalizedName })
    .from(actors)
    .where(eq(actors.workspaceId, ctx.workspaceId))
    .all();
  for (const r of rows) map.set(r.normalizedName, [...(map.get(r.normalizedName) ?? []), { id: r.id, name: r.name }]);
  return map;
}

function existingRelationKeys(tx: Tx, ctx: MemberContext): Set<string> {
  const rows = tx
    .select({ sourceId: actorRelations.sourceId, targetId: actorRelations.targetId, type: actorRelations.type })
    .from(actorRelations)
    .where(eq(actorRelations.workspaceId, ctx.workspaceId))
    .all();
  return new Set(rows.map((r) => relationKey(r.sourceId, r.targetId, r.type)));
}

type ImportInput = { kind: ImportKind; table: ImportTable; mapping?: ImportMapping; choices: ImportChoices; locale: Locale };

type Analysis = {
  mapping: ImportMapping;
  missing: ReturnType<typeof missingTargets>;
  groups: ValueGroup[];
  remembered: RememberedChoices;
  aside: AsideRow[];
} & ({ kind: 'actors'; ready: ReadyActorRow[]; existing: Map<string, ExistingActorRef> } | { kind: 'relations'; ready: ReadyRelationRow[] });

/** Everything the preview shows and the commit does, computed the same way for both. */
function analyse(tx: Tx, ctx: MemberContext, input: ImportInput): Analysis {
  const mapping = input.mapping ?? guessMapping(input.table.headers, input.kind);
  const missing = missingTargets(mapping, input.kind);
  const remembered = rememberedChoices(tx, ctx);
  const vctx: ValueContext = { choices: input.choices, remembered, locale: input.locale };
  const groups = missing.length ? [] : collectValueGroups(input.kind, input.table, mapping, vctx);
  const base = { mapping, missing, groups, remembered };
  if (missing.length) {
    return input.kind === 'actors'
      ? { ...base, kind: 'actors', ready: [], aside: [], existing: new Map() }
      : { ...base, kind: 'relations', ready: [], aside: [] };
  }
  if (input.kind === 'relations') {
    const { ready, aside } = sortRelationRows(input.table, mapping, vctx, actorsByName(tx, ctx), existingRelationKeys(tx, ctx));
    return { ...base, kind: 'relations', ready, aside };
  }
  const { ready, aside } = sortActorRows(input.table, mapping, vctx);
  const existing = existingActorsByKey(
    tx,
    ctx,
    ready.map((r) => normalizeName(r.input.name)),
  );
  return { ...base, kind: 'actors', ready, aside, existing };
}

/** Countries by name in the person's language, offered only when a country value found no match. */
function countryOptions(groups: ValueGroup[], locale: Locale): { code: string; name: string }[] {
  if (!groups.some((g) => g.field === 'country' && !g.suggestion)) return [];
  return Object.entries(countries.getNames(locale, { select: 'official' }))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Reads nothing but the workspace: sorts a file's rows into ready and set aside, lists its values and likely duplicates. */
export function previewImport(tx: Tx, ctx: MemberContext, input: ImportInput): MutationOutcome<ImportPreview> {
  const a = analyse(tx, ctx, input);
  return {
    data: {
      kind: input.kind,
      headers: input.table.headers,
      mapping: a.mapping,
      samples: sampleRows(input.table),
      rowCount: input.table.rows.length,
      missingTargets: a.missing,
      validCount: a.ready.length,
      values: a.groups,
      countryOptions: countryOptions(a.groups, input.locale),
      aside: a.aside.slice(0, IMPORT_MAX_REPORTED_ERRORS),
      asideCount: a.aside.length,
      duplicates: a.kind === 'actors' ? findDuplicates(a.ready, a.existing) : [],
    },
    // A preview changes nothing, so it leaves no audit entry.
    audit: [],
  };
}

/** Keeps the person's choices for the next import of the workspace (one row per field, side and value). */
function rememberChoices(tx: Tx, ctx: MemberContext, a: Analysis, choices: ImportChoices, now: Date): number {
  const kept = choicesToRemember(a.groups, choices, a.remembered);
  for (const { group, choice } of kept) {
    const value = group.key.split('|').slice(2).join('|');
    tx.insert(importValueChoices)
      .values({ id: crypto.randomUUID(), workspaceId: ctx.workspaceId, field: group.field, scope: group.scope, value, choice, updatedAt: now })
      .onConflictDoUpdate({
        target: [importValueChoices.workspaceId, importValueChoices.field, importValueChoices.scope, importValueChoices.value],
        set: { choice, updatedAt: now },
      })
      .run();
  }
  return kept.length;
}

/**
 * Imports the rows that are ready and sets the others aside, only if the counts are those the
 * person confirmed (Conflict otherwise, nothing written); a file with no row to import is refused.
 * The rows set aside come back whole, with their reason, for the person to download.
 */
export function commitImport(
  tx: Tx,
  ctx: MemberContext,
  input: ImportInput & { mapping: ImportMapping; decisions: ImportDecisions; expected: { imported: number; setAside: number } },
): MutationOutcome<ImportSummary> {
  const missing = missingTargets(input.mapping, input.kind);
  if (missing.length) throw new Invalid('importMappingIncomplete', Object.fromEntries(missing.map((t) => [`mapping.${t}`, 'importColumnRequired'])));
  for (const [key, choice] of Object.entries(input.choices)) {
    const field = key.split('|')[0];
    if (!(field === 'category' || field === 'country' || field === 'type') || !(choice.startsWith('__') || isListCode(field, choice))) {
      throw new Invalid('invalid', { [`choices.${key}`]: 'choiceUnknown' });
    }
  }
  const a = analyse(tx, ctx, input);
  const now = new Date();
  const byLine = new Map(input.table.rows.map((r) => [r.line, r.cells]));
  const asideRows = a.aside.map((r) => ({ ...r, cells: byLine.get(r.line) ?? [] }));
  const summaryBase = { kind: input.kind, rows: input.table.rows.length, headers: input.table.headers, aside: asideRows };
  let summary: ImportSummary;
  let updatedActorIds: string[] = [];
  if (a.kind === 'relations') {
    if (a.ready.length !== input.expected.imported || a.aside.length !== input.expected.setAside) throw new Conflict('importChanged');
    if (!a.ready.length) throw new Invalid('importNothingToImport');
    const rows = a.ready.map(({ input: r }) => ({ id: crypto.randomUUID(), workspaceId: ctx.workspaceId, ...r, createdAt: now }));
    for (let i = 0; i < rows.length; i += 200)
      tx.insert(actorRelations)
        .values(rows.slice(i, i + 200))
        .run();
    summary = { ...summaryBase, created: rows.length, merged: 0, skipped: 0 };
  } else {
    const plan = planImport(a.ready, a.existing, input.decisions);
    if (plan.create.length + plan.merged !== input.expected.imported || a.aside.length !== input.expected.setAside) throw new Conflict('importChanged');
    if (!plan.create.length && !plan.merged) throw new Invalid('importNothingToImport');
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
    for (let i = 0; i < rows.length; i += 200)
      tx.insert(actors)
        .values(rows.slice(i, i + 200))
        .run();
    for (const { actorId, values } of plan.update) {
      // A merge that fills nothing leaves the record (and its version) as it was.
      if (Object.keys(values).length === 0) continue;
      const derived = {
        ...(values.name ? { normalizedName: normalizeName(values.name) } : {}),
        ...(values.category ? { family: familyOf(values.category) } : {}),
      };
      updateInWorkspace(tx, actors, ctx, actorId, { ...values, ...derived, version: sql`${actors.version} + 1`, updatedAt: now });
    }
    updatedActorIds = plan.update.slice(0, 200).map((u) => u.actorId);
    summary = { ...summaryBase, created: plan.create.length, merged: plan.merged, skipped: plan.skipped };
  }
  const remembered = rememberChoices(tx, ctx, a, input.choices, now);
  return {
    data: summary,
    audit: {
      action: 'actors.import',
      entityType: 'actorImport',
      entityId: null,
      changes: {
        file: input.table.fileName,
        format: input.table.format,
        kind: input.kind,
        ...pickFields(summary, ['rows', 'created', 'merged', 'skipped']),
        setAside: asideRows.length,
        // Which lines were set aside (capped), so that the import can be traced without its data.
        setAsideLines: asideRows.slice(0, 200).map((r) => r.line),
        choicesRemembered: remembered,
        // Which existing actors were overwritten, so that a bad merge can be traced (capped).
        updatedActorIds,
      },
    },
  };
}
