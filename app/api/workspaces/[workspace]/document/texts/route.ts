import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { liveTextResponse } from '@/lib/strategy-document/live-text';

/**
 * GET /api/workspaces/<slug>/document/texts?name=section:<id>&name=…: the current HTML of the
 * collaborative documents the caller may read (lib/strategy-document/live-text.ts). Readers' pages
 * refresh their sections from it instead of loading the editor (components/strategy-document/section-text.tsx).
 * Under /document/ so that a worker asks the collaboration owner to store live text first.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  // Partners write every text they reach (a shared section, their partnership's page): they never need it.
  const access = await guardRoute(slug, 'document.read');
  if (!access.ok) return access.response;
  return liveTextResponse(db, access.ctx, request);
}
