import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { workspaces } from '@/db/schema';
import type { AuthorityLevel } from '@/db/schema/workspaces';
import { makeWorkspace } from '@/lib/test/fixtures';
import { ActorInput } from '@/lib/actors/schemas';
import { createActor } from '@/lib/actors/queries';
import { createDepartment } from '@/lib/departments/queries';
import { DepartmentInput } from '@/lib/departments/schemas';
import { ExternalActionInput, ObservedReturnInput, UpdateExternalActionInput, type ExternalActionFormValues } from './schemas';
import { createExternalAction, getExternalActionDetail, recordObservedReturn, updateExternalAction } from './queries';

// Shared by the external actions' Vitest files: a workspace with actors and departments, and
// actions created, read back as form values, updated and observed through the queries.

export type Ws = ReturnType<typeof makeWorkspace>;

export function setLevel(ws: Ws, level: AuthorityLevel) {
  db.update(workspaces).set({ level }).where(eq(workspaces.id, ws.id)).run();
}

export function actor(ws: Ws, name: string, category: string, country?: string) {
  return db.transaction((tx) => createActor(tx, ws.ctx('editor'), ActorInput.parse({ name, category, country, influence: 3, interest: 3 }))).data.id;
}

export function department(ws: Ws, name: string, pointPersonUserId: string | null = null) {
  return db.transaction((tx) => createDepartment(tx, ws.ctx('editor'), DepartmentInput.parse({ name, pointPersonUserId, languages: ['fr'] }))).data.id;
}

export function create(ws: Ws, values: Partial<ExternalActionFormValues> & { title: string }, role: 'editor' | 'contributor' | 'admin' = 'editor') {
  const input = ExternalActionInput.parse({ type: 'decentralised_cooperation', status: 'running', ...values });
  return db.transaction((tx) => createExternalAction(tx, ws.ctx(role), input)).data.id;
}

export function formValues(ws: Ws, id: string): ExternalActionFormValues & { id: string; version: number } {
  const d = getExternalActionDetail(db, ws.ctx('admin'), id);
  return {
    id,
    version: d.action.version,
    title: d.action.title,
    description: d.action.description,
    type: d.action.type,
    rationales: d.action.rationales,
    status: d.action.status,
    startDate: d.action.startDate,
    endDate: d.action.endDate,
    countries: d.action.countries,
    partnerIds: d.partners.map((p) => p.id),
    actorIds: d.territorialActors.map((a) => a.id),
    departments: d.departments.map((x) => ({ departmentId: x.id, mode: x.mode })),
    competencies: d.competencies.map((c) => ({ ref: c.ref, reason: c.reason })),
    sdgs: d.sdgs,
    budgetLines: d.budgetLines.map((l) => ({
      year: l.year,
      amount: l.amountCents / 100,
      fundingSource: l.fundingSource,
      departmentId: l.departmentId,
      label: l.label,
    })),
    expectedReturns: d.expected.map((e) => ({ id: e.id, category: e.category, description: e.description, indicator: e.indicator, target: e.target })),
  };
}

export function update(ws: Ws, values: ExternalActionFormValues & { id: string; version: number }, role: 'editor' | 'contributor' = 'editor') {
  return db.transaction((tx) => updateExternalAction(tx, ws.ctx(role), UpdateExternalActionInput.parse(values)));
}

export function observe(ws: Ws, values: Record<string, unknown>, role: 'editor' | 'contributor' = 'editor') {
  return db.transaction((tx) =>
    recordObservedReturn(
      tx,
      ws.ctx(role),
      ObservedReturnInput.parse({ description: 'Constat', evidence: 'Compte rendu', observedOn: '2025-05-01', ...values }),
    ),
  ).data.id;
}

/** A workspace with a partner authority, a territorial actor and two departments, the contributor pointing one. */
export function setUp(slug = 'alpha') {
  const ws = makeWorkspace(slug);
  setLevel(ws, 'departement');
  const nioro = actor(ws, 'Commune de Nioro', 'partner_authority', 'SN');
  const lindenau = actor(ws, 'Landkreis Lindenau', 'partner_authority', 'DE');
  const school = actor(ws, 'Collège Jean-Moulin', 'school', 'FR');
  const culture = department(ws, 'Culture', ws.people.contributor.id);
  const social = department(ws, 'Action sociale');
  return { ws, nioro, lindenau, school, culture, social };
}
