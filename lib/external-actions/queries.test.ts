import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { observedReturns } from '@/db/schema';
import { databaseFingerprint } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { Conflict, Invalid, NotFound } from '@/lib/errors';
import { ExternalActionFilter, ObservedReturnInput } from './schemas';
import { getExternalAction, getExternalActionDetail, listExternalActions } from './queries';
import './actions';
import { create, formValues, update, observe, setUp } from './test-setup';

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
