import 'server-only';
import crypto from 'node:crypto';
import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { assertWorkspaceMember } from '@/lib/member-of-workspace';
import { actors, auditLog, censusResponses, invitations, memberships, users, workspaces } from '@/db/schema';
import { clearAccountSignInCounters } from '@/lib/auth/rate-limit';
import { endAllSessions } from '@/lib/auth/sessions';
import type { MemberContext } from '@/lib/auth/member';
import type { MutationOutcome } from '@/lib/auth/action';
import { recordAudit } from '@/lib/audit/queries';
import { CONTACT_FIELDS, eraseContactData } from '@/lib/actors/queries';
import { Conflict, NotFound } from '@/lib/errors';
import { ERASED_NAME, ERASED_PASSWORD_HASH, ERASED_TEXT, erasedEmail } from './constants';
import { pickColumns } from '@/lib/pick-columns';
import { pickFields } from '@/lib/pick-fields';

/**
 * Personal data about one person (issue 10.7): everything the database holds about them, as
 * JSON, and its erasure on request.
 *
 * Scope: the person themself gets everything (`workspaceId` null); a workspace admin gets what
 * that workspace holds about one of its members (`workspaceId` set).
 */
export type PersonalDataScope = { workspaceId: string | null; byUserId?: string | null };

/** Tables whose link to the person is handled explicitly; every other table that references users is exported generically. */
// Session and reset records are security state, not personal content (and a reset token's hash is not exported).
const EXPLICIT_TABLES = new Set(['users', 'memberships', 'audit_log', 'invitations', 'sign_in_attempts', 'revoked_sessions', 'password_resets']);
// census_responses.moderated_by (a users reference) is exported generically; answers carrying the person's email explicitly.

type Row = Record<string, unknown>;

/** Every (table, column) whose foreign key points at users.id, read from the schema itself. */
function userReferences(tx: Tx): { table: string; column: string; workspaceColumn: boolean }[] {
  const tables = tx.all<{ name: string }>(
    sql.raw("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%' order by name"),
  );
  const found: { table: string; column: string; workspaceColumn: boolean }[] = [];
  for (const { name } of tables) {
    if (EXPLICIT_TABLES.has(name)) continue;
    const keys = tx.all<{ table: string; from: string }>(sql`select "table", "from" from pragma_foreign_key_list(${name})`);
    const columns = tx.all<{ name: string }>(sql`select name from pragma_table_info(${name})`).map((c) => c.name);
    for (const key of keys) {
      if (key.table === 'users') found.push({ table: name, column: key.from, workspaceColumn: columns.includes('workspace_id') });
    }
  }
  return found;
}

function account(tx: Tx, userId: string) {
  const user = tx.select().from(users).where(eq(users.id, userId)).get();
  if (!user || user.passwordHash === ERASED_PASSWORD_HASH) throw new NotFound('memberNotFound');
  return user;
}

/**
 * The person's contact records in actors: matched by email (case-insensitive), or by exact name
 * when the record has no email (a record with another email is another person of the same name).
 */
function contactRecords(tx: Tx, user: { email: string; name: string }, scope: PersonalDataScope) {
  const match = or(sql`lower(${actors.contactEmail}) = ${user.email.toLowerCase()}`, and(eq(actors.contactName, user.name), isNull(actors.contactEmail)));
  return tx
    .select({
      id: actors.id,
      workspaceId: actors.workspaceId,
      organisation: actors.name,
      ...pickColumns(actors, ['contactName', 'contactRole', 'contactEmail', 'contactPhone', 'updatedAt']),
    })
    .from(actors)
    .where(scope.workspaceId ? and(eq(actors.workspaceId, scope.workspaceId), match) : match)
    .all();
}

/** Public questionnaire answers that still carry the person's email (pending ones: moderation strips contacts). */
function censusAnswers(tx: Tx, user: { email: string }, scope: PersonalDataScope) {
  const match = sql`instr(lower(${censusResponses.payload}), ${user.email.toLowerCase()}) > 0`;
  return tx
    .select(pickColumns(censusResponses, ['id', 'workspaceId', 'status', 'payload', 'submittedAt']))
    .from(censusResponses)
    .where(scope.workspaceId ? and(eq(censusResponses.workspaceId, scope.workspaceId), match) : match)
    .all();
}

/** Audit entries the person made, or that concern them (their id or email in the entry). */
function auditEntries(tx: Tx, user: { id: string; email: string }, scope: PersonalDataScope) {
  const concerning = or(
    eq(auditLog.userId, user.id),
    eq(auditLog.entityId, user.id),
    sql`instr(${auditLog.changes}, ${user.id}) > 0`,
    sql`instr(lower(${auditLog.changes}), ${user.email.toLowerCase()}) > 0`,
  );
  return tx
    .select()
    .from(auditLog)
    .where(scope.workspaceId ? and(eq(auditLog.workspaceId, scope.workspaceId), concerning) : concerning)
    .orderBy(auditLog.id)
    .all();
}

/** Everything held about one person, as a JSON-ready object. */
export function exportPersonalData(tx: Tx, userId: string, scope: PersonalDataScope, now = new Date()) {
  const user = account(tx, userId);
  const workspaceNames = new Map(
    tx
      .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name })
      .from(workspaces)
      .all()
      .map((w) => [w.id, w]),
  );
  const ws = (id: string | null) => (id ? (workspaceNames.get(id) ?? { id, slug: null, name: null }) : null);
  const inScope = (column: typeof memberships.workspaceId | typeof invitations.workspaceId) => (scope.workspaceId ? eq(column, scope.workspaceId) : undefined);

  const memberRows = tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), inScope(memberships.workspaceId)))
    .all();
  const invitationRows = tx
    .select()
    .from(invitations)
    .where(and(or(eq(invitations.email, user.email), eq(invitations.invitedBy, userId)), inScope(invitations.workspaceId)))
    .all();

  const other: Record<string, Row[]> = {};
  for (const ref of userReferences(tx)) {
    if (scope.workspaceId && !ref.workspaceColumn) continue;
    const inWorkspace = scope.workspaceId ? sql` and workspace_id = ${scope.workspaceId}` : sql``;
    const rows = tx.all<Row>(sql`select * from ${sql.identifier(ref.table)} where ${sql.identifier(ref.column)} = ${userId}${inWorkspace} order by rowid`);
    if (rows.length) {
      // Binary columns (e.g. Yjs states) are not personal data one can read: their size is listed instead.
      other[`${ref.table}.${ref.column}`] = rows.map((r) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Buffer.isBuffer(v) ? `<${v.length} bytes>` : v])),
      );
    }
  }

  return {
    format: 'fil-rouge/personal-data@1',
    exportedAt: now.toISOString(),
    scope: scope.workspaceId ? { workspace: ws(scope.workspaceId) } : 'all',
    account: { id: user.id, email: user.email, name: user.name, locale: user.locale, createdAt: user.createdAt.toISOString() },
    memberships: memberRows.map((m) => ({ id: m.id, workspace: ws(m.workspaceId), role: m.role, since: m.createdAt.toISOString() })),
    invitations: invitationRows.map((i) => ({
      id: i.id,
      workspace: ws(i.workspaceId),
      email: i.email,
      role: i.role,
      relation: i.email === user.email ? 'invited' : 'invitedSomeone',
      createdAt: i.createdAt.toISOString(),
      acceptedAt: i.acceptedAt?.toISOString() ?? null,
      revokedAt: i.revokedAt?.toISOString() ?? null,
    })),
    contactRecords: contactRecords(tx, user, scope).map((c) => ({ ...c, workspace: ws(c.workspaceId), updatedAt: c.updatedAt.toISOString() })),
    censusAnswers: censusAnswers(tx, user, scope).map((c) => ({ ...c, workspace: ws(c.workspaceId), submittedAt: c.submittedAt.toISOString() })),
    auditEntries: auditEntries(tx, user, scope).map((a) => ({
      id: a.id,
      workspace: ws(a.workspaceId),
      ...pickFields(a, ['action', 'entityType', 'entityId', 'changes']),
      byThisPerson: a.userId === user.id,
      createdAt: a.createdAt.toISOString(),
    })),
    otherRecords: other,
  };
}

export type PersonalDataExport = ReturnType<typeof exportPersonalData>;

/** Replaces every occurrence of the person's identity in an audit entry's changes. */
function scrub(value: unknown, needles: string[]): unknown {
  if (typeof value === 'string') {
    let out = value;
    for (const needle of needles) out = out.split(needle).join(ERASED_TEXT);
    return out;
  }
  if (Array.isArray(value)) return value.map((v) => scrub(v, needles));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, needles)]));
  return value;
}

/** Workspaces where the person is the only administrator (erasing them would orphan the workspace). */
function soleAdminOf(tx: Tx, userId: string) {
  return tx
    .select({ workspaceId: memberships.workspaceId })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.role, 'admin')))
    .all()
    .filter(
      ({ workspaceId }) =>
        !tx
          .select({ id: memberships.id })
          .from(memberships)
          .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, 'admin'), ne(memberships.userId, userId)))
          .get(),
    );
}

/**
 * Erases one person (right to erasure): the account is anonymised (name and email replaced,
 * password removed, so sessions end: getSessionUser refuses an erased account), memberships are
 * removed, pending invitations to the address revoked and anonymised, contact fields that match
 * the person cleared (lib/actors eraseContactData, audited per actor), and audit entries keep
 * their action while the person's identity in them is replaced. Returns what was erased, in
 * counts only: the audit entry of the erasure holds no erased data.
 */
export function erasePersonalData(tx: Tx, userId: string, scope: PersonalDataScope, now = new Date()) {
  const user = account(tx, userId);
  if (soleAdminOf(tx, userId).length) throw new Conflict('privacySoleAdmin');
  const memberRows = tx.select().from(memberships).where(eq(memberships.userId, userId)).all();
  if (scope.workspaceId && memberRows.some((m) => m.workspaceId !== scope.workspaceId)) {
    // An admin erases only a person who belongs to their workspace alone; the person can erase
    // their own account from their account page.
    throw new Conflict('privacyMemberElsewhere');
  }

  // Contact records: the existing per-actor erasure, in each workspace concerned, audited there.
  const contacts = contactRecords(tx, user, scope);
  for (const contact of contacts) {
    const ctx: MemberContext = { userId, workspaceId: contact.workspaceId, workspaceSlug: '', role: 'admin', actorId: null };
    const outcome = eraseContactData(tx, ctx, { id: contact.id });
    const audits = Array.isArray(outcome.audit) ? outcome.audit : [outcome.audit];
    for (const audit of audits)
      recordAudit(
        tx,
        { workspaceId: contact.workspaceId, userId: scope.byUserId ?? null },
        { ...audit, changes: { ...audit.changes, reason: 'personalData.erase' } },
      );
  }

  // Questionnaire answers still awaiting moderation lose their contact fields, as moderation does.
  const answers = censusAnswers(tx, user, scope);
  for (const answer of answers) {
    tx.update(censusResponses)
      .set({ payload: { ...answer.payload, contactName: null, contactRole: null, contactEmail: null, contactPhone: null } })
      .where(eq(censusResponses.id, answer.id))
      .run();
  }

  // Audit entries keep the action; the person's name and email inside them are replaced. Their
  // user id stays and now names the anonymised account.
  const needles = [user.email, user.name].filter((n) => n.length >= 3);
  const entries = tx
    .select({ id: auditLog.id, changes: auditLog.changes })
    .from(auditLog)
    .where(or(...needles.map((n) => sql`instr(${auditLog.changes}, ${n}) > 0`)))
    .all();
  for (const entry of entries) {
    tx.update(auditLog)
      .set({ changes: scrub(entry.changes, needles) as Record<string, unknown> })
      .where(eq(auditLog.id, entry.id))
      .run();
  }

  const revoked = tx
    .update(invitations)
    .set({ revokedAt: now })
    .where(and(eq(invitations.email, user.email), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .run().changes;
  const anonymousEmail = erasedEmail(crypto.randomUUID());
  tx.update(invitations).set({ email: anonymousEmail }).where(eq(invitations.email, user.email)).run();
  if (memberRows.length)
    tx.delete(memberships)
      .where(
        inArray(
          memberships.id,
          memberRows.map((m) => m.id),
        ),
      )
      .run();
  clearAccountSignInCounters(tx, user.email);
  // Sessions end at the next request (the erased password hash also refuses them).
  endAllSessions(tx, userId);
  tx.update(users).set({ name: ERASED_NAME, email: anonymousEmail, passwordHash: ERASED_PASSWORD_HASH }).where(eq(users.id, userId)).run();

  const summary = {
    erased: ['name', 'email', 'password'],
    memberships: memberRows.length,
    contactRecords: contacts.length,
    censusAnswers: answers.length,
    auditEntriesAnonymised: entries.length,
    invitationsRevoked: revoked,
  };
  // One entry in each workspace the person belonged to, one global: who, when, what (in counts).
  const workspaceIds = new Set(memberRows.map((m) => m.workspaceId));
  for (const workspaceId of workspaceIds) {
    if (scope.workspaceId === workspaceId) continue; // the action wrapper writes this one
    recordAudit(tx, { workspaceId, userId: null }, { action: 'account.erase', entityType: 'user', entityId: userId, changes: { ...summary, by: 'self' } });
  }
  return summary;
}

/** An admin's export of what their workspace holds about one member (audited). */
export function exportMemberPersonalData(tx: Tx, ctx: MemberContext, input: { userId: string }): MutationOutcome<PersonalDataExport> {
  assertWorkspaceMember(tx, ctx, input.userId);
  const data = exportPersonalData(tx, input.userId, { workspaceId: ctx.workspaceId });
  return { data, audit: { action: 'personalData.export', entityType: 'user', entityId: input.userId, changes: { scope: 'workspace' } } };
}

/** An admin erases a member who belongs to this workspace only (audited here, without the data). */
export function eraseMember(tx: Tx, ctx: MemberContext, input: { userId: string }): MutationOutcome<null> {
  if (input.userId === ctx.userId) throw new Conflict('privacyEraseSelf');
  assertWorkspaceMember(tx, ctx, input.userId);
  const summary = erasePersonalData(tx, input.userId, { workspaceId: ctx.workspaceId, byUserId: ctx.userId });
  return { data: null, audit: { action: 'account.erase', entityType: 'user', entityId: input.userId, changes: { ...summary, by: 'admin' } } };
}

/** The person erases their own account (from the account page); audited globally, without the data. */
export function eraseOwnAccount(tx: Tx, userId: string) {
  const summary = erasePersonalData(tx, userId, { workspaceId: null, byUserId: userId });
  recordAudit(tx, { workspaceId: null, userId }, { action: 'account.erase', entityType: 'user', entityId: userId, changes: { ...summary, by: 'self' } });
  return summary;
}

export { CONTACT_FIELDS };
