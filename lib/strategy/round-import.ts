import 'server-only';
import crypto from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { strategyIndicators, strategyIndicatorValues } from '@/db/schema';
import type { AuditRecord } from '@/lib/audit/queries';
import type { MemberContext } from '@/lib/auth/member';
import type { MutationOutcome } from '@/lib/auth/action';
import { AppError, Conflict, Invalid, NotFound } from '@/lib/errors';
import { isRealDay } from '@/lib/zod-fields';
import { assertValueInRange, getReportableIndicator } from './indicator-queries';
import { assertValueWritable, getRound, valuesOfYear } from './round-queries';
import type { RoundImportInput, RoundImportRow } from './term-schemas';
import { columnsEqual } from '@/lib/columns-equal';

/** The rows of a year's spreadsheet: each value of the year, then an empty row per indicator without one. */
export function yearSheetRows(tx: Tx, ctx: MemberContext, year: number): RoundSheetRow[] {
  const round = { year };
  const indicators = tx
    .select()
    .from(strategyIndicators)
    .where(eq(strategyIndicators.workspaceId, ctx.workspaceId))
    .orderBy(asc(strategyIndicators.name))
    .all();
  const values = tx
    .select()
    .from(strategyIndicatorValues)
    .where(valuesOfYear(ctx, round.year))
    .orderBy(asc(strategyIndicatorValues.observedOn), asc(strategyIndicatorValues.createdAt))
    .all();
  const rows: RoundSheetRow[] = [];
  for (const i of indicators) {
    const own = values.filter((v) => v.indicatorId === i.id);
    for (const v of own)
      rows.push({
        valueId: v.id,
        indicatorId: i.id,
        indicator: i.name,
        unit: i.unit,
        observedOn: v.observedOn,
        value: v.value,
        source: v.source,
        comment: v.comment ?? '',
      });
    if (!own.length)
      rows.push({ valueId: '', indicatorId: i.id, indicator: i.name, unit: i.unit, observedOn: `${round.year}-12-31`, value: null, source: '', comment: '' });
  }
  return rows;
}

/** One row of a year's spreadsheet (lib/reporting/xlsx.ts writes and reads it). */
export type RoundSheetRow = {
  valueId: string;
  indicatorId: string;
  indicator: string;
  unit: string;
  observedOn: string;
  value: number | null;
  source: string;
  comment: string;
};

type Parsed = { observedOn: string; value: number; source: string; comment: string | null };

function parseRow(row: RoundImportRow, year: number): Parsed {
  if (!isRealDay(row.observedOn)) throw new Invalid('dateFormat');
  if (Number(row.observedOn.slice(0, 4)) !== year) throw new Invalid('yearNotRound');
  const value = Number(row.value.replace(',', '.'));
  if (!Number.isFinite(value) || Math.abs(value) > 1e12) throw new Invalid('numberRequired');
  if (row.source.length < 2 || row.source.length > 300) throw new Invalid('sourceLength');
  if (row.comment.length > 1000) throw new Invalid('tooLong');
  return { observedOn: row.observedOn, value, source: row.source, comment: row.comment || null };
}

/**
 * Applies a round's spreadsheet: rows with a value id update that value when a cell differs, rows
 * without one and with a value add it, empty rows are skipped. Any bad row refuses the whole file
 * (its line named in `fieldErrors`), changing nothing. An unchanged file writes nothing at all.
 */
export function importRound(tx: Tx, ctx: MemberContext, input: RoundImportInput): MutationOutcome<{ added: number; updated: number; unchanged: number }> {
  const round = getRound(tx, ctx, input.roundId);
  if (round.status === 'closed') throw new Conflict('roundClosed');
  const audit: AuditRecord[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const row of input.rows) {
    if (!row.valueId && row.value === '') continue;
    try {
      const indicator = getReportableIndicator(tx, ctx, row.indicatorId);
      const p = parseRow(row, round.year);
      if (row.valueId) {
        const before = tx
          .select()
          .from(strategyIndicatorValues)
          .where(columnsEqual(strategyIndicatorValues, { id: row.valueId, workspaceId: ctx.workspaceId, indicatorId: indicator.id }))
          .get();
        if (!before) throw new NotFound('valueNotFound');
        if (before.observedOn === p.observedOn && before.value === p.value && before.source === p.source && (before.comment ?? null) === p.comment) {
          unchanged++;
          continue;
        }
        assertValueInRange(indicator, p.value);
        assertValueWritable(tx, ctx, p.observedOn);
        tx.update(strategyIndicatorValues).set(p).where(eq(strategyIndicatorValues.id, before.id)).run();
        updated++;
        audit.push({
          action: 'strategyIndicatorValue.update',
          entityType: 'strategyIndicator',
          entityId: indicator.id,
          changes: { from: { observedOn: before.observedOn, value: before.value, source: before.source, comment: before.comment }, to: p, via: 'roundImport' },
        });
      } else {
        assertValueInRange(indicator, p.value);
        assertValueWritable(tx, ctx, p.observedOn);
        tx.insert(strategyIndicatorValues)
          .values({ id: crypto.randomUUID(), workspaceId: ctx.workspaceId, indicatorId: indicator.id, ...p, recordedBy: ctx.userId, createdAt: new Date() })
          .run();
        added++;
        audit.push({ action: 'strategyIndicatorValue.create', entityType: 'strategyIndicator', entityId: indicator.id, changes: { ...p, via: 'roundImport' } });
      }
    } catch (error) {
      // The whole file is refused (the wrapper rolls the transaction back), naming the line.
      if (!(error instanceof AppError)) throw error;
      const key = error.fieldErrors ? Object.values(error.fieldErrors)[0]! : error.messageKey;
      throw new Invalid('importRowRefused', { [`line${row.line}`]: key });
    }
  }
  return { data: { added, updated, unchanged }, audit };
}
