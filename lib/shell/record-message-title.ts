import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Permission } from '@/lib/auth/policy';
import type { MemberContext } from '@/lib/auth/session';
import { recordTitle } from './page';

/**
 * `generateMetadata` of a page about one record whose title is a message naming it
 * (`missions.editTitle`, "Edit {title}"): the record's title as `recordTitle` reads it (404 for a
 * record missing or another workspace's), put in the message `key` of `namespace` as `{title}`.
 */
export function recordMessageTitle<P extends { workspace: string }>(
  permission: Permission,
  namespace: string,
  key: string,
  title: (ctx: MemberContext, params: P) => string,
) {
  const record = recordTitle(permission, title);
  return async (props: { params: Promise<P> }): Promise<Metadata> => {
    const { title: name } = await record(props);
    return { title: (await getTranslations(namespace))(key, { title: String(name) }) };
  };
}
