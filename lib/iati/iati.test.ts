import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { externalActionCompetencies, externalActions, workspaces } from '@/db/schema';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { makeLargeWorkspace } from '@/lib/test/iati-large';
import { seedDemo, DEMO_WORKSPACE_SLUG } from '@/lib/seed/demo';
import { buildIatiXml, countryPercentages } from './build';
import { activityIdentifier, isGeoCode, isSiren, orgRef } from './identifiers';
import { iatiReporter, loadIatiActivities } from './queries';
import { suggestSector, COMPETENCY_SECTORS, isDacSector } from './sectors';
import { centsToDecimal, transactionsOf } from './transactions';
import { validateIati } from './xsd';
import { CATALOGUE } from '@/lib/competencies/catalogue';
import './actions';

const MEMBER = { money: true, partners: true, results: true, labels: true } as const;
const identifiers = workspaceActionRegistry.find((d) => d.name === 'workspace.updateIdentifiers')!;
const setSector = workspaceActionRegistry.find((d) => d.name === 'externalActions.setSector')!;

function exportOf(workspaceId: string, filter = {}) {
  const reporter = iatiReporter(db, workspaceId)!;
  const activities = loadIatiActivities(db, workspaceId, reporter.lang, { ...MEMBER, filter });
  return { reporter, activities, xml: buildIatiXml(reporter, activities) };
}

describe('IATI identifiers and money', () => {
  it('checks a SIREN with its Luhn key and an INSEE geographic code', () => {
    expect(isSiren('229990007')).toBe(true);
    expect(isSiren('217500016')).toBe(true);
    expect(isSiren('217500017')).toBe(false);
    expect(isSiren('21750001')).toBe(false);
    expect(isSiren('21750001a')).toBe(false);
    for (const ok of ['75056', '2A004', '33', '2B', '974']) expect(isGeoCode(ok), ok).toBe(true);
    for (const bad of ['7505', '2C004', '977', 'AB', '']) expect(isGeoCode(bad), bad).toBe(false);
    expect(orgRef('229990007')).toBe('FR-SIRET-229990007');
    expect(activityIdentifier('229990007', 'abc')).toBe('FR-SIRET-229990007-abc');
  });

  it('writes cents exactly and shares countries to exactly 100 %', () => {
    expect(centsToDecimal(123456789)).toBe('1234567.89');
    expect(centsToDecimal(5)).toBe('0.05');
    expect(countryPercentages(3)).toEqual(['33.33', '33.33', '33.34']);
    expect(countryPercentages(1)).toEqual(['100.00']);
    for (let n = 1; n <= 9; n++) expect(countryPercentages(n).reduce((s, p) => s + Math.round(Number(p) * 100), 0)).toBe(10000);
    expect(transactionsOf([{ year: 2026, amountCents: 1001, label: 'Vols' }], { withLabels: false })).toEqual([
      { type: '2', date: '2026-01-01', amountCents: 1001, description: null },
    ]);
    // Co-funders' payments are incoming funds (1) with their provider: one per instalment received,
    // the rest of what was paid on 1 January; the authority's own funds and unpaid lines are not.
    const coFunding = [
      {
        year: 2025,
        funderKind: 'ministry_call' as const,
        funderName: null,
        paidCents: 50_000,
        instalments: [
          { amountCents: 30_000, receivedOn: '2025-03-04' },
          { amountCents: 20_000, receivedOn: null },
        ],
      },
      { year: 2025, funderKind: 'eu_programme' as const, funderName: 'Erasmus+', paidCents: 7_000, instalments: [] },
      { year: 2025, funderKind: 'own' as const, funderName: null, paidCents: 9_000, instalments: [] },
      { year: 2025, funderKind: 'afd' as const, funderName: null, paidCents: 0, instalments: [] },
    ];
    expect(transactionsOf([], { withLabels: true }, coFunding)).toEqual([
      { type: '1', date: '2025-03-04', amountCents: 30_000, description: null, provider: 'Ministère de l’Europe et des Affaires étrangères' },
      { type: '1', date: '2025-01-01', amountCents: 20_000, description: null, provider: 'Ministère de l’Europe et des Affaires étrangères' },
      { type: '1', date: '2025-01-01', amountCents: 7_000, description: null, provider: 'Erasmus+' },
    ]);
    expect(transactionsOf([], { withLabels: false }, coFunding)[2]).toMatchObject({ provider: 'Union européenne' });
  });

  it('suggests a DAC sector from the competencies, every mapped code being a real one', () => {
    const keys = new Set(CATALOGUE.map((c) => c.key.slice(c.key.indexOf('.') + 1)));
    for (const [key, code] of Object.entries(COMPETENCY_SECTORS)) {
      expect(isDacSector(code), `${key} → ${code}`).toBe(true);
      expect(keys.has(key), `${key} is a catalogue competency`).toBe(true);
    }
    expect(suggestSector(['commune.water_sanitation', 'epci.household_waste', 'region.waste_planning'])).toBe('14050');
    expect(suggestSector(['unknown'])).toBe('15112');
  });
});

describe('IATI export', () => {
  it('exports the demo workspace as valid IATI 2.03 (official schema)', async () => {
    seedDemo(db, 'not-a-real-hash');
    const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
    const { activities, xml } = exportOf(ws.id);
    const total = db.select().from(externalActions).where(eq(externalActions.workspaceId, ws.id)).all().length;
    expect(activities.length).toBe(total);
    expect(total).toBeGreaterThan(5);
    const result = await validateIati(xml);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml.match(/<iati-activity /g)?.length).toBe(total);
    expect(xml).toContain('<iati-identifier>FR-SIRET-229990007-');
    expect(xml).toContain('<reporting-org ref="FR-SIRET-229990007" type="11">');
    expect(xml).toMatch(/<tag vocabulary="2" code="\d+"\/>/);
    expect(xml).toMatch(/<budget type="1" status="1">/);
    expect(xml).toMatch(/<transaction>/);
    // The co-financing plans' payments by co-funders, as incoming funds with their provider.
    expect(xml).toContain('<transaction-type code="1"/>');
    expect(xml).toMatch(/<provider-org>\s*<narrative xml:lang="fr">Erasmus\+ Jeunesse \(KA1\)<\/narrative>/);
    const incoming = activities.flatMap((a) => a.transactions.filter((t) => t.type === '1'));
    expect(incoming.find((t) => t.provider === 'Erasmus+ Jeunesse (KA1)')?.amountCents).toBe(2_800_000);
    expect(xml).toMatch(/<result type="2">/);
    expect(xml).toMatch(/<sector vocabulary="1" code="\d{5}" percentage="100"\/>/);
  });

  it('exports a large generated workspace as valid IATI 2.03, and filters by axis and status', async () => {
    const ws = makeLargeWorkspace('large-iati', 400);
    const { activities, xml } = exportOf(ws.id);
    expect(activities.length).toBe(400);
    const result = await validateIati(xml);
    expect(result.errors.slice(0, 5)).toEqual([]);
    expect(result.valid).toBe(true);
    // Escaped, not broken: the titles' & < > and quotes survive.
    expect(xml).toContain('&amp; &lt;échanges&gt;');

    const running = exportOf(ws.id, { status: 'running' }).activities;
    expect(running.length).toBeGreaterThan(0);
    expect(running.length).toBeLessThan(400);
    expect(running.every((a) => a.status === 'running')).toBe(true);
    const onAxis = exportOf(ws.id, { axis: ws.axes[0] }).activities;
    expect(onAxis.length).toBe(80);
    const both = exportOf(ws.id, { axis: ws.axes[0], status: 'running' });
    expect(both.activities.every((a) => a.status === 'running' && onAxis.some((o) => o.id === a.id))).toBe(true);
    expect((await validateIati(both.xml)).valid).toBe(true);

    // What is wrong is caught: the same document without its mandatory activity-status fails.
    const broken = await validateIati(xml.replace(/<activity-status code="\d"\/>/, ''));
    expect(broken.valid).toBe(false);
  }, 60_000);

  it('uses the sector an officer chose, else the one suggested from the competencies', () => {
    const ws = makeLargeWorkspace('sectors', 2);
    const [a, b] = db.select().from(externalActions).where(eq(externalActions.workspaceId, ws.id)).orderBy(externalActions.normalizedTitle).all();
    db.update(externalActions).set({ dacSector: null }).where(eq(externalActions.workspaceId, ws.id)).run();
    db.insert(externalActionCompetencies)
      .values({ id: 'c1', workspaceId: ws.id, actionId: b!.id, catalogueKey: 'commune.water_sanitation', reason: 'eau' })
      .run();
    expect(executeWorkspaceAction(setSector, ws.people.editor.id, ws.id, { actionId: a!.id, sector: '11330' })).toMatchObject({ ok: true });
    const byId = new Map(exportOf(ws.id).activities.map((x) => [x.id, x.sector]));
    expect(byId.get(a!.id)).toBe('11330');
    expect(byId.get(b!.id)).toBe('14020');
  });
});

describe('IATI settings and sector choice, through the action wrapper', () => {
  it('saves a valid SIREN and code, refuses a wrong one with a message and changes nothing', () => {
    const ws = makeWorkspace('ids');
    const before = databaseFingerprint();
    const bad = executeWorkspaceAction(identifiers, ws.people.admin.id, ws.id, { siren: '217500017', geoCode: '2C' });
    expect(bad).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { siren: expect.any(String), geoCode: expect.any(String) } });
    expect(databaseFingerprint()).toEqual(before);
    expect(executeWorkspaceAction(identifiers, ws.people.editor.id, ws.id, { siren: '229990007', geoCode: '75' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(executeWorkspaceAction(identifiers, ws.people.admin.id, ws.id, { siren: '229 990 007', geoCode: '2a' })).toMatchObject({ ok: true });
    const row = db.select().from(workspaces).where(eq(workspaces.id, ws.id)).get()!;
    expect([row.siren, row.geoCode]).toEqual(['229990007', '2A']);
  });

  it('refuses an unknown sector and a reviewer, and changes nothing', () => {
    const ws = makeLargeWorkspace('sector-refusals', 1);
    const action = db.select().from(externalActions).where(eq(externalActions.workspaceId, ws.id)).get()!;
    const before = databaseFingerprint();
    expect(executeWorkspaceAction(setSector, ws.people.editor.id, ws.id, { actionId: action.id, sector: '99999' })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    expect(executeWorkspaceAction(setSector, ws.people.reviewer.id, ws.id, { actionId: action.id, sector: '11330' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    // A contributor whose department does not take part in the action may not choose its sector.
    expect(executeWorkspaceAction(setSector, ws.people.contributor.id, ws.id, { actionId: action.id, sector: '11330' })).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect(databaseFingerprint()).toEqual(before);
  });
});
