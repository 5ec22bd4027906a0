import 'server-only';
import { db } from '@/db/client';
import { headerUnread } from '@/lib/notifications/queries';
import { listMyWorkspaces } from '@/lib/workspaces/queries';

/**
 * What the banner shows a signed-in person: their workspaces for the switcher and, inside a
 * workspace they belong to, the unread notifications (null when none may be shown). The banner is a
 * Server Component on every page; it reads through here rather than the database (docs/architecture.md, "Layers").
 */
export function loadHeader(userId: string, slug?: string) {
  return { workspaces: listMyWorkspaces(db, userId), unread: slug ? headerUnread(userId, slug) : null };
}
