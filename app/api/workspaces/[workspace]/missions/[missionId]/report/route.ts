import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { recordAudit } from '@/lib/audit/queries';
import { AppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { getMissionDetail } from '@/lib/missions/queries';
import { getDebriefDetail } from '@/lib/missions/debrief';
import { renderMissionReport, reportFileName } from '@/lib/missions/report';

// docx needs Node, and every report reflects the data of its moment.
export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * GET /api/workspaces/<slug>/missions/<id>/report?lang=fr|en: the mission report as DOCX. Same
 * session and policy as the pages (401 / 404 / 403); a partner only for their partnership's
 * missions (404 otherwise); audited.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string; missionId: string }> }) {
  const { workspace: slug, missionId } = await params;
  const access = await guardRoute(slug, 'missions.export');
  if (!access.ok) return access.response;
  const { ctx } = access;
  const lang = new URL(request.url).searchParams.get('lang') ?? access.locale ?? 'fr';
  if (lang !== 'fr' && lang !== 'en') return Response.json({ error: 'invalid' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const locale = toLocale(lang);
  let detail;
  try {
    detail = getMissionDetail(db, ctx, missionId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found')
      return Response.json({ error: 'not_found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
    throw error;
  }
  const body = await renderMissionReport(detail, getDebriefDetail(db, ctx, missionId), locale);
  recordAudit(db, ctx, { action: 'mission.export', entityType: 'mission', entityId: missionId, changes: { format: 'docx', lang, bytes: body.byteLength } });
  return new Response(new Uint8Array(body), {
    headers: {
      'Content-Type': DOCX,
      'Content-Disposition': `attachment; filename="${reportFileName(detail, locale)}"`,
      'Cache-Control': 'no-store',
    },
  });
}
