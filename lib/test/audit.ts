import { and, eq, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { auditLog } from '@/db/schema';

/** The `action` of every audit log row matching `where` (every row without it), as the table returns them. */
export function auditedActions(where?: SQL): string[] {
  return db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(where)
    .all()
    .map((r) => r.action);
}

/** The audit log's rows of `action` in workspace `workspaceId`. */
export function auditEntries(workspaceId: string, action: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, action)))
    .all();
}
