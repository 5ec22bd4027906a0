import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { fileDownload } from '@/lib/http/responses';
import { recordAudit } from '@/lib/audit/queries';
import { yearSheetRows } from '@/lib/strategy/round-import';
import { ROUND_COLUMNS, roundToXlsx } from '@/lib/reporting/xlsx';

/**
 * GET /api/workspaces/<slug>/strategy/values/export?year=YYYY: the year's indicator values as
 * XLSX, one empty row per indicator still without a value; the reporting round imports it back.
 */
export const GET = workspaceRoute('strategy.read', async ({ slug, ctx, locale, search }) => {
  const asked = Number(search.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : new Date().getUTCFullYear();
  const t = await getTranslations({ locale: locale ?? 'fr', namespace: 'rounds.columns' });
  const rows = yearSheetRows(db, ctx, year);
  const body = new Uint8Array(
    await roundToXlsx(rows, Object.fromEntries(ROUND_COLUMNS.map((c) => [c, t(c)])) as Record<(typeof ROUND_COLUMNS)[number], string>),
  );
  recordAudit(db, ctx, { action: 'strategyValues.export', entityType: 'strategyValuesExport', changes: { year, count: rows.length } });
  return fileDownload(body, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${slug}-indicators-${year}.xlsx`);
});
