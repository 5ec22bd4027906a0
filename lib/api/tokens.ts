import 'server-only';
import crypto from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { apiTokens, memberships, workspaces } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import { recordAudit } from '@/lib/audit/queries';
import { can } from '@/lib/auth/policy';
import type { CreateApiTokenInput } from './schemas';
import { getInWorkspace } from '@/lib/workspace-rows';
import { pickColumns } from '@/lib/pick-columns';

/** Every secret starts with this, so that a leaked one is recognisable (secret scanners). */
export const TOKEN_PREFIX = 'frpat_';

export function hashToken(secret: string) {
  return crypto.createHash('sha256').update(secret).digest('hex');
}

/** Creates a token; the secret is returned once and never stored. */
export function createApiToken(
  tx: Tx,
  ctx: MemberContext,
  input: CreateApiTokenInput,
  now = new Date(),
): MutationOutcome<{ id: string; secret: string; expiresAt: string }> {
  const id = crypto.randomUUID();
  const secret = TOKEN_PREFIX + crypto.randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + input.days * 86_400_000);
  tx.insert(apiTokens)
    .values({
      id,
      workspaceId: ctx.workspaceId,
      name: input.name,
      tokenHash: hashToken(secret),
      prefix: secret.slice(0, TOKEN_PREFIX.length + 6),
      createdBy: ctx.userId,
      createdAt: now,
      expiresAt,
    })
    .run();
  return {
    data: { id, secret, expiresAt: expiresAt.toISOString() },
    audit: { action: 'apiToken.create', entityType: 'apiToken', entityId: id, changes: { name: input.name, expiresAt: expiresAt.toISOString() } },
  };
}

export function revokeApiToken(tx: Tx, ctx: MemberContext, input: { id: string }, now = new Date()): MutationOutcome<null> {
  const row = getInWorkspace(tx, apiTokens, ctx, input.id, 'notFound');
  if (!row.revokedAt) tx.update(apiTokens).set({ revokedAt: now, revokedBy: ctx.userId }).where(eq(apiTokens.id, row.id)).run();
  return { data: null, audit: { action: 'apiToken.revoke', entityType: 'apiToken', entityId: row.id, changes: { name: row.name } } };
}

/** The workspace's tokens, newest first (never the hash). */
export function listApiTokens(tx: Tx, ctx: MemberContext) {
  return tx
    .select(pickColumns(apiTokens, ['id', 'name', 'prefix', 'createdAt', 'expiresAt', 'lastUsedAt', 'revokedAt']))
    .from(apiTokens)
    .where(eq(apiTokens.workspaceId, ctx.workspaceId))
    .orderBy(desc(apiTokens.createdAt))
    .all();
}

export type TokenRefusal = 'missing' | 'malformed' | 'unknown' | 'expired' | 'revoked' | 'ownerNotAdmin' | 'otherWorkspace';

export type TokenCheck = { ok: true; ctx: MemberContext; tokenId: string } | { ok: false; reason: TokenRefusal; status: 401 | 404 };

const SECRET_SHAPE = new RegExp(`^${TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`);

/**
 * Checks `Authorization: Bearer <secret>` for the workspace `slug`. A valid token reads as a
 * reviewer of its own workspace (every read, no write, no admin page), and only while the admin who
 * created it is still an admin there. Every refusal with a token is audited (the token's workspace
 * when known, else the workspace asked for); a token of another workspace gets 404, as a session of
 * a non-member does, so that the other workspace's existence is not revealed.
 */
export function authenticateApiToken(authorization: string | null, slug: string, now = new Date()): TokenCheck {
  const target = db.select({ id: workspaces.id, slug: workspaces.slug }).from(workspaces).where(eq(workspaces.slug, slug)).get();
  const refuse = (reason: TokenRefusal, workspaceId: string | null, tokenId: string | null, status: 401 | 404 = 401): TokenCheck => {
    if (reason !== 'missing') {
      db.transaction((tx) =>
        recordAudit(
          tx,
          { workspaceId, userId: null },
          { action: 'apiToken.refused', entityType: 'apiToken', entityId: tokenId, changes: { reason, workspace: slug.slice(0, 80) } },
        ),
      );
    }
    return { ok: false, reason, status };
  };
  if (!authorization) return refuse('missing', null, null);
  const secret = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  if (!secret || !SECRET_SHAPE.test(secret)) return refuse('malformed', target?.id ?? null, null);
  const token = db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, hashToken(secret)))
    .get();
  if (!token) return refuse('unknown', target?.id ?? null, null);
  if (token.revokedAt) return refuse('revoked', token.workspaceId, token.id);
  if (token.expiresAt <= now) return refuse('expired', token.workspaceId, token.id);
  if (!target || target.id !== token.workspaceId) return refuse('otherWorkspace', token.workspaceId, token.id, 404);
  const owner = token.createdBy
    ? db
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.workspaceId, token.workspaceId), eq(memberships.userId, token.createdBy)))
        .get()
    : undefined;
  if (!owner || !can(owner.role, 'apiTokens.manage')) return refuse('ownerNotAdmin', token.workspaceId, token.id);
  db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, token.id)).run();
  return {
    ok: true,
    tokenId: token.id,
    ctx: { userId: token.createdBy!, workspaceId: target.id, workspaceSlug: target.slug, role: 'reviewer', actorId: null },
  };
}
