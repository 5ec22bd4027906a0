import { can } from '@/lib/auth/policy';
import type { Role } from '@/db/schema/workspaces';
import type { SectionKind } from '@/db/schema/strategy-document';

// No `server-only` here: the collaboration server asks the same rule as the pages and actions.

export type SectionAccess = 'write' | 'read' | 'none';

/**
 * What a member may do with one section. Reading follows `document.read`. Only written sections
 * are ever edited: managers (`document.manage`) edit all of them, other writers
 * (`document.write`, i.e. contributors) only those assigned to them; everyone else reads.
 */
export function sectionAccess(
  member: { role: Role; userId: string },
  section: { kind: SectionKind; assigneeId: string | null },
): SectionAccess {
  if (!can(member.role, 'document.read')) return 'none';
  if (section.kind !== 'written') return 'read';
  if (can(member.role, 'document.manage')) return 'write';
  if (can(member.role, 'document.write') && section.assigneeId === member.userId) return 'write';
  return 'read';
}
