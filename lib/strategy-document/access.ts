import { can } from '@/lib/auth/policy';
import type { Role } from '@/db/schema/workspaces';
import type { SectionKind } from '@/db/schema/strategy-document';

// No `server-only` here: the collaboration server asks the same rule as the pages and actions.

export type SectionAccess = 'write' | 'read' | 'none';

/**
 * What a member may do with one section. Reading follows `document.read`. Only written sections
 * are ever edited: managers (`document.manage`) edit all of them, other writers
 * (`document.write`, i.e. contributors) only those assigned to them; everyone else reads.
 * A partner (no `document.read`) reaches only the written sections shared with the partnership
 * of their own authority (`sharedWith` lists the partner actors it is shared with), and writes them
 * (`document.writeShared`); every other section does not exist for them.
 */
export function sectionAccess(
  member: { role: Role; userId: string; actorId?: string | null },
  section: { kind: SectionKind; assigneeId: string | null; sharedWith?: readonly string[] },
): SectionAccess {
  if (!can(member.role, 'document.read')) {
    const shared = section.kind === 'written' && !!member.actorId && !!section.sharedWith?.includes(member.actorId);
    return shared && can(member.role, 'document.writeShared') ? 'write' : 'none';
  }
  if (section.kind !== 'written') return 'read';
  if (can(member.role, 'document.manage')) return 'write';
  if (can(member.role, 'document.write') && section.assigneeId === member.userId) return 'write';
  return 'read';
}
