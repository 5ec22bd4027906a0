import 'server-only';
import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { orNotFound, requirePageMember } from '@/lib/auth/page-guard';
import type { Permission } from '@/lib/auth/policy';
import type { MemberContext } from '@/lib/auth/session';
import { toLocale } from '@/lib/i18n/config';

/**
 * A page's `generateMetadata` when its title is one message:
 * `export const generateMetadata = pageTitle('strategy', 'title');`.
 */
export function pageTitle(namespace: string, key = 'title') {
  return async (): Promise<Metadata> => ({ title: (await getTranslations(namespace))(key) });
}

/**
 * What a workspace page starts with: its slug, the caller's membership authorised for `permission`
 * (sign-in, 404 or 403 otherwise, as `requirePageMember`), the translator of its namespace, the
 * formatter and the locale.
 */
export async function loadWorkspacePage(params: Promise<{ workspace: string }>, permission: Permission, namespace: string) {
  const { workspace: slug } = await params;
  const ctx = await requirePageMember(slug, permission);
  const t = await getTranslations(namespace);
  const format = await getFormatter();
  const locale = toLocale(await getLocale());
  return { slug, ctx, t, format, locale };
}

/**
 * `generateMetadata` of one record's page: its title, read with the caller's membership authorised
 * for `permission`; a record that is missing or another workspace's gives the 404 page.
 */
export function recordTitle<P extends { workspace: string }>(permission: Permission, title: (ctx: MemberContext, params: P) => string) {
  return async ({ params }: { params: Promise<P> }): Promise<Metadata> => {
    const values = await params;
    const ctx = await requirePageMember(values.workspace, permission);
    return { title: orNotFound(() => title(ctx, values)) };
  };
}
