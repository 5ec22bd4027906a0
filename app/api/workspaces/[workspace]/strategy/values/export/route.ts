import { getTranslations } from 'next-intl/server';
import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { recordAudit } from '@/lib/audit/queries';
import { yearSheetRows } from '@/lib/strategy/round-import';
import { ROUND_COLUMNS, roundToXlsx } from '@/lib/reporting/xlsx';

/**
 * GET /api/workspaces/<slug>/strategy/values/export?year=YYYY: the year's indicator values as
 * XLSX, one empty row per indicator still without a value; the reporting round imports it back.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const access = await guardRoute(slug, 'strategy.read');
  if (!access.ok) return access.response;
  const { ctx } = access;
  const asked = Number(new URL(request.url).searchParams.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : new Date().getUTCFullYear();
  const t = await getTranslations({ locale: access.locale ?? 'fr', namespace: 'rounds.columns' });
  const rows = yearSheetRows(db, ctx, year);
  const body = new Uint8Array(
    await roundToXlsx(rows, Object.fromEntries(ROUND_COLUMNS.map((c) => [c, t(c)])) as Record<(typeof ROUND_COLUMNS)[number], string>),
  );
  recordAudit(db, ctx, { action: 'strategyValues.export', entityType: 'strategyValuesExport', changes: { year, count: rows.length } });
  return new Response(body, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${slug}-indicators-${year}.xlsx"`,
      'Cache-Control': 'no-store',
    },
  });
}
