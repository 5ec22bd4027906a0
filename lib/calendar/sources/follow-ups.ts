import 'server-only';
import { and, eq, gte, isNotNull, lte, or, type SQL } from 'drizzle-orm';
import { diagnosticFollowUps, diagnostics } from '@/db/schema';
import { can } from '@/lib/auth/policy';
import type { CalendarSource } from '../types';
import { pickColumns } from '@/lib/pick-columns';

/**
 * Diagnostic follow-up items with a due day. Managers see all; other readers those of completed
 * diagnostics (as lib/diagnostic/queries.ts shows them) and the items they own.
 */
export const followUpSource: CalendarSource = {
  key: 'followUp',
  permission: 'diagnostic.read',
  events: (tx, ctx, range, today) => {
    const scope: SQL[] = can(ctx.role, 'diagnostic.manage') ? [] : [or(eq(diagnostics.status, 'completed'), eq(diagnosticFollowUps.ownerId, ctx.userId))!];
    const rows = tx
      .select(pickColumns(diagnosticFollowUps, ['id', 'diagnosticId', 'title', 'dueOn', 'status', 'ownerId']))
      .from(diagnosticFollowUps)
      .innerJoin(diagnostics, eq(diagnostics.id, diagnosticFollowUps.diagnosticId))
      .where(
        and(
          eq(diagnosticFollowUps.workspaceId, ctx.workspaceId),
          isNotNull(diagnosticFollowUps.dueOn),
          gte(diagnosticFollowUps.dueOn, range.from),
          lte(diagnosticFollowUps.dueOn, range.to),
          ...scope,
        ),
      )
      .limit(500)
      .all();
    return rows.map((r) => {
      const closed = r.status === 'done' || r.status === 'dropped';
      return {
        uid: `followUp-${r.id}`,
        source: 'followUp',
        date: r.dueOn!,
        title: { key: 'calendar.events.followUp', values: { title: r.title } },
        href: `/diagnostic/${r.diagnosticId}/results`,
        status: closed ? 'done' : r.dueOn! < today ? 'late' : 'planned',
        mine: !closed && r.ownerId === ctx.userId,
      };
    });
  },
};
