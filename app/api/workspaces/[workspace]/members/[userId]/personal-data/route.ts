import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { noStoreJson } from '@/lib/http/responses';
import { recordAudit } from '@/lib/audit/queries';
import { AppError } from '@/lib/errors';
import { exportMemberPersonalData } from '@/lib/privacy/queries';
import { MemberPersonRef } from '@/lib/privacy/schemas';
import { personalDataResponse } from '@/lib/privacy/download';

/**
 * GET /api/workspaces/<slug>/members/<userId>/personal-data: what this workspace holds about one of
 * its members, as a JSON download, for an admin answering a subject-access request (audited).
 */
export const GET = workspaceRoute<{ workspace: string; userId: string }>('members.personalData', ({ params: { userId }, ctx }) => {
  const parsed = MemberPersonRef.safeParse({ userId });
  if (!parsed.success) return noStoreJson({ error: 'not_found' }, 404);
  try {
    const data = db.transaction((tx) => {
      const outcome = exportMemberPersonalData(tx, ctx, parsed.data);
      for (const audit of Array.isArray(outcome.audit) ? outcome.audit : [outcome.audit]) recordAudit(tx, ctx, audit);
      return outcome.data;
    });
    return personalDataResponse(data, userId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') {
      return noStoreJson({ error: 'not_found' }, 404);
    }
    throw error;
  }
});
