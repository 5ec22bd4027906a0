import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, auditLog, memberships } from '@/db/schema';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { loadMemberContext } from '@/lib/auth/session';
import { Conflict, NotFound } from '@/lib/errors';
import { ActorFilter, ActorInput, RelationInput, normalizeName, type ActorFormValues } from './schemas';
import {
  countActorsByCountry,
  createActor,
  createRelation,
  eraseContactData,
  getActor,
  getActorGraph,
  listActorRelations,
  listActors,
  actorFilterValues,
  summarizeActors,
} from './queries';
import './actions';

type Ws = ReturnType<typeof makeWorkspace>;

function add(ws: Ws, values: Partial<ActorFormValues> & { name: string }) {
  const input = ActorInput.parse({ category: 'association', influence: 3, interest: 3, ...values });
  return db.transaction((tx) => createActor(tx, ws.ctx('editor'), input)).data.id;
}

function relate(ws: Ws, values: Record<string, unknown>) {
  return db.transaction((tx) => createRelation(tx, ws.ctx('editor'), RelationInput.parse({ type: 'partnership', strength: 3, ...values })));
}

describe('actors', () => {
  it('filters by family, category, country, tag, theme and accent-insensitive search, within the workspace', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    add(a, { name: 'Lycée Jean-Moulin', category: 'school', country: 'FR', city: 'Montrevel', tags: 'Erasmus+, échanges', themes: 'éducation' });
    add(a, { name: 'Commune de Nioro', category: 'partner_authority', country: 'SN', themes: ['eau', 'santé'] });
    add(a, { name: 'Association Sénégal Solidarité', category: 'association', country: 'FR', tags: ['solidarité'] });
    add(b, { name: 'Lycée de Bravo', category: 'school', country: 'FR' });
    const names = (f: Record<string, unknown>) => listActors(db, a.ctx('reviewer'), ActorFilter.parse(f)).rows.map((r) => r.name);

    expect(names({})).toEqual(['Association Sénégal Solidarité', 'Commune de Nioro', 'Lycée Jean-Moulin']);
    expect(names({ family: 'external' })).toEqual(['Commune de Nioro']);
    expect(names({ category: 'school' })).toEqual(['Lycée Jean-Moulin']);
    expect(names({ country: 'sn' })).toEqual(['Commune de Nioro']);
    expect(names({ tag: 'erasmus+' })).toEqual(['Lycée Jean-Moulin']);
    expect(names({ theme: 'EAU' })).toEqual(['Commune de Nioro']);
    expect(names({ q: 'lycee jean' })).toEqual(['Lycée Jean-Moulin']);
    expect(names({ q: 'senegal' })).toEqual(['Association Sénégal Solidarité']);
    expect(names({ q: 'montrevel' })).toEqual(['Lycée Jean-Moulin']);
    expect(names({ family: 'nonsense', country: 'ZZ' })).toHaveLength(3);
    const values = actorFilterValues(db, a.ctx('editor'));
    expect(values.tags).toEqual(['échanges', 'Erasmus+', 'solidarité']);
    expect(values.countries.sort()).toEqual(['FR', 'SN']);
  });

  it('paginates and sorts on the server', () => {
    const ws = makeWorkspace('alpha');
    for (let i = 0; i < 25; i++) add(ws, { name: `Acteur ${String(i).padStart(2, '0')}`, influence: (i % 5) + 1 });
    const page = (f: Record<string, unknown>) => listActors(db, ws.ctx('editor'), ActorFilter.parse(f));
    const first = page({ size: 10 });
    expect(first.total).toBe(25);
    expect(first.rows.map((r) => r.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Acteur ${String(i).padStart(2, '0')}`));
    expect(page({ size: 10, page: 3 }).rows).toHaveLength(5);
    const byInfluence = page({ sort: 'influence', dir: 'desc', size: 10 }).rows.map((r) => r.influence);
    expect(byInfluence).toEqual([5, 5, 5, 5, 5, 4, 4, 4, 4, 4]);
  });

  it('derives the family from the category and normalises the name', () => {
    const ws = makeWorkspace('alpha');
    const id = add(ws, { name: '  Ambassade de France au Sénégal ', category: 'embassy' });
    const row = getActor(db, ws.ctx('editor'), id);
    expect(row.family).toBe('external');
    expect(row.name).toBe('Ambassade de France au Sénégal');
    expect(row.normalizedName).toBe(normalizeName('ambassade de france au senegal'));
  });

  it('hides every actor from a partner except their own authority', () => {
    const ws = makeWorkspace('alpha');
    const own = add(ws, { name: 'Commune partenaire', category: 'partner_authority', country: 'SN' });
    const other = add(ws, { name: 'Autre acteur' });
    db.update(memberships).set({ actorId: own }).where(eq(memberships.userId, ws.people.partner.id)).run();
    const partner = loadMemberContext(ws.people.partner.id, { id: ws.id });
    expect(getActor(db, partner, own).name).toBe('Commune partenaire');
    expect(() => getActor(db, partner, other)).toThrowError(NotFound);
  });

  it('cannot read an actor of another workspace by id', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const bActor = add(b, { name: 'Secret' });
    expect(() => getActor(db, a.ctx('admin'), bActor)).toThrowError(NotFound);
  });

  it('refuses bad input with field errors and changes nothing', () => {
    const ws = makeWorkspace('alpha');
    const def = workspaceActionRegistry.find((d) => d.name === 'actors.create')!;
    const before = databaseFingerprint();
    const result = executeWorkspaceAction(def, ws.people.editor.id, ws.id, {
      name: 'x',
      category: 'spaceship',
      country: 'XX',
      influence: 9,
      interest: 0,
      website: 'javascript:alert(1)',
      contactEmail: 'not-an-email',
      languages: 'klingon',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(
        ['category', 'contactEmail', 'country', 'influence', 'interest', 'languages', 'name', 'website'].sort(),
      );
    }
    expect(databaseFingerprint()).toEqual(before);
  });

  it('erases contact data and audits the erasure without the data itself', () => {
    const ws = makeWorkspace('alpha');
    const id = add(ws, { name: 'Association', contactName: 'Jeanne Martin', contactEmail: 'jeanne@example.org' });
    db.transaction((tx) => {
      const outcome = eraseContactData(tx, ws.ctx('editor'), { id });
      expect(outcome.audit).toMatchObject({ action: 'actor.contact.erase', changes: { erased: ['contactName', 'contactEmail'] } });
    });
    const row = db.select().from(actors).where(eq(actors.id, id)).get()!;
    expect([row.contactName, row.contactRole, row.contactEmail, row.contactPhone]).toEqual([null, null, null, null]);
    // Through the wrapper: the audit entry exists and never contains the personal data.
    const id2 = add(ws, { name: 'Autre', contactName: 'Paul Durand', contactPhone: '+33 6 00 00 00 00' });
    const def = workspaceActionRegistry.find((d) => d.name === 'actors.contact.erase')!;
    expect(executeWorkspaceAction(def, ws.people.editor.id, ws.id, { id: id2 }).ok).toBe(true);
    const entries = db.select().from(auditLog).where(eq(auditLog.action, 'actor.contact.erase')).all();
    expect(entries).toHaveLength(1);
    expect(JSON.stringify(entries)).not.toContain('Paul Durand');
    // A contributor may edit actors but not handle personal data.
    expect(executeWorkspaceAction(def, ws.people.contributor.id, ws.id, { id: id2 })).toMatchObject({ code: 'forbidden' });
  });
});

describe('relations', () => {
  it('links two actors and lists the relation from both sides', () => {
    const ws = makeWorkspace('alpha');
    const x = add(ws, { name: 'Département' });
    const y = add(ws, { name: 'Commune partenaire', category: 'partner_authority', country: 'SN' });
    relate(ws, { sourceId: x, targetId: y, type: 'funding', directed: true, startDate: '2020-01-01' });
    const fromX = listActorRelations(db, ws.ctx('reviewer'), x);
    const fromY = listActorRelations(db, ws.ctx('reviewer'), y);
    expect(fromX).toMatchObject([{ otherName: 'Commune partenaire', type: 'funding', outgoing: 1 }]);
    expect(fromY).toMatchObject([{ otherName: 'Département', outgoing: 0 }]);
  });

  it('refuses a self-relation, a reversed date range and a duplicate in either direction', () => {
    const ws = makeWorkspace('alpha');
    const x = add(ws, { name: 'Un' });
    const y = add(ws, { name: 'Deux' });
    expect(RelationInput.safeParse({ sourceId: x, targetId: x, type: 'partnership', strength: 3 }).success).toBe(false);
    const reversed = RelationInput.safeParse({ sourceId: x, targetId: y, type: 'partnership', strength: 3, startDate: '2024-01-01', endDate: '2020-01-01' });
    expect(reversed.success).toBe(false);
    if (!reversed.success) expect(reversed.error.issues[0]?.path).toEqual(['endDate']);
    relate(ws, { sourceId: x, targetId: y });
    expect(() => relate(ws, { sourceId: y, targetId: x })).toThrowError(Conflict);
    // Another type between the same pair is a different relation.
    relate(ws, { sourceId: y, targetId: x, type: 'funding' });
  });

  it('refuses a relation to an actor of another workspace', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const mine = add(a, { name: 'Mine' });
    const theirs = add(b, { name: 'Theirs' });
    const before = databaseFingerprint();
    expect(() => relate(a, { sourceId: mine, targetId: theirs })).toThrowError(NotFound);
    expect(databaseFingerprint()).toEqual(before);
  });
});

describe('views', () => {
  it('builds the graph with edges only between the filtered actors, and counts by country', () => {
    const ws = makeWorkspace('alpha');
    const fr = add(ws, { name: 'Département', category: 'ir_body', country: 'FR' });
    const sn = add(ws, { name: 'Nioro', category: 'partner_authority', country: 'SN' });
    const sn2 = add(ws, { name: 'Ambassade', category: 'embassy', country: 'SN' });
    const de = add(ws, { name: 'Lindenau', category: 'partner_authority', country: 'DE' });
    relate(ws, { sourceId: fr, targetId: sn });
    relate(ws, { sourceId: fr, targetId: de });
    relate(ws, { sourceId: sn, targetId: sn2, type: 'coordination' });
    const all = getActorGraph(db, ws.ctx('reviewer'), {});
    expect(all.nodes).toHaveLength(4);
    expect(all.edges).toHaveLength(3);
    const external = getActorGraph(db, ws.ctx('reviewer'), { family: 'external' });
    expect(external.nodes.map((n) => n.name).sort()).toEqual(['Ambassade', 'Lindenau', 'Nioro']);
    expect(external.edges).toHaveLength(1);
    expect(countActorsByCountry(db, ws.ctx('reviewer'), 'FR')).toEqual([
      { country: 'SN', total: 2, partners: 2 },
      { country: 'DE', total: 1, partners: 1 },
    ]);
    const summary = summarizeActors(db, ws.ctx('reviewer'));
    expect(summary.byFamily).toEqual(
      expect.arrayContaining([
        { key: 'external', n: 3 },
        { key: 'internal', n: 1 },
      ]),
    );
    expect(summary.byRelationType).toEqual(
      expect.arrayContaining([
        { key: 'partnership', n: 2 },
        { key: 'coordination', n: 1 },
      ]),
    );
  });
});
