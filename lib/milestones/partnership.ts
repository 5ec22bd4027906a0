import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actionMilestones, externalActionActors, externalActions } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import { getPartnership } from '@/lib/partnerships/queries';
import { isoDay, systemClock, type Clock } from '@/lib/strategy/progress';
import { milestoneStatus } from './status';
import type { MilestoneView } from './queries';
import { jointActionLink } from '@/lib/partnerships/columns';

/** The milestones of a partnership's joint actions (actions where its authority is a partner). */
export function listPartnershipMilestones(tx: Tx, ctx: MemberContext, partnershipId: string, clock: Clock = systemClock): MilestoneView[] {
  const partnership = getPartnership(tx, ctx, partnershipId);
  const day = isoDay(clock());
  return tx
    .select({ milestone: actionMilestones, actionTitle: externalActions.title })
    .from(actionMilestones)
    .innerJoin(externalActions, eq(externalActions.id, actionMilestones.actionId))
    .innerJoin(externalActionActors, jointActionLink(partnership.actorId))
    .where(eq(actionMilestones.workspaceId, ctx.workspaceId))
    .orderBy(asc(actionMilestones.dueOn))
    .limit(500)
    .all()
    .map(({ milestone, actionTitle }) => ({ ...milestone, actionTitle, status: milestoneStatus(milestone, day) }));
}
