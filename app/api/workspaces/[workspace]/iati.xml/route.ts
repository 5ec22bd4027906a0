import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { recordAudit } from '@/lib/audit/queries';
import { buildIatiXml } from '@/lib/iati/build';
import { iatiReporter, loadIatiActivities } from '@/lib/iati/queries';
import { IatiFilter } from '@/lib/iati/schemas';

/**
 * GET /api/workspaces/<slug>/iati.xml?axis=&status=: the register (whole or filtered) as an IATI
 * 2.03 `iati-activities` file, for the members who read the register. 409 while the workspace
 * has no SIREN (no identifier can be built). Audited.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const access = await guardRoute(slug, 'externalActions.read');
  if (!access.ok) return access.response;
  const { ctx } = access;
  const search = new URL(request.url).searchParams;
  const filter = IatiFilter.parse({ axis: search.get('axis') ?? undefined, status: search.get('status') ?? undefined });
  const reporter = iatiReporter(db, ctx.workspaceId);
  if (!reporter) return Response.json({ error: 'sirenMissing' }, { status: 409, headers: { 'Cache-Control': 'no-store' } });
  const activities = loadIatiActivities(db, ctx.workspaceId, reporter.lang, { filter, money: true, partners: true, results: true, labels: true });
  recordAudit(db, ctx, { action: 'iati.export', entityType: 'iatiExport', changes: { filters: filter, count: activities.length } });
  return new Response(buildIatiXml(reporter, activities), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Content-Disposition': `attachment; filename="${slug}-iati.xml"`,
      'Cache-Control': 'no-store',
    },
  });
}
