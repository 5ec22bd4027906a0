import { and, eq, isNotNull, max } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { strategyIndicators, strategyIndicatorValues } from '@/db/schema';
import { indicatorProgress, isoDay, systemClock, type Clock } from '@/lib/strategy/progress';
import { notify } from './notify';

// No `server-only`: scripts/server.ts runs this sweep at start and every hour, outside Next.

/**
 * Tells each indicator's owner when its update is late (lib/strategy/progress.ts decides, from the
 * injectable clock). Idempotent: one notification per indicator and due date, however often it
 * runs — a new value moves the due date, and the next lateness is a new notice. One query for the
 * indicators and one for their latest values, whatever their number. Returns how many were sent.
 */
export function sweepOverdueIndicators(tx: Tx, clock: Clock = systemClock, workspaceId?: string): number {
  const where = workspaceId
    ? and(isNotNull(strategyIndicators.ownerId), eq(strategyIndicators.workspaceId, workspaceId))
    : isNotNull(strategyIndicators.ownerId);
  const indicators = tx.select().from(strategyIndicators).where(where).all();
  if (indicators.length === 0) return 0;
  const latestRows = tx
    .select({ indicatorId: strategyIndicatorValues.indicatorId, observedOn: max(strategyIndicatorValues.observedOn) })
    .from(strategyIndicatorValues)
    .where(workspaceId ? eq(strategyIndicatorValues.workspaceId, workspaceId) : undefined)
    .groupBy(strategyIndicatorValues.indicatorId)
    .all();
  const latest = new Map(latestRows.map((r) => [r.indicatorId, r.observedOn]));
  const now = clock();
  const today = isoDay(now);
  let sent = 0;
  for (const indicator of indicators) {
    const observedOn = latest.get(indicator.id);
    const progress = indicatorProgress(
      { ...indicator, startedOn: isoDay(indicator.createdAt) },
      observedOn ? [{ observedOn, value: indicator.baseline }] : [],
      today,
    );
    if (!progress.overdue) continue;
    sent += notify(tx, {
      workspaceId: indicator.workspaceId,
      recipients: [indicator.ownerId],
      kind: 'indicator_overdue',
      params: { indicator: indicator.name, due: progress.dueOn },
      href: `/strategy/indicators/${indicator.id}`,
      permission: 'strategy.read',
      dedupeKey: `indicator_overdue:${indicator.id}:${progress.dueOn}`,
      now,
    }).length;
  }
  return sent;
}
