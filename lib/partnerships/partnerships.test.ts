import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors, externalActionActors, externalActions, memberships } from '@/db/schema';
import { auditLog } from '@/db/schema';
import { databaseFingerprint, makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { loadMemberContext } from '@/lib/auth/member';
import { can } from '@/lib/auth/policy';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { checkRouteAccess } from '@/lib/auth/route-guard';
import { getActor } from '@/lib/actors/queries';
import { getExternalAction } from '@/lib/external-actions/queries';
import { initializeOutline, listSections } from '@/lib/strategy-document/queries';
import { sectionAccess } from '@/lib/strategy-document/access';
import { contentFrom } from '@/lib/strategy-document/rich-text';
import { yStateFromContent } from '@/lib/strategy-document/ydoc';
import { storeDocumentState } from '@/lib/collab/persistence';
import { CollabRefused, sectionAccessFor } from '@/lib/collab/auth';
import { partnershipDocumentName, sectionDocumentName, translationDocumentName } from '@/lib/collab/names';
import { acceptInvitation } from '@/lib/workspaces/queries';
import { expectedAccess, PAGES, ROUTE_HANDLERS, COLLAB_DOCUMENTS } from '@/lib/security/registry';
import '@/lib/partnerships/actions';
import { getPartnership, getPartnershipPage, listComments, listJointActions, listPartnerships } from './queries';
import { addTranslation, getSharedSection, listSharedSections, markTranslationUpToDate, shareSection } from './section-queries';
import { addContact, addExchange, createPartnership, invitePartner, removeEntry } from './write-queries';
import { coordinationMatches, setCoordinationConsent } from './coordination';
import { addContribution } from './returns';
import { translationStatus } from './translation-state';
import { withTranslations } from './document-translations';
import { currentSnapshot } from '@/lib/strategy-document/queries';
import { renderPrintHtml } from '@/lib/strategy-document/html';

function foreignActor(workspaceId: string, name: string, country: string) {
  const id = crypto.randomUUID();
  const normalizedName = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  db.insert(actors)
    .values({
      id,
      workspaceId,
      family: 'external',
      category: 'partner_authority',
      name,
      normalizedName,
      country,
      themes: [],
      languages: [],
      influence: 3,
      interest: 3,
      tags: [],
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .run();
  return id;
}

function writeSection(sectionId: string, ...paragraphs: string[]) {
  storeDocumentState(sectionDocumentName(sectionId), yStateFromContent(contentFrom(paragraphs)));
}

function writeTranslation(sectionId: string, language: string, ...paragraphs: string[]) {
  storeDocumentState(translationDocumentName(sectionId, language), yStateFromContent(contentFrom(paragraphs)));
}

/**
 * A workspace with two partnerships (Nioro-Kaya and Tamboura), the fixture's partner bound to
 * Nioro-Kaya, a second partner bound to Tamboura, one section shared with each and one shared with
 * nobody, a joint action with each partner.
 */
function setup() {
  const ws = makeWorkspace('alpha');
  const editor = ws.ctx('editor');
  const nioro = foreignActor(ws.id, 'Commune de Nioro-Kaya', 'SN');
  const tamboura = foreignActor(ws.id, 'Commune de Tamboura', 'BF');
  db.update(memberships)
    .set({ actorId: nioro })
    .where(and(eq(memberships.workspaceId, ws.id), eq(memberships.userId, ws.people.partner.id)))
    .run();
  const other = makeUser('Tamboura partner');
  db.insert(memberships)
    .values({ id: crypto.randomUUID(), workspaceId: ws.id, userId: other.id, role: 'partner', actorId: tamboura, createdAt: new Date() })
    .run();
  const mine = db.transaction((tx) => createPartnership(tx, editor, { actorId: nioro, title: 'Nioro-Kaya' })).data.id;
  const theirs = db.transaction((tx) => createPartnership(tx, editor, { actorId: tamboura, title: 'Tamboura' })).data.id;
  db.transaction((tx) => initializeOutline(tx, editor, { locale: 'fr' }));
  const sections = listSections(db, editor);
  const written = sections.filter((s) => s.kind === 'written');
  const [shared, sharedOther, unshared] = [written[1]!.id, written[4]!.id, written[0]!.id];
  const dataSection = sections.find((s) => s.kind === 'territory')!.id;
  writeSection(shared, 'La gouvernance du partenariat repose sur un comité de pilotage annuel.');
  writeSection(unshared, 'Un avant-propos interne.');
  db.transaction((tx) => shareSection(tx, editor, { partnershipId: mine, sectionId: shared, shared: true }));
  db.transaction((tx) => shareSection(tx, editor, { partnershipId: theirs, sectionId: sharedOther, shared: true }));
  const action = (title: string, partner: string) => {
    const id = crypto.randomUUID();
    db.insert(externalActions)
      .values({
        id,
        workspaceId: ws.id,
        title,
        normalizedTitle: title.toLowerCase(),
        type: 'decentralised_cooperation',
        rationales: [],
        status: 'running',
        countries: [],
        version: 1,
        createdAt: new Date(),
        updatedAt: new Date(),
      })
      .run();
    db.insert(externalActionActors).values({ workspaceId: ws.id, actionId: id, actorId: partner, role: 'partner' }).run();
    return id;
  };
  const jointAction = action('Eau potable', nioro);
  const otherAction = action('Assainissement', tamboura);
  return {
    ws,
    editor,
    partner: ws.ctx('partner'),
    otherPartner: loadMemberContext(other.id, { id: ws.id }),
    otherPartnerId: other.id,
    nioro,
    tamboura,
    mine,
    theirs,
    shared,
    sharedOther,
    unshared,
    dataSection,
    jointAction,
    otherAction,
  };
}

const access = (userId: string, name: string) => {
  try {
    return sectionAccessFor(userId, name).readOnly ? 'read-only' : 'read-write';
  } catch (error) {
    if (error instanceof CollabRefused) return 'refused';
    throw error;
  }
};

describe('partner scoping, resource type by resource type', () => {
  it('actors and relations: only their own authority’s record; no list, no relation, no change', () => {
    const s = setup();
    expect(getActor(db, s.partner, s.nioro).id).toBe(s.nioro);
    expect(() => getActor(db, s.partner, s.tamboura)).toThrow(/actorNotFound/);
    for (const permission of [
      'actors.read',
      'actors.create',
      'actors.update',
      'actors.delete',
      'actors.import',
      'actors.export',
      'actors.personalData',
      'relations.manage',
      'census.manage',
    ] as const) {
      expect(can('partner', permission), permission).toBe(false);
    }
  });

  it('external actions: the joint actions of their own partnership only', () => {
    const s = setup();
    expect(getExternalAction(db, s.partner, s.jointAction).id).toBe(s.jointAction);
    expect(() => getExternalAction(db, s.partner, s.otherAction)).toThrow(/actionNotFound/);
    expect(listJointActions(db, s.partner, s.mine).map((a) => a.id)).toEqual([s.jointAction]);
    expect(() => listJointActions(db, s.partner, s.theirs)).toThrow(/partnershipNotFound/);
  });

  it('diagnostic, strategy, versions, exports, audit and members: refused by the policy', () => {
    const s = setup();
    for (const permission of [
      'diagnostic.read',
      'diagnostic.answer',
      'strategy.read',
      'strategy.propose',
      'document.read',
      'document.write',
      'document.manage',
      'document.export',
      'audit.read',
      'members.read',
      'members.invite',
      'invitations.read',
      'competencies.read',
      'departments.read',
      'workspace.overview',
      'workspace.update',
      'externalActions.read',
      'partnerships.manage',
      'coordination.read',
      'coordination.manage',
    ] as const) {
      expect(can('partner', permission), permission).toBe(false);
    }
    // The route handlers (document export, actors export) answer 403 to a partner, 404 to a stranger.
    expect(checkRouteAccess(s.ws.people.partner.id, { id: s.ws.id }, 'document.export')).toMatchObject({ ok: false });
    const denied = checkRouteAccess(s.ws.people.partner.id, { id: s.ws.id }, 'document.export');
    if (!denied.ok) expect(denied.response.status).toBe(403);
    const actorsExport = checkRouteAccess(s.ws.people.partner.id, { id: s.ws.id }, 'actors.export');
    if (!actorsExport.ok) expect(actorsExport.response.status).toBe(403);
    expect(actorsExport.ok).toBe(false);
  });

  it('document sections: write on the sections shared with their partnership, nothing on any other', () => {
    const s = setup();
    expect(sectionAccess(s.partner, { kind: 'written', assigneeId: null, sharedWith: [s.nioro] })).toBe('write');
    expect(sectionAccess(s.partner, { kind: 'written', assigneeId: null, sharedWith: [s.tamboura] })).toBe('none');
    expect(sectionAccess(s.partner, { kind: 'written', assigneeId: null })).toBe('none');
    expect(sectionAccess(s.partner, { kind: 'territory', assigneeId: null, sharedWith: [s.nioro] })).toBe('none');
    // A partner without an authority record reaches nothing, even a shared section.
    expect(sectionAccess({ ...s.partner, actorId: null }, { kind: 'written', assigneeId: null, sharedWith: [s.nioro] })).toBe('none');
    // The team keeps its own rules on a shared section.
    expect(sectionAccess(s.ws.ctx('reviewer'), { kind: 'written', assigneeId: null, sharedWith: [s.nioro] })).toBe('read');
    expect(sectionAccess(s.ws.ctx('contributor'), { kind: 'written', assigneeId: null, sharedWith: [s.nioro] })).toBe('read');
    expect(getSharedSection(db, s.partner, s.mine, s.shared).access).toBe('write');
    expect(() => getSharedSection(db, s.partner, s.mine, s.unshared)).toThrow(/sectionNotFound/);
    expect(() => getSharedSection(db, s.partner, s.mine, s.sharedOther)).toThrow(/sectionNotFound/);
    expect(() => getSharedSection(db, s.partner, s.theirs, s.sharedOther)).toThrow(/partnershipNotFound/);
    expect(listSharedSections(db, s.partner, s.mine).map((x) => x.id)).toEqual([s.shared]);
  });

  it('partnership pages: their own only; another partnership does not exist for them', () => {
    const s = setup();
    expect(listPartnerships(db, s.partner).map((p) => p.id)).toEqual([s.mine]);
    expect(listPartnerships(db, s.otherPartner).map((p) => p.id)).toEqual([s.theirs]);
    expect(
      listPartnerships(db, s.ws.ctx('reviewer'))
        .map((p) => p.id)
        .sort(),
    ).toEqual([s.mine, s.theirs].sort());
    expect(getPartnership(db, s.partner, s.mine).access).toBe('write');
    expect(getPartnership(db, s.ws.ctx('reviewer'), s.mine).access).toBe('read');
    expect(() => getPartnership(db, s.partner, s.theirs)).toThrow(/partnershipNotFound/);
    expect(() => getPartnershipPage(db, s.partner, s.theirs)).toThrow(/partnershipNotFound/);
    expect(() => listComments(db, s.partner, s.theirs, 'page')).toThrow(/partnershipNotFound/);
    // A partner without an authority record has no partnership at all.
    expect(listPartnerships(db, { ...s.partner, actorId: null })).toEqual([]);
  });

  it('collaboration documents: shared section, its translation and their partnership page; every other name refused', () => {
    const s = setup();
    db.transaction((tx) => addTranslation(tx, s.editor, { sectionId: s.shared, language: 'en' }));
    db.transaction((tx) => addTranslation(tx, s.editor, { sectionId: s.sharedOther, language: 'es' }));
    const partner = s.ws.people.partner.id;
    expect(access(partner, sectionDocumentName(s.shared))).toBe('read-write');
    expect(access(partner, translationDocumentName(s.shared, 'en'))).toBe('read-write');
    expect(access(partner, partnershipDocumentName(s.mine))).toBe('read-write');
    expect(access(partner, sectionDocumentName(s.unshared))).toBe('refused');
    expect(access(partner, sectionDocumentName(s.sharedOther))).toBe('refused');
    expect(access(partner, translationDocumentName(s.sharedOther, 'es'))).toBe('refused');
    expect(access(partner, partnershipDocumentName(s.theirs))).toBe('refused');
    expect(access(partner, sectionDocumentName(s.dataSection))).toBe('refused');
    // A translation never added, and names the server does not serve, exist for nobody.
    expect(access(s.ws.people.admin.id, translationDocumentName(s.shared, 'pt'))).toBe('refused');
    expect(access(partner, `partnership:${s.mine}:x`)).toBe('refused');
    expect(access(partner, `section:${s.shared}:tr:EN`)).toBe('refused');
    // The team: managers write, reviewers read, a stranger is refused.
    expect(access(s.ws.people.editor.id, partnershipDocumentName(s.mine))).toBe('read-write');
    expect(access(s.ws.people.reviewer.id, partnershipDocumentName(s.mine))).toBe('read-only');
    expect(access(s.ws.people.reviewer.id, translationDocumentName(s.shared, 'en'))).toBe('read-only');
    const stranger = makeWorkspace('bravo');
    expect(access(stranger.people.admin.id, partnershipDocumentName(s.mine))).toBe('refused');
  });

  it('server actions: a partner acting on another partnership, or on a section not shared with them, changes nothing', () => {
    const s = setup();
    const partner = s.ws.people.partner.id;
    const run = (name: string, input: unknown) =>
      executeWorkspaceAction(
        workspaceActionRegistry.find((d) => d.name === name)!,
        partner,
        s.ws.id,
        input,
      );
    const before = databaseFingerprint();
    expect(run('partnerships.addContribution', { partnershipId: s.theirs, side: 'partner', kind: 'brings', text: 'Intrusion' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(run('partnerships.addExchange', { partnershipId: s.theirs, date: '2026-01-01', kind: 'call', summary: 'Intrusion' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(run('partnerships.addContact', { partnershipId: s.theirs, side: 'partner', name: 'Intrusion' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(run('partnerships.comment', { partnershipId: s.theirs, target: 'page', body: 'Intrusion' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(run('partnerships.comment', { partnershipId: s.mine, target: s.unshared, body: 'Intrusion' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(run('translations.add', { sectionId: s.unshared, language: 'en' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(run('translations.add', { sectionId: s.sharedOther, language: 'en' })).toMatchObject({ ok: false, code: 'not_found' });
    expect(run('partnerships.shareSection', { partnershipId: s.mine, sectionId: s.unshared, shared: true })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run('partnerships.invite', { partnershipId: s.mine, email: 'someone@test.local' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(run('coordination.consent', { optedIn: true })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(databaseFingerprint()).toEqual(before);
    // Their own partnership and shared section: the same calls go through and are audited.
    expect(run('partnerships.addContribution', { partnershipId: s.mine, side: 'partner', kind: 'expects', text: 'Une formation des agents' })).toMatchObject({
      ok: true,
    });
    expect(run('partnerships.comment', { partnershipId: s.mine, target: s.shared, body: 'Relu, d’accord.' })).toMatchObject({ ok: true });
    expect(run('translations.add', { sectionId: s.shared, language: 'pt' })).toMatchObject({ ok: true });
    expect(getPartnershipPage(db, s.partner, s.mine).contributions.map((c) => c.text)).toContain('Une formation des agents');
  });

  it('the registry: every page and route handler outside the partnership space refuses the partner (403, 404 or a redirect)', () => {
    // Pages a partner opens: their partnership's space, the joint actions, their own authority's
    // record in the actors map, their account, creating a workspace, their notifications.
    const partnerPages = new Set([
      '/[workspace]/actors/[actorId]',
      '/[workspace]/partnerships',
      '/[workspace]/partnerships/[partnershipId]',
      '/[workspace]/partnerships/[partnershipId]/sections/[sectionId]',
      '/[workspace]/actions',
      '/[workspace]/actions/[actionId]',
      '/account',
      '/workspaces/new',
      '/[workspace]/notifications',
      // Missions: only their partnership's (lib/missions filters them).
      '/[workspace]/missions',
      '/[workspace]/missions/[missionId]',
      // The calendar: only the milestones of the actions shared with their authority (lib/calendar/sources).
      '/[workspace]/calendar',
    ]);
    const allowed = PAGES.filter((p) => expectedAccess(p.rule, 'partner') === 'allowed' && p.rule.kind !== 'public').map((p) => p.route);
    expect(allowed.filter((route) => !partnerPages.has(route))).toEqual([]);
    const routes = ROUTE_HANDLERS.filter((r) => expectedAccess(r.rule, 'partner') === 'allowed' && r.rule.kind !== 'public').map(
      (r) => `${r.method} ${r.route}`,
    );
    // Their own account's data (GET /api/account/personal-data) is theirs; nothing of the workspace is.
    // Their partnership's mission reports are theirs too.
    const partnerRoutes = new Set(['GET /api/workspaces/[workspace]/missions/[missionId]/report']);
    expect(routes.filter((r) => !r.includes('/api/auth/') && !r.startsWith('GET /api/account/') && !partnerRoutes.has(r))).toEqual([]);
    // The collaboration documents the registry lists: the partner reaches none of another partnership's.
    for (const entry of COLLAB_DOCUMENTS)
      for (const doc of entry.documents) if (doc.label.includes('other partner')) expect(doc.outcomes.partner).toBe('refused');
  });
});

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

describe('parallel language versions', () => {
  it('the status compares texts, ignoring spacing, and shows the changed passages', () => {
    expect(translationStatus('Un texte  court.', 'Un texte court. ')).toMatchObject({ outOfDate: false, parts: [] });
    const status = translationStatus('Le comité se réunit chaque année.', 'Le comité se réunit deux fois par an.');
    expect(status.outOfDate).toBe(true);
    const added = status.parts
      .filter((p) => p.change === 'added')
      .map((p) => p.text)
      .join(' ');
    const removed = status.parts
      .filter((p) => p.change === 'removed')
      .map((p) => p.text)
      .join(' ');
    for (const word of ['deux', 'fois', 'par', 'an']) expect(added).toContain(word);
    for (const word of ['chaque', 'année']) expect(removed).toContain(word);
    expect(
      status.parts
        .filter((p) => p.change === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('Le comité se réunit');
  });

  it('a translation goes out of date when the original changes after it, and back once updated', () => {
    const s = setup();
    db.transaction((tx) => addTranslation(tx, s.partner, { sectionId: s.shared, language: 'en' }));
    writeTranslation(s.shared, 'en', 'The partnership is governed by a yearly steering committee.');
    const en = () => getSharedSection(db, s.partner, s.mine, s.shared).translations.find((t) => t.language === 'en')!;
    expect(en().status.outOfDate).toBe(false);
    // The original changes after the translation.
    writeSection(s.shared, 'La gouvernance du partenariat repose sur un comité de pilotage semestriel et paritaire.');
    expect(en().status.outOfDate).toBe(true);
    expect(en().status.parts.some((p) => p.change === 'added' && p.text.includes('semestriel'))).toBe(true);
    expect(listSharedSections(db, s.partner, s.mine)[0]!.translations).toEqual([{ language: 'en', outOfDate: true }]);
    // Storing the same translation again (a re-save) does not hide it.
    writeTranslation(s.shared, 'en', 'The partnership is governed by a yearly steering committee.');
    expect(en().status.outOfDate).toBe(true);
    // Updating the translation brings it up to date with the original as it is now.
    writeTranslation(s.shared, 'en', 'The partnership is governed by a joint steering committee that meets twice a year.');
    expect(en().status.outOfDate).toBe(false);
    // Changed again, then confirmed by the translator without rewriting.
    writeSection(s.shared, 'La gouvernance du partenariat repose sur un comité de pilotage paritaire qui se réunit deux fois par an.');
    expect(en().status.outOfDate).toBe(true);
    db.transaction((tx) => markTranslationUpToDate(tx, s.partner, { sectionId: s.shared, language: 'en' }));
    expect(en().status.outOfDate).toBe(false);
  });

  it('an English export uses a section’s up-to-date English translation, says where none is used, and gives chapter titles in English', () => {
    const s = setup();
    db.transaction((tx) => addTranslation(tx, s.partner, { sectionId: s.shared, language: 'en' }));
    writeTranslation(s.shared, 'en', 'The partnership is governed by a yearly steering committee.');
    const html = () => renderPrintHtml(withTranslations(db, s.editor, currentSnapshot(db, s.editor), 'en'), { locale: 'en', generatedAt: new Date() });
    let out = html();
    // The translated chapter: English text and title, no French, no note.
    expect(out).toContain('The partnership is governed by a yearly steering committee.');
    expect(out).not.toContain('comité de pilotage annuel');
    expect(out).toMatch(/<h2 id="s-\d+">Governance<\/h2>/);
    // A written chapter with no translation keeps its French text, marked as French, and says so.
    expect(out).toContain('<div lang="fr"><p>Un avant-propos interne.</p></div>');
    expect(out).toContain('This chapter has no English translation: the original French text follows.');
    expect(out).toMatch(/<h2 id="s-1">Foreword<\/h2>/);
    expect(out).not.toContain('Avant-propos');
    // Once the original changes, the translation is out of date: the original comes back, with a note.
    writeSection(s.shared, 'La gouvernance du partenariat repose sur un comité de pilotage semestriel.');
    out = html();
    expect(out).toContain('comité de pilotage semestriel');
    expect(out).not.toContain('yearly steering committee');
    expect(out).toContain('The English translation of this chapter is out of date: the original French text follows.');
    // In French nothing changes.
    const fr = renderPrintHtml(withTranslations(db, s.editor, currentSnapshot(db, s.editor), 'fr'), { locale: 'fr', generatedAt: new Date() });
    expect(fr).not.toContain('lang="fr"><p>');
    expect(fr).toContain('Avant-propos');
    // Another workspace's translations are never used.
    const other = makeWorkspace('bravo');
    expect(withTranslations(db, other.ctx('editor'), currentSnapshot(db, s.editor), 'en').sections.find((x) => x.id === s.shared)).toMatchObject({
      translation: 'missing',
    });
  });

  it('a partner removes only what they wrote and their own side’s contacts; the team’s managers remove any entry (the policy decides, the page shows it)', () => {
    const s = setup();
    const add = <T>(fn: (tx: typeof db) => { data: T }) => db.transaction(fn).data;
    const teamBrings = add((tx) => addContribution(tx, s.editor, { partnershipId: s.mine, side: 'team', kind: 'brings', text: 'Expertise eau' })).id;
    const partnerExpects = add((tx) =>
      addContribution(tx, s.partner, { partnershipId: s.mine, side: 'partner', kind: 'expects', text: 'Formation des agents' }),
    ).id;
    const teamContact = add((tx) => addContact(tx, s.editor, { partnershipId: s.mine, side: 'team', name: 'Léa Martin', role: '', email: '' })).id;
    const partnerContact = add((tx) => addContact(tx, s.editor, { partnershipId: s.mine, side: 'partner', name: 'Moussa Sy', role: '', email: '' })).id;
    const teamExchange = add((tx) => addExchange(tx, s.editor, { partnershipId: s.mine, date: '2026-02-01', kind: 'call', summary: 'Appel de cadrage' })).id;
    // What the page offers to each.
    const removable = (ctx: typeof s.partner) => {
      const page = getPartnershipPage(db, ctx, s.mine);
      return [...page.contributions, ...page.contacts, ...page.exchanges]
        .filter((e) => e.removable)
        .map((e) => e.id)
        .sort();
    };
    expect(removable(s.partner)).toEqual([partnerExpects, partnerContact].sort());
    expect(removable(s.editor)).toEqual([teamBrings, partnerExpects, teamContact, partnerContact, teamExchange].sort());
    expect(removable(s.ws.ctx('reviewer'))).toEqual([]);
    // What the action allows: refused entries stay.
    for (const entryId of [teamBrings, teamContact, teamExchange]) {
      expect(() => db.transaction((tx) => removeEntry(tx, s.partner, { entryId }))).toThrow(/partnershipEntryNotYours/);
    }
    expect(getPartnershipPage(db, s.editor, s.mine).contributions).toHaveLength(2);
    db.transaction((tx) => removeEntry(tx, s.partner, { entryId: partnerExpects }));
    db.transaction((tx) => removeEntry(tx, s.partner, { entryId: partnerContact }));
    db.transaction((tx) => removeEntry(tx, s.editor, { entryId: teamExchange }));
    const after = getPartnershipPage(db, s.editor, s.mine);
    expect([after.contributions.length, after.contacts.length, after.exchanges.length]).toEqual([1, 1, 0]);
  });

  it('translations belong to shared sections and to people who write them', () => {
    const s = setup();
    expect(() => db.transaction((tx) => addTranslation(tx, s.editor, { sectionId: s.unshared, language: 'en' }))).toThrow(/translationNotAllowed/);
    expect(() => db.transaction((tx) => addTranslation(tx, s.ws.ctx('reviewer'), { sectionId: s.shared, language: 'en' }))).toThrow(/translationNotAllowed/);
    db.transaction((tx) => addTranslation(tx, s.editor, { sectionId: s.shared, language: 'es' }));
    expect(() => db.transaction((tx) => addTranslation(tx, s.partner, { sectionId: s.shared, language: 'es' }))).toThrow(/translationExists/);
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
    const run = (userId: string, workspaceId: string, input: unknown) =>
      executeWorkspaceAction(
        workspaceActionRegistry.find((d) => d.name === 'partnerships.rename')!,
        userId,
        workspaceId,
        input,
      );
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
    const entry = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.workspaceId, s.ws.id), eq(auditLog.action, 'partnership.rename')))
      .get();
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
