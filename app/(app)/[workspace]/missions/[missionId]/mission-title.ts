import 'server-only';
import type { Permission } from '@/lib/auth/policy';
import type { MemberContext } from '@/lib/auth/session';
import { recordMessageTitle } from '@/lib/shell/record-message-title';

/** The route parameters of a page about one mission. */
export type MissionParams = { workspace: string; missionId: string };

/**
 * `generateMetadata` of a page about one mission whose title is the `missions` message `key`
 * naming it ("Edit {title}"): the mission's title as `read` gives it to a caller with `permission`.
 */
export function missionMessageTitle(permission: Permission, key: string, read: (ctx: MemberContext, missionId: string) => { mission: { title: string } }) {
  return recordMessageTitle(permission, 'missions', key, (ctx, { missionId }: MissionParams) => read(ctx, missionId).mission.title);
}
