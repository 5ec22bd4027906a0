import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actors, externalActions, memberships, partnerships, users } from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import type { MemberContext } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import type { Locale } from '@/lib/i18n/config';
import { countryOptions } from '@/lib/geo';
import { workspaceLevel } from '@/lib/competencies/queries';
import { listDepartmentOptions } from '@/lib/departments/queries';
import { pickColumns } from '@/lib/pick-columns';
import { listWorkspaceOptions } from '@/lib/workspace-options';
import { fundingSourcesFor } from '@/lib/competencies/solidarity-schemes';
import type { MissionDetail } from './queries';
import { budgetLineFormValues } from '@/lib/external-actions/budget-lines';
import { pickFields } from '@/lib/pick-fields';

// The mission form: what it offers and the values it starts from when editing.

/** Everything the mission form offers, for the new and edit pages. */
export function loadMissionFormProps(tx: Tx, ctx: MemberContext, locale: Locale) {
  return {
    options: listMissionFormOptions(tx, ctx),
    countries: countryOptions(locale),
    fundingSources: fundingSourcesFor(workspaceLevel(tx, ctx)),
  };
}

/** A stored mission as its edit form shows it (amounts in euros as typed, no nulls). */
export function missionFormValues(detail: MissionDetail) {
  const { mission } = detail;
  return {
    ...pickFields(mission, ['title', 'kind', 'direction', 'country']),
    city: mission.city ?? '',
    purpose: mission.purpose ?? '',
    ...pickFields(mission, ['startDate', 'endDate']),
    partnershipId: mission.partnershipId ?? '',
    actionIds: detail.actions.map((a) => a.id),
    participants: detail.participants.map((p) => ({
      kind: p.kind,
      userId: p.userId ?? '',
      actorId: p.actorId ?? '',
      departmentId: p.departmentId ?? '',
      name: p.name ?? '',
      role: p.role ?? '',
    })),
    meetings: detail.meetings.map((m) => ({ day: m.day, time: m.time ?? '', actorId: m.actorId ?? '', subject: m.subject })),
    budgetLines: detail.budgetLines.map(budgetLineFormValues),
    documents: mission.documents,
    debriefAssigneeId: mission.debriefAssigneeId ?? '',
    debriefDays: String(mission.debriefDays),
  };
}

/** What the mission form offers: members (who may write a debrief), departments, actors, actions, partnerships. */
export function listMissionFormOptions(tx: Tx, ctx: MemberContext) {
  const ws = ctx.workspaceId;
  const members = tx
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ws), sql`${memberships.role} != 'partner'`))
    .orderBy(asc(users.name))
    .all()
    .map((m) => ({ id: m.id, name: m.name, canDebrief: can(m.role as Role, 'missions.debrief') }));
  const departmentRows = listDepartmentOptions(tx, ctx);
  const actorRows = listWorkspaceOptions(tx, actors, ws, pickColumns(actors, ['id', 'name', 'family', 'country']), actors.normalizedName);
  const actionRows = listWorkspaceOptions(tx, externalActions, ws, pickColumns(externalActions, ['id', 'title']), externalActions.normalizedTitle);
  const partnershipRows = listWorkspaceOptions(tx, partnerships, ws, pickColumns(partnerships, ['id', 'title']), partnerships.title);
  return { members, departments: departmentRows, actors: actorRows, actions: actionRows, partnerships: partnershipRows };
}
export type MissionFormOptions = ReturnType<typeof listMissionFormOptions>;
