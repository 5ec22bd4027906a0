import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { memberships } from '@/db/schema';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { loadMemberContext } from '@/lib/auth/member';
import { can } from '@/lib/auth/policy';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { acceptInvitation } from '@/lib/workspaces/queries';
import '@/lib/partnerships/actions';
import { getPartnership, getPartnershipPage, listPartnerships } from './queries';
import { createPartnership, invitePartner } from './write-queries';
import { coordinationMatches, setCoordinationConsent } from './coordination';
import { addContribution } from './returns';
import { foreignActor, setup } from './test-setup';
import { auditEntries } from '@/lib/test/audit';
import { runWorkspaceAction } from '@/lib/test/run-action';

describe('partner invitations and memberships', () => {
  it('an invitation sent for a partnership binds the new partner to its authority', () => {
    const s = setup();
    const { token } = db.transaction((tx) => invitePartner(tx, s.editor, { partnershipId: s.theirs, email: 'maire@tamboura.test' })).data;
    acceptInvitation(token, { newAccount: { name: 'Maire de Tamboura', passwordHash: 'x', locale: 'en' } });
    const membership = db
      .select()
      .from(memberships)
      .where(eq(memberships.workspaceId, s.ws.id))
      .all()
      .find((m) => m.role === 'partner' && m.actorId === s.tamboura && m.userId !== s.otherPartnerId);
    expect(membership).toBeTruthy();
    const ctx = loadMemberContext(membership!.userId, { id: s.ws.id });
    expect(listPartnerships(db, ctx).map((p) => p.id)).toEqual([s.theirs]);
  });

  it('one person: a partner in one workspace, an admin of their own authority’s workspace', () => {
    const s = setup();
    const own = makeWorkspace('nioro');
    db.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: own.id, userId: s.ws.people.partner.id, role: 'admin', createdAt: new Date() }).run();
    const asPartner = loadMemberContext(s.ws.people.partner.id, { id: s.ws.id });
    const asAdmin = loadMemberContext(s.ws.people.partner.id, { id: own.id });
    expect(asPartner.role).toBe('partner');
    expect(asAdmin.role).toBe('admin');
    expect(can(asAdmin.role, 'document.manage')).toBe(true);
    expect(() => getPartnership(db, asPartner, s.theirs)).toThrow(/partnershipNotFound/);
    // Their admin rights at home open nothing in the other workspace.
    expect(() => getPartnership(db, asAdmin, s.mine)).toThrow(/partnershipNotFound/);
  });
});

describe('coordination between workspaces', () => {
  function twoAuthorities() {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const c = makeWorkspace('charlie');
    // The same partner written differently (accents, case) in A and B, plus one only A has.
    foreignActor(a.id, 'Commune de Nioro-Kaya', 'SN');
    foreignActor(a.id, 'Ville de Tamboura', 'BF');
    foreignActor(b.id, 'COMMUNE DE NIORO-KAYA', 'SN');
    foreignActor(c.id, 'Commune de Nioro-Kaya', 'SN');
    // The same name in another country is another partner.
    foreignActor(b.id, 'Ville de Tamboura', 'ML');
    return { a, b, c };
  }
  const consent = (ws: ReturnType<typeof makeWorkspace>, optedIn: boolean) => db.transaction((tx) => setCoordinationConsent(tx, ws.ctx('admin'), { optedIn }));

  it('shows nothing until both sides consent', () => {
    const { a, b } = twoAuthorities();
    expect(coordinationMatches(db, a.ctx('admin'))).toEqual({ optedIn: false, matches: [] });
    consent(a, true);
    expect(coordinationMatches(db, a.ctx('admin'))).toEqual({ optedIn: true, matches: [] });
    expect(coordinationMatches(db, b.ctx('admin'))).toEqual({ optedIn: false, matches: [] });
    consent(b, true);
    const seen = coordinationMatches(db, a.ctx('editor'));
    expect(seen.matches).toEqual([{ workspaceName: 'Collectivité bravo', partners: ['Commune de Nioro-Kaya'], countries: ['SN'] }]);
    // C works with the same partner but never consented: A never sees it.
    expect(seen.matches.map((m) => m.workspaceName)).not.toContain('Collectivité charlie');
    expect(coordinationMatches(db, b.ctx('admin')).matches.map((m) => m.workspaceName)).toEqual(['Collectivité alpha']);
    // B withdraws: A sees nothing of B again, and B sees nothing at all.
    consent(b, false);
    expect(coordinationMatches(db, a.ctx('admin')).matches).toEqual([]);
    expect(coordinationMatches(db, b.ctx('admin'))).toEqual({ optedIn: false, matches: [] });
  });

  it('only admins give consent; partners and contributors do not even read it', () => {
    const { a } = twoAuthorities();
    const def = workspaceActionRegistry.find((d) => d.name === 'coordination.consent')!;
    for (const role of ['editor', 'contributor', 'reviewer', 'partner'] as const) {
      expect(executeWorkspaceAction(def, a.people[role].id, a.id, { optedIn: true })).toMatchObject({ ok: false, code: 'forbidden' });
    }
    expect(executeWorkspaceAction(def, a.people.admin.id, a.id, { optedIn: true })).toMatchObject({ ok: true });
    expect(can('partner', 'coordination.read')).toBe(false);
    expect(can('contributor', 'coordination.read')).toBe(false);
  });
});

describe('partnership space', () => {
  it('creates a partnership only with a foreign partner authority of the map, once', () => {
    const s = setup();
    const local = foreignActor(s.ws.id, 'Commune voisine', 'FR');
    expect(() => db.transaction((tx) => createPartnership(tx, s.editor, { actorId: local, title: 'Voisins' }))).toThrow(/invalid/);
    expect(() => db.transaction((tx) => createPartnership(tx, s.editor, { actorId: s.nioro, title: 'Encore' }))).toThrow(/partnershipExists/);
    const stranger = makeWorkspace('bravo');
    const theirActor = foreignActor(stranger.id, 'Commune lointaine', 'SN');
    expect(() => db.transaction((tx) => createPartnership(tx, s.editor, { actorId: theirActor, title: 'Intrus' }))).toThrow(/actorNotFound/);
  });

  it('managers rename a partnership through its action, audited; a short title, a partner or another workspace change nothing', () => {
    const s = setup();
    const run = (userId: string, workspaceId: string, input: unknown) => runWorkspaceAction('partnerships.rename', userId, workspaceId, input);
    const stranger = makeWorkspace('bravo');
    const before = databaseFingerprint();
    expect(run(s.ws.people.editor.id, s.ws.id, { partnershipId: s.mine, title: 'x' })).toMatchObject({
      ok: false,
      fieldErrors: { title: 'partnershipTitleLength' },
    });
    expect(run(s.ws.people.partner.id, s.ws.id, { partnershipId: s.mine, title: 'Renommé par le partenaire' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run(stranger.people.editor.id, stranger.id, { partnershipId: s.mine, title: 'Intrusion' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(databaseFingerprint()).toEqual(before);

    expect(run(s.ws.people.editor.id, s.ws.id, { partnershipId: s.mine, title: '  Nioro-Kaya, eau et jeunesse ' })).toMatchObject({
      ok: true,
      data: { title: 'Nioro-Kaya, eau et jeunesse' },
    });
    expect(getPartnership(db, s.partner, s.mine).title).toBe('Nioro-Kaya, eau et jeunesse');
    const entry = auditEntries(s.ws.id, 'partnership.rename')[0];
    expect(entry).toMatchObject({ entityId: s.mine, userId: s.ws.people.editor.id });
    expect(entry!.changes).toEqual({ title: { from: 'Nioro-Kaya', to: 'Nioro-Kaya, eau et jeunesse' } });
  });

  it('reciprocity entries of both sides appear on the page', () => {
    const s = setup();
    db.transaction((tx) => addContribution(tx, s.editor, { partnershipId: s.mine, side: 'team', kind: 'brings', text: 'Expertise eau' }));
    db.transaction((tx) => addContribution(tx, s.partner, { partnershipId: s.mine, side: 'partner', kind: 'expects', text: 'Formation des agents' }));
    const page = getPartnershipPage(db, s.ws.ctx('reviewer'), s.mine);
    expect(page.contributions.map((c) => [c.side, c.kind, c.text])).toEqual([
      ['team', 'brings', 'Expertise eau'],
      ['partner', 'expects', 'Formation des agents'],
    ]);
    expect(page.partners.map((p) => p.name)).toEqual([s.ws.people.partner.name]);
  });
});
