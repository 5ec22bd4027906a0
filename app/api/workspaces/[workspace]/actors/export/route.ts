import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { fileDownload } from '@/lib/http/responses';
import { recordAudit } from '@/lib/audit/queries';
import { listAllActors } from '@/lib/actors/queries';
import { ActorFilter } from '@/lib/actors/schemas';
import { actorsToCsv, actorsToXlsx, exportFileName } from '@/lib/actors/export';
import { toLocale } from '@/lib/i18n/config';

const FILTER_KEYS = ['q', 'family', 'category', 'country', 'tag', 'theme'] as const;

/**
 * GET /api/workspaces/<slug>/actors/export?format=csv|xlsx&<the table's filters>: the filtered
 * actors as a file that the import reads back. Audited: who exported, with which filters.
 */
export const GET = workspaceRoute('actors.export', async ({ slug, ctx, locale: userLocale, search }) => {
  const locale = toLocale(userLocale);
  const format = search.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const parsed = ActorFilter.safeParse(Object.fromEntries(FILTER_KEYS.map((k) => [k, search.get(k) ?? undefined])));
  const filter = parsed.success ? parsed.data : ActorFilter.parse({});
  const filters = Object.fromEntries(FILTER_KEYS.filter((k) => filter[k]).map((k) => [k, filter[k]]));

  const rows = listAllActors(db, ctx, filter);
  const body = format === 'xlsx' ? new Uint8Array(await actorsToXlsx(rows, locale)) : actorsToCsv(rows, locale);
  recordAudit(db, ctx, {
    action: 'actors.export',
    entityType: 'actorExport',
    changes: { format, filters, count: rows.length, includesContacts: true },
  });
  const contentType = format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8';
  return fileDownload(body, contentType, exportFileName(slug, format, locale));
});
