import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog, invitations, memberships, users } from '@/db/schema';
import { databaseFingerprint, makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { Conflict, Invalid, NotFound } from '@/lib/errors';
import {
  acceptInvitation,
  createInvitation,
  createWorkspace,
  findInvitationByToken,
  hashToken,
  INVITATION_TTL_MS,
  listMembers,
  listMyWorkspaces,
  removeMember,
  revokeInvitation,
  updateMemberRole,
} from './queries';

const newcomer = { newAccount: { name: 'Nadia Ben Salah', passwordHash: 'hash', locale: 'fr' as const } };

function invite(ws: ReturnType<typeof makeWorkspace>, email = 'new.person@test.local', role: 'editor' | 'partner' = 'editor') {
  return db.transaction((tx) => createInvitation(tx, ws.ctx('admin'), { email, role })).data;
}

describe('invitations', () => {
  it('stores only a hash of the token and lets the invitee create an account once', () => {
    const ws = makeWorkspace('alpha');
    const { token, invitationId } = invite(ws);
    const row = db.select().from(invitations).where(eq(invitations.id, invitationId)).get()!;
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(INVITATION_TTL_MS);

    const accepted = acceptInvitation(token, newcomer);
    expect(accepted).toEqual({ workspaceSlug: 'alpha', email: 'new.person@test.local' });
    const user = db.select().from(users).where(eq(users.email, 'new.person@test.local')).get()!;
    const membership = db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, user.id), eq(memberships.workspaceId, ws.id)))
      .get();
    expect(membership?.role).toBe('editor');
    expect(db.select().from(auditLog).where(eq(auditLog.action, 'invitation.accept')).all()).toHaveLength(1);
  });

  it('refuses a second use of the same link and changes nothing', () => {
    const ws = makeWorkspace('alpha');
    const { token } = invite(ws);
    acceptInvitation(token, newcomer);
    const before = databaseFingerprint();
    expect(() => acceptInvitation(token, newcomer)).toThrowError(Invalid);
    expect(findInvitationByToken(db, token).status).toBe('used');
    expect(databaseFingerprint()).toEqual(before);
  });

  it('refuses an expired link, even a second before and after the seventh day', () => {
    const ws = makeWorkspace('alpha');
    const { token, expiresAt } = invite(ws);
    expect(findInvitationByToken(db, token, new Date(expiresAt.getTime() - 1000)).status).toBe('valid');
    expect(findInvitationByToken(db, token, expiresAt).status).toBe('expired');
    const before = databaseFingerprint();
    expect(() => acceptInvitation(token, newcomer, new Date(expiresAt.getTime() + 1))).toThrowError(/invitation_expired/);
    expect(databaseFingerprint()).toEqual(before);
  });

  it('refuses a revoked link and an unknown token', () => {
    const ws = makeWorkspace('alpha');
    const { token, invitationId } = invite(ws);
    db.transaction((tx) => revokeInvitation(tx, ws.ctx('admin'), { invitationId }));
    expect(findInvitationByToken(db, token).status).toBe('used');
    expect(() => acceptInvitation(token, newcomer)).toThrowError(Invalid);
    expect(findInvitationByToken(db, 'not-a-real-token-at-all-xxxxxxxx').status).toBe('unknown');
  });

  it('lets an existing account join with its own email only', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    // B's editor is invited as a partner of A: one person, two workspaces, two roles.
    const { token } = invite(a, b.people.editor.email, 'partner');
    expect(() => acceptInvitation(token, { existingUserId: b.people.admin.id })).toThrowError(/invitationOtherAccount/);
    expect(() => acceptInvitation(token, newcomer)).toThrowError(Conflict);
    acceptInvitation(token, { existingUserId: b.people.editor.id });
    const mine = listMyWorkspaces(db, b.people.editor.id).map((w) => [w.slug, w.role]);
    expect(mine).toEqual([
      ['alpha', 'partner'],
      ['bravo', 'editor'],
    ]);
  });

  it('refuses to invite an existing member', () => {
    const ws = makeWorkspace('alpha');
    expect(() => invite(ws, ws.people.reviewer.email)).toThrowError(Conflict);
  });
});

describe('members', () => {
  it('keeps at least one admin: no demotion or removal of the last one', () => {
    const ws = makeWorkspace('alpha');
    const adminMembership = listMembers(db, ws.ctx('admin')).find((m) => m.role === 'admin')!;
    const before = databaseFingerprint();
    expect(() => db.transaction((tx) => updateMemberRole(tx, ws.ctx('admin'), { membershipId: adminMembership.membershipId, role: 'editor' }))).toThrowError(
      /lastAdmin/,
    );
    expect(() => db.transaction((tx) => removeMember(tx, ws.ctx('admin'), { membershipId: adminMembership.membershipId }))).toThrowError(/lastAdmin/);
    expect(databaseFingerprint()).toEqual(before);
  });

  it('lets an admin step down once another admin exists', () => {
    const ws = makeWorkspace('alpha');
    const members = listMembers(db, ws.ctx('admin'));
    const editor = members.find((m) => m.role === 'editor')!;
    const admin = members.find((m) => m.role === 'admin')!;
    db.transaction((tx) => updateMemberRole(tx, ws.ctx('admin'), { membershipId: editor.membershipId, role: 'admin' }));
    db.transaction((tx) => removeMember(tx, ws.ctx('admin'), { membershipId: admin.membershipId }));
    expect(
      listMembers(db, ws.ctx('editor'))
        .filter((m) => m.role === 'admin')
        .map((m) => m.userId),
    ).toEqual([ws.people.editor.id]);
  });

  it('cannot touch a membership of another workspace, even by id', () => {
    const a = makeWorkspace('alpha');
    const b = makeWorkspace('bravo');
    const bEditor = listMembers(db, b.ctx('admin')).find((m) => m.role === 'editor')!;
    expect(() => db.transaction((tx) => updateMemberRole(tx, a.ctx('admin'), { membershipId: bEditor.membershipId, role: 'admin' }))).toThrowError(NotFound);
    expect(() => db.transaction((tx) => removeMember(tx, a.ctx('admin'), { membershipId: bEditor.membershipId }))).toThrowError(NotFound);
    expect(listMembers(db, a.ctx('admin')).map((m) => m.userId)).not.toContain(b.people.editor.id);
  });
});

describe('workspaces', () => {
  it('refuses a slug that is already taken', () => {
    makeWorkspace('alpha');
    const someone = makeUser('Someone');
    expect(() =>
      db.transaction((tx) =>
        createWorkspace(tx, someone.id, { slug: 'alpha', name: 'Copy', level: 'commune', country: 'FR', population: null, languages: ['fr'] }),
      ),
    ).toThrowError(Conflict);
  });
});
