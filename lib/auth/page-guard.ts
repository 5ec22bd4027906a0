import 'server-only';
import { forbidden, notFound, redirect } from 'next/navigation';
import { AppError } from '@/lib/errors';
import { authorize, requireMember, requireUser, type MemberContext } from './session';
import type { Permission } from './policy';

/** Turns access errors into the matching page: sign-in redirect, 404 or 403. */
function toPageInterrupt(error: unknown): never {
  if (error instanceof AppError) {
    if (error.code === 'unauthenticated') redirect('/sign-in');
    if (error.code === 'not_found') notFound();
    if (error.code === 'forbidden') forbidden();
  }
  throw error;
}

/** The signed-in person for a page, or a redirect to sign-in. */
export async function requirePageUser() {
  try {
    return await requireUser();
  } catch (error) {
    toPageInterrupt(error);
  }
}

/** The caller's membership for a workspace page, authorised for `permission` (404 / 403 otherwise). */
export async function requirePageMember(slug: string, permission: Permission = 'workspace.read'): Promise<MemberContext> {
  try {
    const ctx = await requireMember(slug);
    authorize(ctx, permission);
    return ctx;
  } catch (error) {
    toPageInterrupt(error);
  }
}

/** Runs a read for a page; a NotFound (missing, or another workspace's row) becomes the 404 page. */
export function orNotFound<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}
