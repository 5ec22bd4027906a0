import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db, rawSqlite } from '@/db/client';
import { actorRelations, actors, auditLog, censusLinks, censusResponses } from '@/db/schema';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { insertActor } from '@/lib/actors/queries';
import { ActorInput } from '@/lib/actors/schemas';
import { NotFound } from '@/lib/errors';
import { createCensusLink, findPublicCensusLink, listCensusLinks, listPendingResponses, setCensusLinkOpen } from './queries';
import { CENSUS_MAX_LINKS, todayInFrance, type CensusSubmissionValues } from './schemas';
import { CENSUS_RATE_LIMIT, processCensusSubmission } from './submit';
import '@/lib/census/actions';

type Ws = ReturnType<typeof makeWorkspace>;
const action = (name: string) => workspaceActionRegistry.find((d) => d.name === name)!;

function openLink(ws: Ws, closesAt: string | null = null) {
  return db.transaction((tx) => createCensusLink(tx, ws.ctx('editor'), { title: 'Recensement 2026', closesAt })).data;
}

let addressCounter = 0;
/** A fresh address per call unless given, so that the rate limit only bites where a test wants it. */
function submit(raw: unknown, address = `198.51.100.${++addressCounter}`, now = new Date()) {
  return processCensusSubmission(raw, { address, locale: 'fr' }, now);
}

function answer(token: string, overrides: Partial<CensusSubmissionValues> = {}): CensusSubmissionValues {
  return {
    token,
    homepage: '',
    organisation: 'Association Argence–Thiès Solidarité',
    category: 'association',
    city: 'Argence-la-Ville',
    description: 'Forages et échanges scolaires depuis 2004.',
    contactName: 'Fatou Sarr',
    contactRole: 'Présidente',
    contactEmail: 'fatou.sarr@example.org',
    contactPhone: '+33 6 00 00 00 00',
    consent: true,
    links: [
      {
        country: 'SN',
        partner: 'Commune de Thiès-Nord',
        kind: 'partnership',
        frequency: 'several_per_year',
        potential: 'Accueil de jeunes en service civique',
      },
      { country: 'sn', partner: 'Lycée Malick Sy', kind: 'twinning', frequency: 'yearly', potential: '' },
      { country: 'BE', partner: 'Réseau Eau Wallonie', kind: 'membership', frequency: 'continuous' },
    ],
    ...overrides,
  };
}

function responsesOf(ws: Ws) {
  return db.select().from(censusResponses).where(eq(censusResponses.workspaceId, ws.id)).all();
}

describe('census links', () => {
  it('opens a link with an unguessable token, audited; the public side learns only the title and authority name', () => {
    const ws = makeWorkspace('alpha');
    const { id, token } = openLink(ws);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(openLink(ws).token).not.toBe(token);
    expect(findPublicCensusLink(db, token)).toEqual({ status: 'open', title: 'Recensement 2026', authorityName: 'Collectivité alpha' });
    expect(findPublicCensusLink(db, 'x'.repeat(43))).toEqual({ status: 'unknown' });
    const result = executeWorkspaceAction(action('census.createLink'), ws.people.editor.id, ws.id, { title: 'Deuxième vague', closesAt: '' });
    expect(result.ok).toBe(true);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'censusLink.create')).all()).toHaveLength(1);
    expect(listCensusLinks(db, ws.ctx('editor')).map((l) => [l.title, l.status])).toEqual(
      expect.arrayContaining([
        ['Recensement 2026', 'open'],
        ['Deuxième vague', 'open'],
      ]),
    );
    expect(id).toBeTruthy();
  });

  it('refuses a closing date in the past', () => {
    const ws = makeWorkspace('alpha');
    const result = executeWorkspaceAction(action('census.createLink'), ws.people.editor.id, ws.id, { title: 'Trop tard', closesAt: '2000-01-01' });
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { closesAt: 'censusClosesInPast' } });
  });

  it('only census managers handle links; another workspace cannot touch them, even by id', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const { id } = openLink(b);
    const def = action('census.setLinkOpen');
    const before = databaseFingerprint();
    expect(executeWorkspaceAction(def, a.people.admin.id, b.id, { id, open: false })).toMatchObject({ ok: false, code: 'not_found' });
    expect(executeWorkspaceAction(def, a.people.admin.id, a.id, { id, open: false })).toMatchObject({ ok: false, code: 'not_found' });
    expect(executeWorkspaceAction(def, b.people.contributor.id, b.id, { id, open: false })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(() => db.transaction((tx) => setCensusLinkOpen(tx, a.ctx('admin'), { id, open: false }))).toThrowError(NotFound);
    expect(databaseFingerprint()).toEqual(before);
  });
});

describe('the public questionnaire', () => {
  it('stores a valid answer as pending, scoped to the link’s workspace, without the token or the trap', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const { token, id: linkId } = openLink(a);
    expect(submit(answer(token))).toEqual({ ok: true, data: null });
    const [stored] = responsesOf(a);
    expect(stored).toMatchObject({ status: 'pending', linkId, actorId: null });
    expect(stored!.payload).not.toHaveProperty('token');
    expect(stored!.payload).not.toHaveProperty('homepage');
    expect(stored!.payload).toMatchObject({
      organisation: 'Association Argence–Thiès Solidarité',
      links: [{ country: 'SN' }, { country: 'SN' }, { country: 'BE' }],
    });
    expect(responsesOf(b)).toHaveLength(0);
    // The audit entry says an answer arrived, by nobody in particular, with no personal data.
    const entry = db.select().from(auditLog).where(eq(auditLog.action, 'censusResponse.submit')).get()!;
    expect(entry).toMatchObject({ workspaceId: a.id, userId: null, entityType: 'censusResponse' });
    expect(JSON.stringify(entry.changes)).not.toContain('fatou');
  });

  it('refuses a closed link, an expired link and an unknown token, storing nothing', () => {
    const ws = makeWorkspace('alpha');
    const closed = openLink(ws);
    db.transaction((tx) => setCensusLinkOpen(tx, ws.ctx('editor'), { id: closed.id, open: false }));
    const today = todayInFrance();
    const expiring = openLink(ws, today);
    const tomorrow = new Date(Date.now() + 36 * 3600_000);
    expect(findPublicCensusLink(db, closed.token)).toMatchObject({ status: 'closed', authorityName: 'Collectivité alpha' });
    expect(findPublicCensusLink(db, expiring.token)).toMatchObject({ status: 'open' });
    expect(findPublicCensusLink(db, expiring.token, tomorrow)).toMatchObject({ status: 'expired' });

    expect(submit(answer(closed.token))).toMatchObject({ ok: false, code: 'invalid', message: 'censusLinkClosed' });
    expect(submit(answer(expiring.token), undefined, tomorrow)).toMatchObject({ ok: false, code: 'invalid', message: 'censusLinkExpired' });
    expect(submit(answer('u'.repeat(43)))).toMatchObject({ ok: false, code: 'not_found', message: 'censusLinkUnknown' });
    expect(responsesOf(ws)).toHaveLength(0);
    // Reopened, the link takes answers again.
    db.transaction((tx) => setCensusLinkOpen(tx, ws.ctx('editor'), { id: closed.id, open: true }));
    expect(submit(answer(closed.token)).ok).toBe(true);
  });

  it('pretends success to a robot that fills the trap, and stores nothing', () => {
    const ws = makeWorkspace('alpha');
    const { token } = openLink(ws);
    expect(submit(answer(token, { homepage: 'http://spam.example' }))).toEqual({ ok: true, data: null });
    expect(submit({ ...answer(token), homepage: 'x', organisation: '' })).toEqual({ ok: true, data: null });
    expect(responsesOf(ws)).toHaveLength(0);
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'censusResponse.submit')).all()).toHaveLength(0);
  });

  it('limits answers per address: the eleventh in an hour is refused, other addresses are not affected', () => {
    const ws = makeWorkspace('alpha');
    const { token } = openLink(ws);
    const t0 = new Date('2026-11-26T10:00:00Z');
    for (let i = 0; i < CENSUS_RATE_LIMIT.max; i++) expect(submit(answer(token), '203.0.113.9', t0).ok).toBe(true);
    expect(submit(answer(token), '203.0.113.9', t0)).toMatchObject({ ok: false, code: 'forbidden', message: 'censusTooManyAnswers' });
    // Even a robot's trapped answer counts, and does not reset anything.
    expect(submit(answer(token, { homepage: 'x' }), '203.0.113.9', t0)).toMatchObject({ ok: false, message: 'censusTooManyAnswers' });
    expect(submit(answer(token), '203.0.113.10', t0).ok).toBe(true);
    const later = new Date(t0.getTime() + CENSUS_RATE_LIMIT.windowMs + 1);
    expect(submit(answer(token), '203.0.113.9', later).ok).toBe(true);
    expect(responsesOf(ws)).toHaveLength(CENSUS_RATE_LIMIT.max + 2);
  });

  it('refuses oversized answers, too many links and invalid fields with messages per field', () => {
    const ws = makeWorkspace('alpha');
    const { token } = openLink(ws);
    expect(submit(answer(token, { description: 'x'.repeat(30_000) }))).toMatchObject({ ok: false, message: 'censusTooLarge' });
    const eleven = Array.from({ length: CENSUS_MAX_LINKS + 1 }, (_, i) => ({
      country: 'SN',
      partner: `Partenaire ${i}`,
      kind: 'partnership',
      frequency: 'yearly',
    }));
    expect(submit(answer(token, { links: eleven as CensusSubmissionValues['links'] }))).toMatchObject({ ok: false, fieldErrors: { links: 'tooMany' } });
    const bad = submit(
      answer(token, {
        organisation: 'X',
        category: 'embassy' as never,
        city: ' ',
        contactEmail: 'not-an-email',
        links: [{ country: 'ZZ', partner: '', kind: 'supervision' as never, frequency: 'yearly' }],
      }),
    );
    expect(bad).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: {
        organisation: 'censusOrganisationLength',
        category: 'censusChoose',
        city: 'censusCityRequired',
        contactEmail: 'emailFormat',
        'links.0.country': 'countryCode',
        'links.0.partner': 'censusPartnerRequired',
        'links.0.kind': 'censusChoose',
      },
    });
    expect(submit(answer(token, { links: [] }))).toMatchObject({ ok: false, fieldErrors: { links: 'censusLinksRequired' } });
    expect(responsesOf(ws)).toHaveLength(0);
  });

  it('keeps contact details only with consent', () => {
    const ws = makeWorkspace('alpha');
    const { token } = openLink(ws);
    expect(submit(answer(token, { consent: false }))).toMatchObject({ ok: false, fieldErrors: { consent: 'censusConsentRequired' } });
    const anonymous = answer(token, { consent: false, contactName: '', contactRole: '', contactEmail: '', contactPhone: '' });
    expect(submit(anonymous).ok).toBe(true);
    expect(responsesOf(ws)[0]!.payload).toMatchObject({ contactName: null, contactEmail: null, consent: false });
  });
});

describe('moderation', () => {
  function pendingAnswer(ws: Ws, overrides: Partial<CensusSubmissionValues> = {}) {
    const { token } = openLink(ws);
    expect(submit(answer(token, overrides)).ok).toBe(true);
    return listPendingResponses(db, ws.ctx('editor')).at(-1)!;
  }

  function seed(ws: Ws, input: Partial<ActorInput> & { name: string; category: ActorInput['category'] }) {
    return db.transaction((tx) => insertActor(tx, ws.ctx('editor'), ActorInput.parse(input)));
  }

  it('accept creates the actor in the home country, its partners abroad and the relations; reuses a known partner', () => {
    const ws = makeWorkspace('alpha');
    const known = seed(ws, { name: 'Commune de Thies Nord', category: 'partner_authority', country: 'SN' });
    const response = pendingAnswer(ws);
    expect(response.suggestions).toEqual([]);
    const result = executeWorkspaceAction(action('census.accept'), ws.people.editor.id, ws.id, {
      id: response.id,
      mode: 'create',
      links: [
        { partnerCategory: 'partner_authority', relationType: 'partnership' },
        { partnerCategory: 'international_org', relationType: 'coordination' },
        { partnerCategory: 'network', relationType: 'membership' },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const actorId = (result.data as { actorId: string }).actorId;
    const created = db.select().from(actors).where(eq(actors.id, actorId)).get()!;
    expect(created).toMatchObject({
      name: 'Association Argence–Thiès Solidarité',
      category: 'association',
      family: 'territorial',
      country: 'FR',
      city: 'Argence-la-Ville',
      contactName: 'Fatou Sarr',
      contactEmail: 'fatou.sarr@example.org',
    });
    expect(created.links).toContain('Forages et échanges scolaires');
    expect(created.links).toContain('Commune de Thiès-Nord (SN) — Accueil de jeunes en service civique');

    const partners = db
      .select()
      .from(actors)
      .where(and(eq(actors.workspaceId, ws.id), eq(actors.family, 'external')))
      .all();
    expect(partners.map((p) => [p.name, p.category, p.country]).sort()).toEqual([
      ['Commune de Thies Nord', 'partner_authority', 'SN'],
      ['Lycée Malick Sy', 'international_org', 'SN'],
      ['Réseau Eau Wallonie', 'network', 'BE'],
    ]);
    const relations = db.select().from(actorRelations).where(eq(actorRelations.sourceId, actorId)).all();
    expect(relations.map((r) => [r.targetId === known ? 'known' : 'new', r.type, r.strength]).sort()).toEqual([
      ['known', 'partnership', 4],
      ['new', 'coordination', 3],
      ['new', 'membership', 5],
    ]);
    const moderated = db.select().from(censusResponses).where(eq(censusResponses.id, response.id)).get()!;
    expect(moderated).toMatchObject({ status: 'accepted', actorId, moderatedBy: ws.people.editor.id });
    // The contact now lives on the actor only, where it can be exported or erased.
    expect(moderated.payload).toMatchObject({ contactName: null, contactEmail: null, contactPhone: null });
    const audit = db
      .select()
      .from(auditLog)
      .where(eq(auditLog.workspaceId, ws.id))
      .all()
      .map((e) => e.action);
    expect(audit.filter((a) => a === 'censusResponse.accept')).toHaveLength(1);
    expect(audit.filter((a) => a === 'actor.create')).toHaveLength(3);
    expect(listPendingResponses(db, ws.ctx('editor'))).toHaveLength(0);
  });

  it('accept can merge into a suggested actor: empty fields are completed, nothing is overwritten', () => {
    const ws = makeWorkspace('alpha');
    const existing = seed(ws, {
      name: 'Association Argence Thiès Solidarité',
      category: 'association',
      country: 'FR',
      links: 'Connue du service depuis 2010.',
      contactName: 'Jean Dupont',
      contactEmail: 'jean@example.org',
    });
    const response = pendingAnswer(ws);
    expect(response.suggestions.map((s) => s.id)).toEqual([existing]);
    const before = db.select().from(actors).where(eq(actors.workspaceId, ws.id)).all().length;
    const result = executeWorkspaceAction(action('census.accept'), ws.people.admin.id, ws.id, { id: response.id, mode: 'merge', actorId: existing });
    expect(result).toMatchObject({ ok: true, data: { actorId: existing } });
    const merged = db.select().from(actors).where(eq(actors.id, existing)).get()!;
    expect(merged).toMatchObject({ city: 'Argence-la-Ville', contactName: 'Jean Dupont', contactEmail: 'jean@example.org', category: 'association' });
    expect(merged.links).toMatch(/^Connue du service depuis 2010\.\nForages/);
    // Three partners created (none existed), no new actor for the stakeholder itself.
    expect(db.select().from(actors).where(eq(actors.workspaceId, ws.id)).all()).toHaveLength(before + 3);
    const relations = db.select().from(actorRelations).where(eq(actorRelations.sourceId, existing)).all();
    expect(relations.map((r) => r.type).sort()).toEqual(['membership', 'partnership', 'twinning']);
  });

  it('merge needs a target actor of the same workspace', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const foreign = seed(b, { name: 'Association Argence Thiès Solidarité', category: 'association' });
    const response = pendingAnswer(a);
    const def = action('census.accept');
    const before = databaseFingerprint();
    expect(executeWorkspaceAction(def, a.people.editor.id, a.id, { id: response.id, mode: 'merge' })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { actorId: 'censusChooseActor' },
    });
    expect(executeWorkspaceAction(def, a.people.editor.id, a.id, { id: response.id, mode: 'merge', actorId: foreign })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(databaseFingerprint()).toEqual(before);
  });

  it('reject drops the personal data; an answer is moderated only once', () => {
    const ws = makeWorkspace('alpha');
    const response = pendingAnswer(ws);
    const reject = action('census.reject');
    expect(executeWorkspaceAction(reject, ws.people.editor.id, ws.id, { id: response.id }).ok).toBe(true);
    const row = db.select().from(censusResponses).where(eq(censusResponses.id, response.id)).get()!;
    expect(row).toMatchObject({ status: 'rejected', actorId: null });
    expect(row.payload).toMatchObject({ organisation: 'Association Argence–Thiès Solidarité', contactName: null, contactEmail: null });
    expect(db.select().from(actors).where(eq(actors.workspaceId, ws.id)).all()).toHaveLength(0);
    expect(executeWorkspaceAction(reject, ws.people.editor.id, ws.id, { id: response.id })).toMatchObject({ ok: false, code: 'conflict' });
    expect(executeWorkspaceAction(action('census.accept'), ws.people.editor.id, ws.id, { id: response.id, mode: 'create' })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'censusResponse.reject')).all()).toHaveLength(1);
  });

  it('another workspace gets not_found for answers, by id or through its own workspace; roles without census.manage are forbidden', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const response = pendingAnswer(b);
    const before = databaseFingerprint();
    for (const name of ['census.accept', 'census.reject']) {
      const input = { id: response.id, mode: 'create' };
      expect(executeWorkspaceAction(action(name), a.people.admin.id, b.id, input)).toMatchObject({ ok: false, code: 'not_found' });
      expect(executeWorkspaceAction(action(name), a.people.admin.id, a.id, input)).toMatchObject({ ok: false, code: 'not_found' });
      for (const role of ['contributor', 'reviewer', 'partner'] as const) {
        expect(executeWorkspaceAction(action(name), b.people[role].id, b.id, input)).toMatchObject({ ok: false, code: 'forbidden' });
      }
    }
    expect(listPendingResponses(db, a.ctx('editor'))).toHaveLength(0);
    expect(databaseFingerprint()).toEqual(before);
    expect(db.select().from(censusLinks).where(eq(censusLinks.workspaceId, a.id)).all()).toHaveLength(0);
  });
});

describe('a full disk', () => {
  it('the public form says the server could not save, and an answer is stored whole or not at all', () => {
    const ws = makeWorkspace('fulldisk-census');
    const link = openLink(ws);
    // SQLite's own limit on the file's pages: once the free space in its pages is used, the next
    // write fails with SQLITE_FULL, as when the disk has no space left.
    rawSqlite().pragma(`max_page_count = ${rawSqlite().pragma('page_count', { simple: true }) as number}`);
    let accepted = 0;
    let refused: ReturnType<typeof submit> | null = null;
    try {
      for (let i = 0; i < 500 && !refused; i++) {
        const result = submit(answer(link.token, { organisation: `Association n° ${i}` }));
        if (result.ok) accepted++;
        else refused = result;
      }
    } finally {
      rawSqlite().pragma('max_page_count = 1073741823');
    }
    expect(refused).toEqual({ ok: false, code: 'unavailable', message: 'diskFull' });
    expect(responsesOf(ws)).toHaveLength(accepted);
    expect(rawSqlite().pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
