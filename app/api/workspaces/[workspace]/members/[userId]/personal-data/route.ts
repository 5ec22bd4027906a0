import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { recordAudit } from '@/lib/audit/queries';
import { AppError } from '@/lib/errors';
import { exportMemberPersonalData } from '@/lib/privacy/queries';
import { MemberPersonRef } from '@/lib/privacy/schemas';
import { personalDataResponse } from '@/lib/privacy/download';

/**
 * GET /api/workspaces/<slug>/members/<userId>/personal-data: what this workspace holds about one of
 * its members, as a JSON download, for an admin answering a subject-access request (audited).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ workspace: string; userId: string }> }) {
  const { workspace: slug, userId } = await params;
  const access = await guardRoute(slug, 'members.personalData');
  if (!access.ok) return access.response;
  const parsed = MemberPersonRef.safeParse({ userId });
  if (!parsed.success) return Response.json({ error: 'not_found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  try {
    const data = db.transaction((tx) => {
      const outcome = exportMemberPersonalData(tx, access.ctx, parsed.data);
      for (const audit of Array.isArray(outcome.audit) ? outcome.audit : [outcome.audit]) recordAudit(tx, access.ctx, audit);
      return outcome.data;
    });
    return personalDataResponse(data, userId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      return Response.json({ error: 'not_found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
    }
    throw error;
  }
}
