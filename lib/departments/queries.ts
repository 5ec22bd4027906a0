import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { insertInWorkspace } from '@/lib/workspace-row-insert';
import { workspaceMemberRole } from '@/lib/member-of-workspace';
import {
  actors,
  departmentBudgetLines,
  departments,
  externalActionBudgetLines,
  externalActionDepartments,
  externalActions,
  memberships,
  users,
} from '@/db/schema';
import type { Department } from '@/db/schema/departments';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import { toCents } from '@/lib/external-actions/fields';
import { workspaceLevel } from '@/lib/competencies/queries';
import { fundingSourceAllowed } from '@/lib/competencies/solidarity-schemes';
import { departmentFormValues, type DepartmentBudgetLineInput, type DepartmentInput } from './schemas';
import { getColumnsInWorkspace, getInWorkspace } from '@/lib/workspace-rows';
import { saveVersioned } from '@/lib/versioned-save';
import { fieldChanges, sameJson } from '@/lib/audit/field-changes';
import { listWorkspaceOptions } from '@/lib/workspace-options';
import { pickColumns } from '@/lib/pick-columns';
import { deleteInWorkspace } from '@/lib/workspace-row-writes';

/** The departments whose point person is the caller (a contributor edits their actions and record). */
export function myDepartmentIds(tx: Tx, ctx: MemberContext): string[] {
  return tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.workspaceId, ctx.workspaceId), eq(departments.pointPersonUserId, ctx.userId)))
    .all()
    .map((r) => r.id);
}

/** True when the caller may edit this department's record: editors and admins, or its point person. */
export function canEditDepartment(ctx: MemberContext, department: Pick<Department, 'pointPersonUserId'>): boolean {
  if (ctx.role === 'admin' || ctx.role === 'editor') return true;
  return ctx.role === 'contributor' && department.pointPersonUserId === ctx.userId;
}

/** One department of the caller's workspace, or NotFound. */
export function getDepartment(tx: Tx, ctx: MemberContext, id: string): Department {
  return getInWorkspace(tx, departments, ctx, id, 'departmentNotFound');
}

function getEditableDepartment(tx: Tx, ctx: MemberContext, id: string) {
  const department = getDepartment(tx, ctx, id);
  if (!canEditDepartment(ctx, department)) throw new Forbidden('departmentNotYours');
  return department;
}

const actionsCount = sql<number>`(select count(*) from ${externalActionDepartments} where ${externalActionDepartments.departmentId} = ${departments.id})`;
const leadCount = sql<number>`(select count(*) from ${externalActionDepartments} where ${externalActionDepartments.departmentId} = ${departments.id} and ${externalActionDepartments.mode} = 'lead')`;
const coConstructionCount = sql<number>`(select count(*) from ${externalActionDepartments} where ${externalActionDepartments.departmentId} = ${departments.id} and ${externalActionDepartments.mode} = 'co_construction')`;
const actionBudget = sql<number>`(select coalesce(sum(${externalActionBudgetLines.amountCents}), 0) from ${externalActionBudgetLines} where ${externalActionBudgetLines.departmentId} = ${departments.id})`;
const ownBudget = sql<number>`(select coalesce(sum(${departmentBudgetLines.amountCents}), 0) from ${departmentBudgetLines} where ${departmentBudgetLines.departmentId} = ${departments.id})`;

/** Every department with its point person and what it does internationally, in one query. */
export function listDepartments(tx: Tx, ctx: MemberContext) {
  return tx
    .select({
      ...pickColumns(departments, ['id', 'name', 'description', 'languages', 'pointPersonUserId']),
      pointPersonName: users.name,
      pointPersonActorId: departments.pointPersonActorId,
      pointPersonActorName: actors.name,
      actionsCount,
      leadCount,
      coConstructionCount,
      actionBudgetCents: actionBudget,
      ownBudgetCents: ownBudget,
    })
    .from(departments)
    .leftJoin(users, eq(users.id, departments.pointPersonUserId))
    .leftJoin(actors, eq(actors.id, departments.pointPersonActorId))
    .where(eq(departments.workspaceId, ctx.workspaceId))
    .orderBy(asc(departments.name))
    .all();
}

/** Names and ids, for pickers and filters. */
export function listDepartmentOptions(tx: Tx, ctx: MemberContext) {
  return listWorkspaceOptions(tx, departments, ctx.workspaceId, pickColumns(departments, ['id', 'name']), departments.name);
}

/** One department with its point person's name, for its page. */
export function getDepartmentView(tx: Tx, ctx: MemberContext, id: string) {
  const row = tx
    .select({
      department: departments,
      pointPersonName: users.name,
      pointPersonEmail: users.email,
      pointPersonActorName: actors.name,
    })
    .from(departments)
    .leftJoin(users, eq(users.id, departments.pointPersonUserId))
    .leftJoin(actors, eq(actors.id, departments.pointPersonActorId))
    .where(and(eq(departments.id, id), eq(departments.workspaceId, ctx.workspaceId)))
    .get();
  if (!row) throw new NotFound('departmentNotFound');
  return { ...row, canEdit: canEditDepartment(ctx, row.department) };
}

/** The actions a department takes part in, with how. */
export function listDepartmentActions(tx: Tx, ctx: MemberContext, departmentId: string) {
  return tx
    .select({
      ...pickColumns(externalActions, ['id', 'title', 'type', 'status']),
      mode: externalActionDepartments.mode,
    })
    .from(externalActionDepartments)
    .innerJoin(externalActions, eq(externalActions.id, externalActionDepartments.actionId))
    .where(and(eq(externalActionDepartments.workspaceId, ctx.workspaceId), eq(externalActionDepartments.departmentId, departmentId)))
    .orderBy(asc(externalActions.normalizedTitle))
    .all();
}

/** The department's own international budget lines, newest year first. */
export function listDepartmentBudgetLines(tx: Tx, ctx: MemberContext, departmentId: string) {
  return tx
    .select()
    .from(departmentBudgetLines)
    .where(and(eq(departmentBudgetLines.workspaceId, ctx.workspaceId), eq(departmentBudgetLines.departmentId, departmentId)))
    .orderBy(desc(departmentBudgetLines.year), asc(departmentBudgetLines.label))
    .all();
}

/** Members who may be a department's point person (anyone but partners), and internal actors. */
export function listPointPersonOptions(tx: Tx, ctx: MemberContext) {
  const members = tx
    .select({ id: users.id, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ctx.workspaceId), ne(memberships.role, 'partner')))
    .orderBy(asc(users.name))
    .all();
  const internal = tx
    .select({ id: actors.id, name: actors.name })
    .from(actors)
    .where(and(eq(actors.workspaceId, ctx.workspaceId), eq(actors.family, 'internal')))
    .orderBy(asc(actors.normalizedName))
    .all();
  return { members, actors: internal };
}

/** Checks the point person: a non-partner member, and an internal actor, both of this workspace. */
function checkPointPerson(tx: Tx, ctx: MemberContext, input: Pick<DepartmentInput, 'pointPersonUserId' | 'pointPersonActorId'>) {
  if (input.pointPersonUserId) {
    const role = workspaceMemberRole(tx, ctx, input.pointPersonUserId);
    if (!role || role === 'partner') throw new Invalid('invalid', { pointPersonUserId: 'pointPersonNotMember' });
  }
  if (input.pointPersonActorId) {
    const actor = getColumnsInWorkspace(tx, actors, { family: actors.family }, ctx, input.pointPersonActorId, 'actorNotFound');
    if (actor.family !== 'internal') throw new Invalid('invalid', { pointPersonActorId: 'pointPersonNotInternal' });
  }
}

export function createDepartment(tx: Tx, ctx: MemberContext, input: DepartmentInput): MutationOutcome<{ id: string }> {
  checkPointPerson(tx, ctx, input);
  const now = new Date();
  const id = insertInWorkspace(tx, departments, ctx, { ...input, createdAt: now, updatedAt: now });
  return {
    data: { id },
    audit: { action: 'department.create', entityType: 'department', entityId: id, changes: { name: input.name, pointPersonUserId: input.pointPersonUserId } },
  };
}

/**
 * Updates a department's record. Its point person may edit it but not hand it over: only editors
 * and admins change who the point person is.
 */
export function updateDepartment(tx: Tx, ctx: MemberContext, input: DepartmentInput & { id: string; version: number }): MutationOutcome<{ version: number }> {
  const before = getEditableDepartment(tx, ctx, input.id);
  const { id, version, ...values } = input;
  if (ctx.role === 'contributor' && (values.pointPersonUserId !== before.pointPersonUserId || values.pointPersonActorId !== before.pointPersonActorId)) {
    throw new Forbidden('pointPersonLocked');
  }
  checkPointPerson(tx, ctx, values);
  const saved = saveVersioned(tx, departments, ctx, { id, version }, values, () => ({ version: before.version, values: departmentFormValues(before) }));
  const changes = fieldChanges(before, values, sameJson);
  return { data: { version: saved }, audit: { action: 'department.update', entityType: 'department', entityId: id, changes } };
}

/** Deletes a department; its participations and own lines go, action lines it carried stay unattributed. */
export function deleteDepartment(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const before = getDepartment(tx, ctx, input.id);
  deleteInWorkspace(tx, departments, ctx, before.id);
  return { data: null, audit: { action: 'department.delete', entityType: 'department', entityId: before.id, changes: { name: before.name } } };
}

export function addDepartmentBudgetLine(tx: Tx, ctx: MemberContext, input: DepartmentBudgetLineInput): MutationOutcome<{ id: string }> {
  getEditableDepartment(tx, ctx, input.departmentId);
  // The "1 %" schemes are reserved to the bodies that run the service (CGCT L1115-1-1 to L1115-3).
  if (!fundingSourceAllowed(workspaceLevel(tx, ctx), input.fundingSource)) throw new Invalid('invalid', { fundingSource: 'fundingSourceNotOffered' });
  const values = {
    departmentId: input.departmentId,
    label: input.label,
    year: input.year,
    amountCents: toCents(input.amount),
    fundingSource: input.fundingSource,
  };
  const id = insertInWorkspace(tx, departmentBudgetLines, ctx, { ...values, createdAt: new Date() });
  return { data: { id }, audit: { action: 'departmentBudgetLine.create', entityType: 'departmentBudgetLine', entityId: id, changes: values } };
}

export function deleteDepartmentBudgetLine(tx: Tx, ctx: MemberContext, input: { id: string }): MutationOutcome<null> {
  const line = getInWorkspace(tx, departmentBudgetLines, ctx, input.id, 'budgetLineNotFound');
  getEditableDepartment(tx, ctx, line.departmentId);
  deleteInWorkspace(tx, departmentBudgetLines, ctx, line.id);
  return {
    data: null,
    audit: {
      action: 'departmentBudgetLine.delete',
      entityType: 'departmentBudgetLine',
      entityId: line.id,
      changes: { departmentId: line.departmentId, label: line.label, year: line.year, amountCents: line.amountCents },
    },
  };
}

/** Departments of the workspace by id, for checks that a set of ids all belong to the caller. */
export function departmentsByIds(tx: Tx, ctx: MemberContext, ids: string[]) {
  if (!ids.length) return [];
  return tx
    .select({ id: departments.id, name: departments.name, pointPersonUserId: departments.pointPersonUserId })
    .from(departments)
    .where(and(eq(departments.workspaceId, ctx.workspaceId), inArray(departments.id, ids)))
    .all();
}
