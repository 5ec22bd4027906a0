import 'server-only';
import { AppError } from '@/lib/errors';
import { authorize, getSessionUser, loadMemberContext, type MemberContext } from './session';
import type { Permission } from './policy';

const STATUS = { unauthenticated: 401, forbidden: 403, not_found: 404 } as const;

export type RouteAccess = { ok: true; ctx: MemberContext } | { ok: false; response: Response };

function deny(code: keyof typeof STATUS): RouteAccess {
  return { ok: false, response: Response.json({ error: code }, { status: STATUS[code], headers: { 'Cache-Control': 'no-store' } }) };
}

/**
 * The same checks as pages and actions, for a known caller: 401 without a person, 404 when they
 * are not a member of the workspace (its existence is not revealed), 403 when the role lacks the
 * permission.
 */
export function checkRouteAccess(userId: string | null, workspace: { slug?: string; id?: string }, permission: Permission): RouteAccess {
  if (!userId) return deny('unauthenticated');
  try {
    const ctx = loadMemberContext(userId, workspace);
    authorize(ctx, permission);
    return { ok: true, ctx };
  } catch (error) {
    if (error instanceof AppError && (error.code === 'not_found' || error.code === 'forbidden')) return deny(error.code);
    throw error;
  }
}

/** For route handlers: the session's membership of the workspace (by slug) authorised for `permission`, or the error Response to return. */
export async function guardRoute(slug: string, permission: Permission): Promise<RouteAccess & { locale?: string }> {
  const user = await getSessionUser();
  const access = checkRouteAccess(user?.id ?? null, { slug }, permission);
  return access.ok ? { ...access, locale: user?.locale } : access;
}
