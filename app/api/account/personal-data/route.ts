import { db } from '@/db/client';
import { getSessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/queries';
import { exportPersonalData } from '@/lib/privacy/queries';
import { personalDataResponse } from '@/lib/privacy/download';

/** GET /api/account/personal-data: everything held about the signed-in person, as a JSON download (audited). */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: 'unauthenticated' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const data = db.transaction((tx) => {
    const exported = exportPersonalData(tx, user.id, { workspaceId: null });
    recordAudit(
      tx,
      { workspaceId: null, userId: user.id },
      { action: 'personalData.export', entityType: 'user', entityId: user.id, changes: { scope: 'all' } },
    );
    return exported;
  });
  return personalDataResponse(data, user.id);
}
