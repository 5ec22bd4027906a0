import 'server-only';
import crypto from 'node:crypto';
import { and, asc, count, eq, gt, isNull } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { whileUnchanged } from '@/db/state';
import { invitations, memberships, users, workspaces, auditLog } from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { recordAudit } from '@/lib/audit/queries';
import { fieldChanges, sameJson } from '@/lib/audit/field-changes';
import { Conflict, Invalid, NotFound } from '@/lib/errors';
import { bindPartnershipInvitation } from '@/lib/partnerships/invitations';
import type { CreateWorkspaceInput, InviteInput, WorkspaceProfileInput } from './schemas';
import { getInWorkspace } from '@/lib/workspace-rows';

/** Invitation links stay valid for seven days. */
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** SHA-256 of an invitation token, the only form in which it is stored. */
export function hashToken(token: string) {
  return crypto.createHash('sha256').update(token).digest('hex');
}

/** The workspaces a person belongs to, with their role, for the switcher. */
export function listMyWorkspaces(tx: Tx, userId: string) {
  // Read by the header of every page: kept until the database changes (db/state.ts).
  return whileUnchanged(tx, `workspaces:mine:${userId}`, () =>
    tx
      .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name, role: memberships.role })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(eq(memberships.userId, userId))
      .orderBy(asc(workspaces.name))
      .all(),
  );
}

/** The caller's workspace profile. */
export function getWorkspace(tx: Tx, ctx: MemberContext) {
  const ws = tx.select().from(workspaces).where(eq(workspaces.id, ctx.workspaceId)).get();
  if (!ws) throw new NotFound('workspaceNotFound');
  return ws;
}

/** Figures for the overview page, in one query each. */
export function getWorkspaceFigures(tx: Tx, ctx: MemberContext) {
  const members = tx.select({ n: count() }).from(memberships).where(eq(memberships.workspaceId, ctx.workspaceId)).get();
  const pending = tx
    .select({ n: count() })
    .from(invitations)
    .where(
      and(eq(invitations.workspaceId, ctx.workspaceId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt), gt(invitations.expiresAt, new Date())),
    )
    .get();
  const changes = tx.select({ n: count() }).from(auditLog).where(eq(auditLog.workspaceId, ctx.workspaceId)).get();
  return { members: members?.n ?? 0, pendingInvitations: pending?.n ?? 0, auditEntries: changes?.n ?? 0 };
}

/** Updates the workspace profile; the audit entry holds each changed field's old and new value. */
export function updateWorkspaceProfile(tx: Tx, ctx: MemberContext, input: WorkspaceProfileInput): MutationOutcome<null> {
  const before = getWorkspace(tx, ctx);
  tx.update(workspaces)
    .set({ ...input, updatedAt: new Date() })
    .where(eq(workspaces.id, ctx.workspaceId))
    .run();
  return {
    data: null,
    audit: { action: 'workspace.update', entityType: 'workspace', entityId: ctx.workspaceId, changes: fieldChanges(before, input, sameJson) },
  };
}

/** Creates a workspace with `userId` as its first admin, audited in the new workspace. */
export function createWorkspace(tx: Tx, userId: string, input: CreateWorkspaceInput) {
  const taken = tx.select({ id: workspaces.id }).from(workspaces).where(eq(workspaces.slug, input.slug)).get();
  if (taken) throw new Conflict('slugTaken', { slug: 'slugTaken' });
  const now = new Date();
  const id = crypto.randomUUID();
  tx.insert(workspaces)
    .values({ id, ...input, createdAt: now, updatedAt: now })
    .run();
  tx.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: id, userId, role: 'admin', createdAt: now }).run();
  recordAudit(
    tx,
    { workspaceId: id, userId },
    {
      action: 'workspace.create',
      entityType: 'workspace',
      entityId: id,
      changes: { ...input },
    },
  );
  return { id, slug: input.slug };
}

/** Members of the workspace with name, email and role. */
export function listMembers(tx: Tx, ctx: MemberContext) {
  return tx
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, ctx.workspaceId))
    .orderBy(asc(users.name))
    .all();
}

function getMembership(tx: Tx, ctx: MemberContext, membershipId: string) {
  const row = getInWorkspace(tx, memberships, ctx, membershipId, 'memberNotFound');
  return row;
}

function adminCount(tx: Tx, workspaceId: string) {
  return (
    tx
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'admin')))
      .get()?.n ?? 0
  );
}

/** Changes a member's role; the last admin keeps theirs. Applies on the member's next request. */
export function updateMemberRole(tx: Tx, ctx: MemberContext, input: { membershipId: string; role: Role }): MutationOutcome<null> {
  const member = getMembership(tx, ctx, input.membershipId);
  if (member.role === 'admin' && input.role !== 'admin' && adminCount(tx, ctx.workspaceId) <= 1) {
    throw new Conflict('lastAdmin');
  }
  tx.update(memberships).set({ role: input.role }).where(eq(memberships.id, member.id)).run();
  return {
    data: null,
    audit: {
      action: 'member.updateRole',
      entityType: 'membership',
      entityId: member.id,
      changes: { userId: member.userId, role: { from: member.role, to: input.role } },
    },
  };
}

/** Removes a member from the workspace; the last admin cannot be removed. */
export function removeMember(tx: Tx, ctx: MemberContext, input: { membershipId: string }): MutationOutcome<null> {
  const member = getMembership(tx, ctx, input.membershipId);
  if (member.role === 'admin' && adminCount(tx, ctx.workspaceId) <= 1) throw new Conflict('lastAdmin');
  tx.delete(memberships).where(eq(memberships.id, member.id)).run();
  return {
    data: null,
    audit: {
      action: 'member.remove',
      entityType: 'membership',
      entityId: member.id,
      changes: { userId: member.userId, role: member.role },
    },
  };
}

/**
 * Creates a one-time invitation and returns its token, which is shown once and never stored.
 * An address that is already a member cannot be invited again.
 */
export function createInvitation(
  tx: Tx,
  ctx: MemberContext,
  input: InviteInput,
): MutationOutcome<{ token: string; invitationId: string; email: string; expiresAt: Date }> {
  const existing = tx
    .select({ id: memberships.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, ctx.workspaceId), eq(users.email, input.email)))
    .get();
  if (existing) throw new Conflict('alreadyMember', { email: 'alreadyMember' });
  const token = crypto.randomBytes(32).toString('base64url');
  const now = new Date();
  const invitationId = crypto.randomUUID();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  tx.insert(invitations)
    .values({
      id: invitationId,
      workspaceId: ctx.workspaceId,
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: ctx.userId,
      expiresAt,
      createdAt: now,
    })
    .run();
  return {
    data: { token, invitationId, email: input.email, expiresAt },
    audit: { action: 'invitation.create', entityType: 'invitation', entityId: invitationId, changes: { email: input.email, role: input.role } },
  };
}

/** Pending (not accepted, not revoked) invitations, expired ones included so admins see them lapse. */
export function listPendingInvitations(tx: Tx, ctx: MemberContext, now = new Date()) {
  return tx
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt, createdAt: invitations.createdAt })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, ctx.workspaceId), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(asc(invitations.createdAt))
    .all()
    .map((inv) => ({ ...inv, expired: inv.expiresAt <= now }));
}

/** Revokes a pending invitation so that its link stops working. */
export function revokeInvitation(tx: Tx, ctx: MemberContext, input: { invitationId: string }): MutationOutcome<null> {
  const inv = getInWorkspace(tx, invitations, ctx, input.invitationId, 'invitationNotFound');
  if (inv.acceptedAt || inv.revokedAt) throw new NotFound('invitationNotFound');
  tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, inv.id)).run();
  return { data: null, audit: { action: 'invitation.revoke', entityType: 'invitation', entityId: inv.id, changes: { email: inv.email } } };
}

export type InvitationStatus = 'valid' | 'expired' | 'used' | 'unknown';

/** Looks an invitation up by its token for the public accept page; reveals only what the invitee needs. */
export function findInvitationByToken(tx: Tx, token: string, now = new Date()) {
  const row = tx
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      workspaceId: invitations.workspaceId,
      workspaceName: workspaces.name,
      workspaceSlug: workspaces.slug,
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(eq(invitations.tokenHash, hashToken(token)))
    .get();
  if (!row) return { status: 'unknown' as const, invitation: null };
  if (row.acceptedAt || row.revokedAt) return { status: 'used' as const, invitation: null };
  if (row.expiresAt <= now) return { status: 'expired' as const, invitation: null };
  const accountExists = !!tx.select({ id: users.id }).from(users).where(eq(users.email, row.email)).get();
  return { status: 'valid' as const, invitation: { ...row, accountExists } };
}

/**
 * Accepts an invitation in one transaction: creates the account when `newAccount` is given
 * (password already hashed by the caller), otherwise joins the signed-in `existingUserId`,
 * whose email must match. The token then stops working.
 */
export function acceptInvitation(
  token: string,
  who: { newAccount: { name: string; passwordHash: string; locale: 'fr' | 'en' } } | { existingUserId: string },
  now = new Date(),
) {
  return db.transaction((tx) => {
    const found = findInvitationByToken(tx, token, now);
    if (found.status !== 'valid') throw new Invalid(`invitation_${found.status}`);
    const inv = found.invitation;
    let userId: string;
    if ('newAccount' in who) {
      if (inv.accountExists) throw new Conflict('accountExists');
      userId = crypto.randomUUID();
      tx.insert(users)
        .values({
          id: userId,
          email: inv.email,
          name: who.newAccount.name,
          passwordHash: who.newAccount.passwordHash,
          locale: who.newAccount.locale,
          createdAt: now,
        })
        .run();
    } else {
      const user = tx.select().from(users).where(eq(users.id, who.existingUserId)).get();
      if (!user || user.email !== inv.email) throw new Invalid('invitationOtherAccount');
      userId = user.id;
    }
    joinInvitation(tx, inv, userId, now);
    return { workspaceSlug: inv.workspaceSlug, email: inv.email };
  });
}

/**
 * Joins `userId` to a valid invitation's workspace with its role, inside the caller's transaction:
 * claims the invitation first (so that two concurrent accepts cannot both succeed), then adds the
 * membership and the audit entry. Used by the invitation link and by single sign-on
 * (lib/auth/oidc.ts), where the identity provider has verified the invited email.
 */
export function joinInvitation(
  tx: Tx,
  inv: { id: string; workspaceId: string; email: string; role: Role },
  userId: string,
  now = new Date(),
  via: 'link' | 'sso' = 'link',
) {
  const claimed = tx
    .update(invitations)
    .set({ acceptedAt: now })
    .where(and(eq(invitations.id, inv.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .run();
  if (claimed.changes !== 1) throw new Invalid('invitation_used');
  tx.insert(memberships).values({ id: crypto.randomUUID(), workspaceId: inv.workspaceId, userId, role: inv.role, createdAt: now }).onConflictDoNothing().run();
  // An invitation sent for a partnership points the partner's membership at its authority.
  bindPartnershipInvitation(tx, inv.id, inv.workspaceId, userId);
  recordAudit(
    tx,
    { workspaceId: inv.workspaceId, userId },
    {
      action: 'invitation.accept',
      entityType: 'invitation',
      entityId: inv.id,
      changes: via === 'sso' ? { email: inv.email, role: inv.role, via } : { email: inv.email, role: inv.role },
    },
  );
}

/** True when nobody has an account yet (first run without demo data). */
export function isFirstRun(tx: Tx) {
  return !tx.select({ id: users.id }).from(users).limit(1).get();
}
