import { serveList } from '@/lib/api/handler';

/** GET /api/v1/workspaces/:workspace/co-financing — read-only, bearer token (docs/decisions/0025-read-only-api.md). */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  return serveList(request, workspace, 'co-financing');
}
