import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memberships } from '@/db/schema';
import { databaseFingerprint } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { loadMemberContext } from '@/lib/auth/session';
import { Forbidden, Invalid, NotFound } from '@/lib/errors';
import { createCustomCompetency } from '@/lib/competencies/queries';
import { ExternalActionFilter } from './schemas';
import {
  canEditAction,
  getBlindSpots,
  getBudgetConsolidation,
  getCompetencyMatrix,
  getExternalAction,
  getExternalActionDetail,
  getReturnsGap,
  listExternalActions,
} from './queries';
import './actions';
import { create, formValues, update, observe, setUp } from './test-setup';

describe('external actions: who may do what', () => {
  it('lets a contributor edit only the actions their department takes part in', () => {
    const { ws, culture, social } = setUp();
    const mine = create(ws, { title: 'Festival', departments: [{ departmentId: culture, mode: 'informed' }] });
    const theirs = create(ws, { title: 'Santé', departments: [{ departmentId: social, mode: 'lead' }] });
    const contributor = ws.ctx('contributor');
    expect(canEditAction(db, contributor, mine)).toBe(true);
    expect(canEditAction(db, contributor, theirs)).toBe(false);
    expect(canEditAction(db, ws.ctx('reviewer'), mine)).toBe(false);
    update(ws, { ...formValues(ws, mine), title: 'Festival des Suds' }, 'contributor');
    const before = databaseFingerprint();
    expect(() => update(ws, { ...formValues(ws, theirs), title: 'Détourné' }, 'contributor')).toThrowError(Forbidden);
    expect(() => observe(ws, { actionId: theirs, category: 'economic' }, 'contributor')).toThrowError(Forbidden);
    // Removing their own department would lock them out: refused with a field error.
    expect(() => update(ws, { ...formValues(ws, mine), departments: [{ departmentId: social, mode: 'lead' }] }, 'contributor')).toThrowError(Invalid);
    expect(databaseFingerprint()).toEqual(before);
    observe(ws, { actionId: mine, category: 'cultural_opening' }, 'contributor');
  });

  it('lets a contributor propose an action only with their own department among those involved', () => {
    const { ws, culture, social } = setUp();
    expect(() => create(ws, { title: 'Idée', departments: [{ departmentId: social, mode: 'lead' }] }, 'contributor')).toThrowError(Invalid);
    const id = create(ws, { title: 'Idée', status: 'idea', departments: [{ departmentId: culture, mode: 'lead' }] }, 'contributor');
    expect(canEditAction(db, ws.ctx('contributor'), id)).toBe(true);
    // Through the wrapper: a reviewer is stopped by the policy, a contributor cannot delete.
    const create_ = workspaceActionRegistry.find((d) => d.name === 'externalActions.create')!;
    const remove = workspaceActionRegistry.find((d) => d.name === 'externalActions.delete')!;
    expect(executeWorkspaceAction(create_, ws.people.reviewer.id, ws.id, { title: 'X', type: 'twinning', status: 'idea' })).toMatchObject({
      code: 'forbidden',
    });
    expect(executeWorkspaceAction(remove, ws.people.contributor.id, ws.id, { id })).toMatchObject({ code: 'forbidden' });
    expect(executeWorkspaceAction(remove, ws.people.editor.id, ws.id, { id }).ok).toBe(true);
  });

  it('shows a partner only the actions where their authority is a partner', () => {
    const { ws, nioro, lindenau, social } = setUp();
    const shared = create(ws, { title: 'Avec Nioro', partnerIds: [nioro], departments: [{ departmentId: social, mode: 'lead' }] });
    const other = create(ws, { title: 'Avec Lindenau', partnerIds: [lindenau] });
    const involvedOnly = create(ws, { title: 'Sans partenaire' });
    // A partner with no authority linked sees nothing.
    expect(listExternalActions(db, ws.ctx('partner'), ExternalActionFilter.parse({})).total).toBe(0);
    db.update(memberships).set({ actorId: nioro }).where(eq(memberships.userId, ws.people.partner.id)).run();
    const partner = loadMemberContext(ws.people.partner.id, { id: ws.id });
    const list = listExternalActions(db, partner, ExternalActionFilter.parse({}));
    expect(list.rows.map((r) => r.title)).toEqual(['Avec Nioro']);
    expect(list.total).toBe(1);
    expect(getExternalActionDetail(db, partner, shared).action.title).toBe('Avec Nioro');
    for (const id of [other, involvedOnly]) expect(() => getExternalAction(db, partner, id)).toThrowError(NotFound);
    expect(canEditAction(db, partner, shared)).toBe(false);
    // The views across all actions are not theirs.
    expect(() => getReturnsGap(db, partner)).toThrowError(Forbidden);
    expect(() => getBudgetConsolidation(db, partner)).toThrowError(Forbidden);
    expect(() => getCompetencyMatrix(db, partner, 'type', 'fr')).toThrowError(Forbidden);
    expect(() => getBlindSpots(db, partner, 'fr')).toThrowError(Forbidden);
  });

  it('never reads or links another workspace’s rows', () => {
    const a = setUp('alpha');
    const b = setUp('bravo');
    const bAction = create(b.ws, { title: 'Secret', partnerIds: [b.nioro] });
    const bCustom = db.transaction((tx) =>
      createCustomCompetency(tx, b.ws.ctx('editor'), { title: 'Compétence B', domain: 'culture', nature: 'optional', reference: null, note: null }),
    ).data.ref;
    expect(() => getExternalAction(db, a.ws.ctx('admin'), bAction)).toThrowError(NotFound);
    expect(listExternalActions(db, a.ws.ctx('admin'), ExternalActionFilter.parse({})).total).toBe(0);
    const before = databaseFingerprint();
    expect(() => create(a.ws, { title: 'Intrusion', partnerIds: [b.nioro] })).toThrowError(NotFound);
    expect(() => create(a.ws, { title: 'Intrusion', departments: [{ departmentId: b.social, mode: 'lead' }] })).toThrowError(NotFound);
    expect(() => create(a.ws, { title: 'Intrusion', budgetLines: [{ year: 2025, amount: 1, fundingSource: 'eu', departmentId: b.culture }] })).toThrowError(
      NotFound,
    );
    expect(() => create(a.ws, { title: 'Intrusion', competencies: [{ ref: bCustom, reason: 'Compétence empruntée.' }] })).toThrowError(NotFound);
    expect(() => observe(a.ws, { actionId: bAction, category: 'economic' })).toThrowError(NotFound);
    expect(() => update(a.ws, { ...formValues(b.ws, bAction), title: 'Détourné' })).toThrowError(NotFound);
    expect(databaseFingerprint()).toEqual(before);
  });
});
