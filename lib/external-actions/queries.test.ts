import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memberships, observedReturns, workspaces } from '@/db/schema';
import type { AuthorityLevel } from '@/db/schema/workspaces';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { loadMemberContext } from '@/lib/auth/session';
import { Conflict, Forbidden, Invalid, NotFound } from '@/lib/errors';
import { ActorInput } from '@/lib/actors/schemas';
import { createActor } from '@/lib/actors/queries';
import { createCustomCompetency } from '@/lib/competencies/queries';
import { createDepartment, addDepartmentBudgetLine } from '@/lib/departments/queries';
import { DepartmentInput } from '@/lib/departments/schemas';
import { ExternalActionFilter, ExternalActionInput, ObservedReturnInput, UpdateExternalActionInput, type ExternalActionFormValues } from './schemas';
import {
  BUDGET_DEPARTMENT_LINES,
  BUDGET_NONE,
  canEditAction,
  createExternalAction,
  getBlindSpots,
  getBudgetConsolidation,
  getCompetencyMatrix,
  getExternalAction,
  getExternalActionDetail,
  getReturnsGap,
  listExternalActions,
  recordObservedReturn,
  updateExternalAction,
} from './queries';
import './actions';

type Ws = ReturnType<typeof makeWorkspace>;

function setLevel(ws: Ws, level: AuthorityLevel) {
  db.update(workspaces).set({ level }).where(eq(workspaces.id, ws.id)).run();
}

function actor(ws: Ws, name: string, category: string, country?: string) {
  return db.transaction((tx) => createActor(tx, ws.ctx('editor'), ActorInput.parse({ name, category, country, influence: 3, interest: 3 }))).data.id;
}

function department(ws: Ws, name: string, pointPersonUserId: string | null = null) {
  return db.transaction((tx) => createDepartment(tx, ws.ctx('editor'), DepartmentInput.parse({ name, pointPersonUserId, languages: ['fr'] }))).data.id;
}

function create(ws: Ws, values: Partial<ExternalActionFormValues> & { title: string }, role: 'editor' | 'contributor' | 'admin' = 'editor') {
  const input = ExternalActionInput.parse({ type: 'decentralised_cooperation', status: 'running', ...values });
  return db.transaction((tx) => createExternalAction(tx, ws.ctx(role), input)).data.id;
}

function formValues(ws: Ws, id: string): ExternalActionFormValues & { id: string; version: number } {
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

function update(ws: Ws, values: ExternalActionFormValues & { id: string; version: number }, role: 'editor' | 'contributor' = 'editor') {
  return db.transaction((tx) => updateExternalAction(tx, ws.ctx(role), UpdateExternalActionInput.parse(values)));
}

function observe(ws: Ws, values: Record<string, unknown>, role: 'editor' | 'contributor' = 'editor') {
  return db.transaction((tx) =>
    recordObservedReturn(
      tx,
      ws.ctx(role),
      ObservedReturnInput.parse({ description: 'Constat', evidence: 'Compte rendu', observedOn: '2025-05-01', ...values }),
    ),
  ).data.id;
}

/** A workspace with a partner authority, a territorial actor and two departments, the contributor pointing one. */
function setUp(slug = 'alpha') {
  const ws = makeWorkspace(slug);
  setLevel(ws, 'departement');
  const nioro = actor(ws, 'Commune de Nioro', 'partner_authority', 'SN');
  const lindenau = actor(ws, 'Landkreis Lindenau', 'partner_authority', 'DE');
  const school = actor(ws, 'Collège Jean-Moulin', 'school', 'FR');
  const culture = department(ws, 'Culture', ws.people.contributor.id);
  const social = department(ws, 'Action sociale');
  return { ws, nioro, lindenau, school, culture, social };
}

describe('external actions: writing and reading', () => {
  it('creates an action with partners, countries, departments, competencies, SDGs, budget and expected returns', () => {
    const { ws, nioro, school, culture, social } = setUp();
    const id = create(ws, {
      title: '  Coopération santé à Nioro ',
      rationales: ['solidarity', 'exchange', 'solidarity'],
      countries: ['sn'],
      partnerIds: [nioro],
      actorIds: [school],
      departments: [
        { departmentId: social, mode: 'lead' },
        { departmentId: culture, mode: 'informed' },
      ],
      competencies: [{ ref: 'departement.pmi', reason: 'Les puéricultrices partagent leurs protocoles.' }],
      sdgs: ['5', '3', '3'],
      budgetLines: [
        { year: '2025', amount: '12 500,50', fundingSource: 'own_funds', departmentId: social },
        { year: 2026, amount: 4000, fundingSource: 'foreign_ministry', departmentId: '' },
      ],
      expectedReturns: [{ category: 'economic', description: 'Débouchés pour les fournisseurs locaux', indicator: 'Contrats', target: '2' }],
    });
    const d = getExternalActionDetail(db, ws.ctx('reviewer'), id);
    expect(d.action).toMatchObject({ title: 'Coopération santé à Nioro', rationales: ['solidarity', 'exchange'], countries: ['SN'], version: 1 });
    expect(d.partners.map((p) => p.name)).toEqual(['Commune de Nioro']);
    expect(d.territorialActors.map((p) => p.name)).toEqual(['Collège Jean-Moulin']);
    expect(d.departments.map((x) => [x.name, x.mode])).toEqual([
      ['Action sociale', 'lead'],
      ['Culture', 'informed'],
    ]);
    expect(d.competencies).toMatchObject([{ ref: 'departement.pmi', reason: 'Les puéricultrices partagent leurs protocoles.' }]);
    expect(d.sdgs).toEqual([3, 5]);
    expect(d.budgetLines.map((l) => [l.year, l.amountCents, l.departmentName])).toEqual([
      [2025, 1_250_050, 'Action sociale'],
      [2026, 400_000, null],
    ]);
    expect(d.expected).toMatchObject([{ category: 'economic', indicator: 'Contrats', target: '2' }]);
    expect(d.canEdit).toBe(false);
  });

  it('filters, searches without accents, sorts by budget and paginates in SQL', () => {
    const { ws, nioro, lindenau, culture, social } = setUp();
    create(ws, {
      title: 'Coopération Nioro',
      partnerIds: [nioro],
      countries: ['SN'],
      departments: [{ departmentId: social, mode: 'lead' }],
      rationales: ['solidarity'],
    });
    create(ws, {
      title: 'Jumelage Lindenau',
      type: 'twinning',
      partnerIds: [lindenau],
      countries: ['DE'],
      departments: [{ departmentId: culture, mode: 'co_construction' }],
      competencies: [{ ref: 'departement.colleges', reason: 'Échanges de collégiens.' }],
      budgetLines: [{ year: 2025, amount: 9000, fundingSource: 'own_funds' }],
    });
    create(ws, {
      title: 'Salon du tourisme',
      type: 'promotion_abroad',
      status: 'finished',
      budgetLines: [{ year: 2025, amount: 20000, fundingSource: 'own_funds' }],
    });
    const titles = (f: Record<string, unknown>) => listExternalActions(db, ws.ctx('reviewer'), ExternalActionFilter.parse(f)).rows.map((r) => r.title);
    expect(titles({})).toEqual(['Coopération Nioro', 'Jumelage Lindenau', 'Salon du tourisme']);
    expect(titles({ q: 'cooperation' })).toEqual(['Coopération Nioro']);
    expect(titles({ type: 'twinning' })).toEqual(['Jumelage Lindenau']);
    expect(titles({ status: 'finished' })).toEqual(['Salon du tourisme']);
    expect(titles({ country: 'de' })).toEqual(['Jumelage Lindenau']);
    expect(titles({ department: social })).toEqual(['Coopération Nioro']);
    expect(titles({ partner: nioro })).toEqual(['Coopération Nioro']);
    expect(titles({ rationale: 'solidarity' })).toEqual(['Coopération Nioro']);
    expect(titles({ competency: 'departement.colleges' })).toEqual(['Jumelage Lindenau']);
    expect(titles({ competency: 'none' })).toEqual(['Coopération Nioro', 'Salon du tourisme']);
    expect(titles({ sort: 'budget', dir: 'desc' })).toEqual(['Salon du tourisme', 'Jumelage Lindenau', 'Coopération Nioro']);
    expect(titles({ type: 'spaceship', country: 'ZZ' })).toHaveLength(3);
    const page = listExternalActions(db, ws.ctx('reviewer'), ExternalActionFilter.parse({ size: 10, page: 1 }));
    expect(page.total).toBe(3);
    const row = page.rows.find((r) => r.title === 'Jumelage Lindenau')!;
    expect(row).toMatchObject({ budgetCents: 900_000, competencyCount: 1, partnerNames: 'Landkreis Lindenau', leadDepartments: null, departmentCount: 1 });
  });

  it('keeps saved expected returns (and the observations answering them) across edits', () => {
    const { ws, social } = setUp();
    const id = create(ws, {
      title: 'Action',
      departments: [{ departmentId: social, mode: 'lead' }],
      expectedReturns: [
        { category: 'networking', description: 'Mise en réseau' },
        { category: 'economic', description: 'Contrats' },
      ],
    });
    const [networking, economic] = getExternalActionDetail(db, ws.ctx('admin'), id).expected;
    observe(ws, { actionId: id, expectedReturnId: networking!.id, category: 'networking' });
    const economicAnswer = observe(ws, { actionId: id, expectedReturnId: economic!.id, category: 'economic' });
    const values = formValues(ws, id);
    // Rewording the first, dropping the second, adding a third.
    update(ws, {
      ...values,
      expectedReturns: [
        { ...values.expectedReturns![0]!, description: 'Mise en réseau des associations' },
        { category: 'visibility', description: 'Visibilité' },
      ],
    });
    const after = getExternalActionDetail(db, ws.ctx('admin'), id);
    expect(after.action.version).toBe(2);
    expect(after.expected.map((e) => [e.id === networking!.id, e.description])).toEqual([
      [true, 'Mise en réseau des associations'],
      [false, 'Visibilité'],
    ]);
    expect(after.observed.find((o) => o.expectedReturnId === networking!.id)).toBeDefined();
    // The observation that answered the dropped return is now unexpected, not lost.
    expect(db.select().from(observedReturns).where(eq(observedReturns.id, economicAnswer)).get()?.expectedReturnId).toBeNull();
  });

  it('refuses an edit made on a stale version and writes nothing (no lost update)', () => {
    const { ws, social } = setUp();
    const id = create(ws, { title: 'Action', departments: [{ departmentId: social, mode: 'lead' }] });
    const stale = formValues(ws, id);
    update(ws, { ...stale, title: 'Première modification' });
    const before = databaseFingerprint();
    expect(() => update(ws, { ...stale, title: 'Seconde modification' })).toThrowError(Conflict);
    expect(databaseFingerprint()).toEqual(before);
    expect(getExternalAction(db, ws.ctx('admin'), id).title).toBe('Première modification');
  });

  it('checks observed returns: the expected one must be of this action and of the same category', () => {
    const { ws, social } = setUp();
    const a = create(ws, {
      title: 'Action A',
      departments: [{ departmentId: social, mode: 'lead' }],
      expectedReturns: [{ category: 'economic', description: 'Contrats' }],
    });
    const b = create(ws, { title: 'Action B', departments: [{ departmentId: social, mode: 'lead' }] });
    const expectedA = getExternalActionDetail(db, ws.ctx('admin'), a).expected[0]!.id;
    expect(() => observe(ws, { actionId: a, expectedReturnId: expectedA, category: 'visibility' })).toThrowError(Invalid);
    expect(() => observe(ws, { actionId: b, expectedReturnId: expectedA, category: 'economic' })).toThrowError(NotFound);
    expect(ObservedReturnInput.safeParse({ actionId: a, category: 'economic', description: 'x', evidence: 'y', observedOn: '2999-01-01' }).success).toBe(false);
    observe(ws, { actionId: a, expectedReturnId: expectedA, category: 'economic' });
    observe(ws, { actionId: a, category: 'cultural_opening' });
    const d = getExternalActionDetail(db, ws.ctx('reviewer'), a);
    expect(d.observed.map((o) => [o.category, o.expectedReturnId === expectedA])).toEqual(
      expect.arrayContaining([
        ['economic', true],
        ['cultural_opening', false],
      ]),
    );
  });

  it('refuses bad input with field errors in the person’s language and changes nothing', () => {
    const { ws } = setUp();
    const def = workspaceActionRegistry.find((d) => d.name === 'externalActions.create')!;
    const before = databaseFingerprint();
    const result = executeWorkspaceAction(def, ws.people.editor.id, ws.id, {
      title: 'x',
      type: 'war',
      status: 'running',
      startDate: '2026-05-01',
      endDate: '2025-01-01',
      countries: ['XX'],
      sdgs: ['18'],
      departments: [{ departmentId: '', mode: 'lead' }],
      competencies: [{ ref: 'region.lycees', reason: 'ok' }],
      budgetLines: [{ year: 1800, amount: '-3', fundingSource: 'lottery' }],
      expectedReturns: [{ category: 'happiness', description: '' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(
        [
          'budgetLines.0.amount',
          'budgetLines.0.fundingSource',
          'budgetLines.0.year',
          'competencies.0.reason',
          'countries',
          'departments.0.departmentId',
          'expectedReturns.0.category',
          'expectedReturns.0.description',
          'sdgs.0',
          'title',
          'type',
        ].sort(),
      );
      expect(result.fieldErrors?.title).toBe('titleLength');
    }
    // Cross-field rules run once the fields themselves are valid.
    const reversed = executeWorkspaceAction(def, ws.people.editor.id, ws.id, {
      title: 'Période',
      type: 'twinning',
      status: 'idea',
      startDate: '2026-05-01',
      endDate: '2025-01-01',
    });
    expect(reversed).toMatchObject({ ok: false, fieldErrors: { endDate: 'dateRangeOrder' } });
    expect(databaseFingerprint()).toEqual(before);
    // A competency of another level's catalogue is refused by the server, with its field.
    const otherLevel = executeWorkspaceAction(def, ws.people.editor.id, ws.id, {
      title: 'Lycées',
      type: 'twinning',
      status: 'idea',
      competencies: [{ ref: 'region.lycees', reason: 'Les lycées relèvent de la Région.' }],
    });
    expect(otherLevel).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { 'competencies.0.ref': 'competencyOtherLevel' } });
    expect(databaseFingerprint()).toEqual(before);
  });
});

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

describe('external actions: views', () => {
  it('consolidates the budget by department, source, competency and year, every view adding up to the same total', () => {
    const { ws, culture, social } = setUp();
    // 1 000 € shared by two competencies, 300 € with none, and a department's own 200 € line.
    create(ws, {
      title: 'Deux compétences',
      departments: [{ departmentId: social, mode: 'lead' }],
      competencies: [
        { ref: 'departement.pmi', reason: 'Protocoles de PMI partagés.' },
        { ref: 'departement.child_welfare', reason: 'Familles d’accueil.' },
      ],
      budgetLines: [
        { year: 2024, amount: 600, fundingSource: 'own_funds', departmentId: social },
        { year: 2025, amount: 400, fundingSource: 'foreign_ministry', departmentId: social },
      ],
    });
    create(ws, { title: 'Sans compétence', budgetLines: [{ year: 2025, amount: 300, fundingSource: 'eu' }] });
    db.transaction((tx) =>
      addDepartmentBudgetLine(tx, ws.ctx('editor'), { departmentId: culture, label: 'Interprétariat', year: 2026, amount: 200, fundingSource: 'own_funds' }),
    );
    const budget = getBudgetConsolidation(db, ws.ctx('reviewer'));
    expect(budget.years).toEqual([2024, 2025, 2026]);
    for (const pivot of [budget.byDepartment, budget.bySource, budget.byCompetency]) {
      expect(pivot.total).toBeCloseTo(1500_00, 6);
      expect(pivot.totalsByYear[2024]).toBeCloseTo(600_00, 6);
      expect(pivot.totalsByYear[2025]).toBeCloseTo(700_00, 6);
      expect(pivot.totalsByYear[2026]).toBeCloseTo(200_00, 6);
    }
    const row = (pivot: typeof budget.byDepartment, key: string) => pivot.rows.find((r) => r.key === key);
    expect(row(budget.byDepartment, social)).toMatchObject({ total: 1000_00, byYear: { 2024: 600_00, 2025: 400_00, 2026: 0 } });
    expect(row(budget.byDepartment, BUDGET_NONE)?.total).toBe(300_00);
    expect(row(budget.byDepartment, culture)?.total).toBe(200_00);
    expect(row(budget.bySource, 'own_funds')?.total).toBe(800_00);
    expect(row(budget.bySource, 'foreign_ministry')?.total).toBe(400_00);
    expect(row(budget.bySource, 'eu')?.total).toBe(300_00);
    expect(row(budget.byCompetency, 'departement.pmi')).toMatchObject({ total: 500_00, byYear: { 2024: 300_00, 2025: 200_00 } });
    expect(row(budget.byCompetency, 'departement.child_welfare')?.total).toBe(500_00);
    expect(row(budget.byCompetency, BUDGET_NONE)?.total).toBe(300_00);
    expect(row(budget.byCompetency, BUDGET_DEPARTMENT_LINES)?.total).toBe(200_00);
  });

  it('computes the returns gap from the database: share of expected returns ever observed, unexpected ones, actions that wrote nothing', () => {
    const { ws } = setUp();
    const a = create(ws, {
      title: 'Action A',
      expectedReturns: [
        { category: 'economic', description: 'Contrats' },
        { category: 'economic', description: 'Emplois' },
        { category: 'networking', description: 'Réseau' },
      ],
    });
    create(ws, { title: 'B (rien d’écrit)' });
    const [contracts, , network] = getExternalActionDetail(db, ws.ctx('admin'), a).expected;
    observe(ws, { actionId: a, expectedReturnId: network!.id, category: 'networking' });
    observe(ws, { actionId: a, expectedReturnId: network!.id, category: 'networking' });
    observe(ws, { actionId: a, category: 'cultural_opening' });
    const gap = getReturnsGap(db, ws.ctx('reviewer'));
    expect(gap.rows.find((r) => r.category === 'economic')).toMatchObject({ expected: 2, met: 0, share: 0, observed: 0 });
    expect(gap.rows.find((r) => r.category === 'networking')).toMatchObject({ expected: 1, met: 1, share: 1, observed: 2, unexpected: 0 });
    expect(gap.rows.find((r) => r.category === 'cultural_opening')).toMatchObject({ expected: 0, share: null, observed: 1, unexpected: 1 });
    expect(gap.overall).toMatchObject({ expected: 3, met: 1, observed: 3, unexpected: 1 });
    expect(gap.overall.share).toBeCloseTo(1 / 3);
    expect(gap.actions).toEqual({ total: 2, withExpected: 1, withObserved: 1 });
    expect(contracts).toBeDefined();
  });

  it('counts actions per competency and column in the matrix, with the row of actions tied to no competency', () => {
    const { ws, culture, social } = setUp();
    create(ws, {
      title: 'Action A',
      type: 'twinning',
      rationales: ['exchange', 'influence'],
      departments: [{ departmentId: culture, mode: 'lead' }],
      competencies: [{ ref: 'departement.colleges', reason: 'Collégiens.' }],
    });
    create(ws, {
      title: 'Action B',
      type: 'twinning',
      rationales: ['exchange'],
      departments: [{ departmentId: social, mode: 'lead' }],
      competencies: [
        { ref: 'departement.colleges', reason: 'Collégiens.' },
        { ref: 'departement.pmi', reason: 'Suivi prénatal.' },
      ],
    });
    create(ws, { title: 'Action C', type: 'promotion_abroad', rationales: ['attractiveness'] });
    const byType = getCompetencyMatrix(db, ws.ctx('reviewer'), 'type', 'fr');
    const colleges = byType.rows.find((r) => r.competency.ref === 'departement.colleges')!;
    expect(colleges.cells).toEqual({ twinning: 2 });
    expect(colleges.total).toBe(2);
    expect(byType.rows.find((r) => r.competency.ref === 'departement.rsa')).toMatchObject({ cells: {}, total: 0 });
    expect(byType.unlinked).toEqual({ cells: { promotion_abroad: 1 }, total: 1 });
    expect(byType.columnTotals).toEqual({ twinning: 2, promotion_abroad: 1 });
    expect(byType.totalActions).toBe(3);
    expect(byType.max).toBe(2);
    const byRationale = getCompetencyMatrix(db, ws.ctx('reviewer'), 'rationale', 'fr');
    expect(byRationale.rows.find((r) => r.competency.ref === 'departement.colleges')!.cells).toEqual({ exchange: 2, influence: 1 });
    const byDepartment = getCompetencyMatrix(db, ws.ctx('reviewer'), 'department', 'fr');
    expect(byDepartment.rows.find((r) => r.competency.ref === 'departement.pmi')!.cells).toEqual({ [social]: 1 });
    expect(byDepartment.departments.map((d) => d.name)).toEqual(['Action sociale', 'Culture']);
  });

  it('lists departments never mobilised or only ad hoc, actions with no competency and competencies with no action', () => {
    const { ws, culture, social } = setUp();
    const roads = department(ws, 'Routes');
    create(ws, {
      title: 'Avec',
      departments: [{ departmentId: culture, mode: 'lead' }],
      competencies: [{ ref: 'departement.colleges', reason: 'Collégiens.' }],
    });
    create(ws, { title: 'Sans', departments: [{ departmentId: social, mode: 'expertise' }] });
    const spots = getBlindSpots(db, ws.ctx('reviewer'), 'fr');
    expect(spots.departmentsNeverMobilised.map((d) => d.id)).toEqual([roads]);
    expect(spots.departmentsOnlyAdHoc.map((d) => d.id)).toEqual([social]);
    expect(spots.actionsWithoutCompetency.map((a) => a.title)).toEqual(['Sans']);
    expect(spots.competenciesWithoutAction.some((c) => c.ref === 'departement.colleges')).toBe(false);
    expect(spots.competenciesWithoutAction.some((c) => c.ref === 'departement.rsa')).toBe(true);
    expect(spots.totals).toMatchObject({ departments: 3, actions: 2 });
  });
});
