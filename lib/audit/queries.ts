import 'server-only';
import { and, desc, eq, gte, inArray, lt, sql, count } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { AuditFilter } from './schemas';

export type AuditRecord = {
  action: string;
  entityType: string;
  entityId?: string | null;
  changes?: Record<string, unknown>;
};

/** Writes one audit entry; call it inside the mutation's transaction. */
export function recordAudit(tx: Tx, who: { workspaceId: string | null; userId: string | null }, record: AuditRecord) {
  tx.insert(auditLog)
    .values({
      workspaceId: who.workspaceId,
      userId: who.userId,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      changes: record.changes ?? null,
      createdAt: new Date(),
    })
    .run();
}

export const AUDIT_PAGE_SIZE = 50;

/** One page of the workspace's audit log, newest first, with the total for pagination. */
export function listAuditEntries(tx: Tx, ctx: MemberContext, filter: AuditFilter) {
  const conditions = [eq(auditLog.workspaceId, ctx.workspaceId)];
  if (filter.userId) conditions.push(eq(auditLog.userId, filter.userId));
  if (filter.entityType) conditions.push(eq(auditLog.entityType, filter.entityType));
  if (filter.from) conditions.push(gte(auditLog.createdAt, new Date(`${filter.from}T00:00:00Z`)));
  if (filter.to) {
    const end = new Date(`${filter.to}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    conditions.push(lt(auditLog.createdAt, end));
  }
  const where = and(...conditions);
  const total = tx.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  const rows = tx
    .select({
      id: auditLog.id,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
      createdAt: auditLog.createdAt,
      userId: auditLog.userId,
      userName: users.name,
      userEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((filter.page - 1) * AUDIT_PAGE_SIZE)
    .all();
  return { rows: withSubjects(tx, rows), total, pageSize: AUDIT_PAGE_SIZE };
}

/** The person a membership entry is about (`changes.userId`), when the entry names one. */
function subjectIdOf(row: { entityType: string; changes: Record<string, unknown> | null }): string | null {
  const id = row.entityType === 'membership' ? row.changes?.userId : null;
  return typeof id === 'string' ? id : null;
}

/**
 * Adds the name of the member whose role changed or who was removed: the log stores their id, the
 * admin reads their name (null once their account was erased).
 */
function withSubjects<R extends { entityType: string; changes: Record<string, unknown> | null }>(tx: Tx, rows: R[]) {
  const ids = [...new Set(rows.map(subjectIdOf).filter((id): id is string => id !== null))];
  const names = new Map(
    ids.length
      ? tx
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(inArray(users.id, ids))
          .all()
          .map((u) => [u.id, u.name] as const)
      : [],
  );
  return rows.map((row) => {
    const id = subjectIdOf(row);
    return { ...row, subjectName: id ? (names.get(id) ?? null) : null };
  });
}

/** The entity types present in the workspace's log, for the filter's options. */
export function listAuditEntityTypes(tx: Tx, ctx: MemberContext): string[] {
  return tx
    .selectDistinct({ t: auditLog.entityType })
    .from(auditLog)
    .where(eq(auditLog.workspaceId, ctx.workspaceId))
    .orderBy(sql`1`)
    .all()
    .map((r) => r.t);
}
