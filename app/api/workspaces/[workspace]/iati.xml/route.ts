import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { fileDownload, noStoreJson } from '@/lib/http/responses';
import { recordAudit } from '@/lib/audit/queries';
import { buildIatiXml } from '@/lib/iati/build';
import { iatiReporter, loadIatiActivities } from '@/lib/iati/queries';
import { IatiFilter } from '@/lib/iati/schemas';

/**
 * GET /api/workspaces/<slug>/iati.xml?axis=&status=: the register (whole or filtered) as an IATI
 * 2.03 `iati-activities` file, for the members who read the register. 409 while the workspace
 * has no SIREN (no identifier can be built). Audited.
 */
export const GET = workspaceRoute('externalActions.read', ({ slug, ctx, search }) => {
  const filter = IatiFilter.parse({ axis: search.get('axis') ?? undefined, status: search.get('status') ?? undefined });
  const reporter = iatiReporter(db, ctx.workspaceId);
  if (!reporter) return noStoreJson({ error: 'sirenMissing' }, 409);
  const activities = loadIatiActivities(db, ctx.workspaceId, reporter.lang, { filter, money: true, partners: true, results: true, labels: true });
  recordAudit(db, ctx, { action: 'iati.export', entityType: 'iatiExport', changes: { filters: filter, count: activities.length } });
  return fileDownload(buildIatiXml(reporter, activities), 'application/xml; charset=utf-8', `${slug}-iati.xml`);
});
