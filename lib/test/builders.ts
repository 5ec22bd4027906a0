import type { z } from 'zod';
import { db } from '@/db/client';
import { createActor } from '@/lib/actors/queries';
import { ActorInput } from '@/lib/actors/schemas';
import { createExternalAction } from '@/lib/external-actions/queries';
import { ExternalActionInput, type ExternalActionFormValues } from '@/lib/external-actions/schemas';
import { createMission } from '@/lib/missions/write-queries';
import { MissionInput, type MissionFormValues } from '@/lib/missions/schemas';
import { createAxis, createIndicator, saveStrategy, setPlacement } from '@/lib/strategy/queries';
import { AxisInput, IndicatorInput, PlacementInput, StrategyInput } from '@/lib/strategy/schemas';
import type { Role } from '@/db/schema/workspaces';
import type { makeWorkspace } from './fixtures';

// Records created through the domains' own queries, as the workspace's editor would (validated,
// audited), for tests that need a few of them. Each returns the new record's id.

type Ws = ReturnType<typeof makeWorkspace>;

/** An actor: a partner authority in Senegal unless `values` says otherwise. */
export function createTestActor(ws: Ws, name: string, values: Partial<z.input<typeof ActorInput>> = {}) {
  const input = ActorInput.parse({ name, category: 'partner_authority', country: 'SN', influence: 3, interest: 3, ...values });
  return db.transaction((tx) => createActor(tx, ws.ctx('editor'), input)).data.id;
}

/** An external action: a running decentralised cooperation unless `values` says otherwise. */
export function createTestAction(ws: Ws, values: Partial<ExternalActionFormValues> & { title: string }) {
  const input = ExternalActionInput.parse({ type: 'decentralised_cooperation', status: 'running', ...values });
  return db.transaction((tx) => createExternalAction(tx, ws.ctx('editor'), input)).data.id;
}

/** The workspace's strategy (its first version), saved by `role`. */
export function saveTestStrategy(
  ws: Ws,
  values: { periodStart: number; periodEnd: number; vision: string; thread: string; principles: string },
  role: Role = 'editor',
) {
  db.transaction((tx) => saveStrategy(tx, ws.ctx(role), StrategyInput.parse({ ...values, version: 0 })));
}

/** An axis of the strategy with its objectives (one per line), created by `role`. */
export function createTestAxis(ws: Ws, title: string, objectives: string, role: Role = 'editor') {
  return db.transaction((tx) => createAxis(tx, ws.ctx(role), AxisInput.parse({ title, objectives }))).data.id;
}

/** Places an action on an axis, or outside any axis with a reason. */
export function placeTestAction(ws: Ws, actionId: string, placement: string, outsideReason?: string) {
  db.transaction((tx) => setPlacement(tx, ws.ctx('editor'), PlacementInput.parse({ actionId, placement, outsideReason })));
}

/** A technical mission to Senegal, 2 to 6 March 2025, unless `values` says otherwise. */
export function createTestMission(ws: Ws, values: Partial<MissionFormValues> = {}) {
  const input = MissionInput.parse({
    title: 'Mission à Dakar',
    kind: 'technical',
    direction: 'abroad',
    country: 'SN',
    startDate: '2025-03-02',
    endDate: '2025-03-06',
    ...values,
  });
  return db.transaction((tx) => createMission(tx, ws.ctx('editor'), input)).data.id;
}

/** An indicator, yearly with a target at the end of 2028 unless `values` says otherwise, created by `role`. */
export function createTestIndicator(ws: Ws, values: Partial<z.input<typeof IndicatorInput>> & { name: string }, role: Role = 'editor') {
  const input = IndicatorInput.parse({ targetDate: '2028-12-31', frequency: 'yearly', ...values });
  return db.transaction((tx) => createIndicator(tx, ws.ctx(role), input)).data.id;
}
