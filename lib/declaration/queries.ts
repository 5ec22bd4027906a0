import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { getColumnsInWorkspace } from '@/lib/workspace-rows';
import { updateInWorkspace } from '@/lib/workspace-row-writes';
import { aidDeclarations, coFinancingLines, externalActionBudgetLines, externalActions, missionBudgetLines, workspaces } from '@/db/schema';
import type { DeclarationDocument } from './export';
import type { MutationOutcome } from '@/lib/auth/action';
import type { MemberContext } from '@/lib/auth/session';
import { Conflict, Invalid, NotFound } from '@/lib/errors';
import { assembleDeclaration, type DeclarationSnapshot } from './assemble';
import type { AidCategoryInput, DeclarationYearInput } from './schemas';

export type FrozenDeclaration = {
  id: string;
  year: number;
  version: number;
  totalCents: number;
  snapshot: DeclarationSnapshot;
  frozenAt: Date;
  reopenedAt: Date | null;
};

function toFrozen(row: typeof aidDeclarations.$inferSelect): FrozenDeclaration {
  return { ...row, snapshot: row.snapshot as DeclarationSnapshot };
}

/** Every frozen version of a year, newest first. */
export function listDeclarationVersions(tx: Tx, ctx: MemberContext, year: number): FrozenDeclaration[] {
  return tx
    .select()
    .from(aidDeclarations)
    .where(and(eq(aidDeclarations.workspaceId, ctx.workspaceId), eq(aidDeclarations.year, year)))
    .orderBy(desc(aidDeclarations.version))
    .all()
    .map(toFrozen);
}

/** The frozen declaration in force for a year (not re-opened), if any. */
export function getFrozenDeclaration(tx: Tx, ctx: MemberContext, year: number): FrozenDeclaration | null {
  const row = tx
    .select()
    .from(aidDeclarations)
    .where(and(eq(aidDeclarations.workspaceId, ctx.workspaceId), eq(aidDeclarations.year, year), isNull(aidDeclarations.reopenedAt)))
    .get();
  return row ? toFrozen(row) : null;
}

/** The years the declaration page offers: those with spending or a frozen declaration, newest first. */
export function listDeclarationYears(tx: Tx, ctx: MemberContext): number[] {
  const years = new Set<number>();
  for (const table of [externalActionBudgetLines, missionBudgetLines, coFinancingLines]) {
    for (const row of tx.selectDistinct({ year: table.year }).from(table).where(eq(table.workspaceId, ctx.workspaceId)).all()) years.add(row.year);
  }
  for (const row of tx.selectDistinct({ year: aidDeclarations.year }).from(aidDeclarations).where(eq(aidDeclarations.workspaceId, ctx.workspaceId)).all())
    years.add(row.year);
  return [...years].sort((a, b) => b - a);
}

/** The live declaration of a year: what a freeze would store now. */
export function getLiveDeclaration(tx: Tx, ctx: MemberContext, year: number): DeclarationSnapshot {
  return assembleDeclaration(tx, ctx.workspaceId, year);
}

/** The actions with spending in the year (budget lines or own funds in a co-financing plan), with their category, for the page's category choosers. */
export function listDeclarationActions(tx: Tx, ctx: MemberContext, year: number) {
  return tx
    .select({ id: externalActions.id, title: externalActions.title, category: externalActions.aidCategory, countries: externalActions.countries })
    .from(externalActions)
    .where(
      and(
        eq(externalActions.workspaceId, ctx.workspaceId),
        sql`(exists (select 1 from ${externalActionBudgetLines} where ${externalActionBudgetLines.actionId} = ${externalActions.id} and ${externalActionBudgetLines.year} = ${year})
          or exists (select 1 from ${coFinancingLines} where ${coFinancingLines.actionId} = ${externalActions.id} and ${coFinancingLines.year} = ${year} and ${coFinancingLines.funderKind} = 'own'))`,
      ),
    )
    .orderBy(externalActions.normalizedTitle)
    .all();
}

/**
 * Confirms and freezes the declaration of a year: stores the assembled snapshot as the next version.
 * Refused while a frozen version is in force (an admin re-opens it first), while spending is
 * missing a category or a country (the sum of the categories must be all the eligible spending),
 * and when there is nothing to declare.
 */
export function freezeDeclaration(
  tx: Tx,
  ctx: MemberContext,
  input: DeclarationYearInput,
): MutationOutcome<{ id: string; version: number; totalCents: number }> {
  if (getFrozenDeclaration(tx, ctx, input.year)) throw new Conflict('declarationAlreadyFrozen');
  const snapshot = assembleDeclaration(tx, ctx.workspaceId, input.year);
  if (snapshot.missing.length > 0) throw new Invalid('declarationIncomplete');
  if (snapshot.lines.length === 0) throw new Invalid('declarationEmpty');
  const last = tx
    .select({ version: sql<number>`max(${aidDeclarations.version})` })
    .from(aidDeclarations)
    .where(and(eq(aidDeclarations.workspaceId, ctx.workspaceId), eq(aidDeclarations.year, input.year)))
    .get();
  const version = (last?.version ?? 0) + 1;
  const id = crypto.randomUUID();
  tx.insert(aidDeclarations)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      year: input.year,
      version,
      totalCents: snapshot.totalCents,
      snapshot,
      frozenBy: ctx.userId,
      frozenAt: new Date(),
    })
    .run();
  return {
    data: { id, version, totalCents: snapshot.totalCents },
    audit: {
      action: 'declaration.freeze',
      entityType: 'aid_declaration',
      entityId: id,
      changes: { year: input.year, version, totalCents: snapshot.totalCents, excludedCents: snapshot.excludedCents },
    },
  };
}

/** Re-opens the frozen declaration of a year (admins only): it stays readable; the next freeze is a new version. */
export function reopenDeclaration(tx: Tx, ctx: MemberContext, input: DeclarationYearInput): MutationOutcome<{ id: string }> {
  const frozen = getFrozenDeclaration(tx, ctx, input.year);
  if (!frozen) throw new NotFound('declarationNotFrozen');
  updateInWorkspace(tx, aidDeclarations, ctx, frozen.id, { reopenedAt: new Date(), reopenedBy: ctx.userId });
  return {
    data: { id: frozen.id },
    audit: { action: 'declaration.reopen', entityType: 'aid_declaration', entityId: frozen.id, changes: { year: input.year, version: frozen.version } },
  };
}

/** Chooses the declaration category of an action of the workspace. */
export function setAidCategory(tx: Tx, ctx: MemberContext, input: AidCategoryInput): MutationOutcome<{ id: string }> {
  const action = getColumnsInWorkspace(tx, externalActions, { id: externalActions.id, category: externalActions.aidCategory }, ctx, input.actionId, 'notFound');
  updateInWorkspace(tx, externalActions, ctx, action.id, { aidCategory: input.category });
  return {
    data: { id: action.id },
    audit: { action: 'declaration.setCategory', entityType: 'external_action', entityId: action.id, changes: { from: action.category, to: input.category } },
  };
}

/** What the XLSX and the printable summary show: the frozen version in force, else the live figures as a draft. */
export function loadDeclarationDocument(tx: Tx, ctx: MemberContext, year: number): DeclarationDocument {
  const workspace = tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).get();
  const frozen = getFrozenDeclaration(tx, ctx, year);
  return {
    authority: workspace?.name ?? '',
    snapshot: frozen ? frozen.snapshot : getLiveDeclaration(tx, ctx, year),
    frozen: frozen ? { version: frozen.version, frozenAt: frozen.frozenAt } : null,
  };
}
