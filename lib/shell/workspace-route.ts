import 'server-only';
import { guardRoute } from '@/lib/auth/route-guard';
import type { Permission } from '@/lib/auth/policy';
import type { MemberContext } from '@/lib/auth/session';

/** What a workspace route handler works with once the caller is let in. */
export type WorkspaceRequest<P> = {
  request: Request;
  /** The route's awaited params (`workspace` is also `slug`). */
  params: P;
  slug: string;
  ctx: MemberContext;
  /** The account's language, when it has one. */
  locale?: string;
  search: URLSearchParams;
};

/**
 * A workspace route handler: the session's membership of `params.workspace` authorised for
 * `permission` (guardRoute's 401 / 404 / 403 otherwise), then `handle`.
 * `export const GET = workspaceRoute('actors.read', ({ ctx, request }) => …);`
 */
export function workspaceRoute<P extends { workspace: string } = { workspace: string }>(
  permission: Permission,
  handle: (input: WorkspaceRequest<P>) => Promise<Response> | Response,
) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const values = await params;
    const access = await guardRoute(values.workspace, permission);
    if (!access.ok) return access.response;
    return handle({ request, params: values, slug: values.workspace, ctx: access.ctx, locale: access.locale, search: new URL(request.url).searchParams });
  };
}
