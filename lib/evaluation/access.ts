import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { evaluations } from '@/db/schema';
import type { Role } from '@/db/schema/workspaces';
import { can } from '@/lib/auth/policy';
import type { SectionAccess } from '@/lib/strategy-document/access';

// No `server-only`: the collaboration server asks the same rule as the pages and actions.

/** What a member may do with an evaluation's written chapters: managers write, the team reads, partners nothing. */
export function evaluationAccess(member: { role: Role }): SectionAccess {
  if (!can(member.role, 'evaluation.read')) return 'none';
  return can(member.role, 'evaluation.write') ? 'write' : 'read';
}

/** The workspace of an evaluation's chapter document and its rule, or null when the evaluation does not exist. */
export function resolveEvaluationDocument(tx: Tx, evaluationId: string) {
  const row = tx.select({ workspaceId: evaluations.workspaceId }).from(evaluations).where(eq(evaluations.id, evaluationId)).get();
  return row ? { workspaceId: row.workspaceId, access: evaluationAccess } : null;
}
