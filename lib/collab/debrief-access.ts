import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { missions, partnerships } from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import { can } from '@/lib/auth/policy';

// No `server-only` here: the collaboration server asks the same rules as the pages and actions.
// It lives in lib/collab (not lib/missions) so that resolving a document adds no cycle between domains:
// lib/missions reads the debrief's text through lib/collab/persistence.ts.

type Member = { role: Role; userId: string; actorId?: string | null };
type DebriefMission = { debriefAssigneeId: string | null; partnerActorId: string | null };

/** Whether a member writes a mission's debrief: managers always, a contributor when it is assigned to them. */
export function writesDebrief(member: Pick<Member, 'role' | 'userId'>, mission: { debriefAssigneeId: string | null }): boolean {
  if (can(member.role, 'missions.manage')) return true;
  return can(member.role, 'missions.debrief') && mission.debriefAssigneeId === member.userId;
}

/**
 * What a member may do with the live free text of a mission's debrief (`debrief:<missionId>`):
 * write it when they write the debrief, read it when they may read the mission (a partner only a
 * mission of the partnership with their own authority, as lib/missions/queries.ts visibleMissions
 * says), nothing otherwise.
 */
export function debriefAccess(member: Member, mission: DebriefMission): 'write' | 'read' | 'none' {
  if (!can(member.role, 'missions.read')) return 'none';
  if (member.role === 'partner' && (!member.actorId || member.actorId !== mission.partnerActorId)) return 'none';
  return writesDebrief(member, mission) ? 'write' : 'read';
}

/** The workspace of a debrief's document and its access rule, or null when the mission does not exist. */
export function resolveDebriefDocument(tx: Tx, missionId: string) {
  const row = tx
    .select({ workspaceId: missions.workspaceId, debriefAssigneeId: missions.debriefAssigneeId, partnerActorId: partnerships.actorId })
    .from(missions)
    .leftJoin(partnerships, eq(partnerships.id, missions.partnershipId))
    .where(eq(missions.id, missionId))
    .get();
  return row ? { workspaceId: row.workspaceId, access: (member: Member) => debriefAccess(member, row) } : null;
}
