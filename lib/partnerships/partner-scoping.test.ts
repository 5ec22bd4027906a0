import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { can } from '@/lib/auth/policy';
import { checkRouteAccess } from '@/lib/auth/route-guard';
import { getActor } from '@/lib/actors/queries';
import { getExternalAction } from '@/lib/external-actions/queries';
import { sectionAccess } from '@/lib/strategy-document/access';
import { partnershipDocumentName, sectionDocumentName, translationDocumentName } from '@/lib/collab/names';
import { expectedAccess, PAGES, ROUTE_HANDLERS, COLLAB_DOCUMENTS } from '@/lib/security/registry';
import '@/lib/partnerships/actions';
import { getPartnership, getPartnershipPage, listComments, listJointActions, listPartnerships } from './queries';
import { addTranslation, getSharedSection, listSharedSections } from './section-queries';
import { setup, access } from './test-setup';
import { runWorkspaceAction } from '@/lib/test/run-action';

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
    const run = (name: string, input: unknown) => runWorkspaceAction(name, partner, s.ws.id, input);
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
