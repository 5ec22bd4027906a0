import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actionIdsByTitle } from './action-ids';
import { coFinancingInstalments, coFinancingLines } from '@/db/schema';
import type { FunderKind, InstalmentCondition } from '@/db/enums/co-financing';

type DemoInstalment = { euros: number; condition: InstalmentCondition; dueDays: number; received: boolean };
type DemoLine = {
  kind: FunderKind;
  name?: string;
  callYear?: number;
  asked: number;
  granted: number | null;
  paid?: number;
  staffDays?: number;
  dailyCost?: number;
  instalments?: DemoInstalment[];
};

/** A grant of the ministry's call for projects: the advance received (what is paid), the balance due on the final report. */
const ministryCall = (callYear: number, asked: number, granted: number, paid: number, advanceDays: number, balanceDays: number): DemoLine => ({
  kind: 'ministry_call',
  callYear,
  asked,
  granted,
  paid,
  instalments: [
    { euros: paid, condition: 'none', dueDays: advanceDays, received: true },
    { euros: granted - paid, condition: 'final_report', dueDays: balanceDays, received: false },
  ],
});

/**
 * Co-financing plans of five demo actions (issue 20.1), in euros here and cents in the database.
 * Aït Tafraout's plan (Morocco, not a least developed country) comes from the ministry's call
 * and breaks two rules: the ministry pays more than 70 % and staff time is more than half of the
 * authority's share. The others meet every rule.
 */
const PLANS: { action: string; year: number; lines: DemoLine[] }[] = [
  {
    action: 'Nioro-Kaya : santé maternelle et infantile',
    year: 2026,
    lines: [
      ministryCall(2026, 60_000, 60_000, 48_000, -120, 200),
      { kind: 'own', asked: 12_000, granted: 12_000, paid: 12_000, staffDays: 30, dailyCost: 300 },
      { kind: 'afd', asked: 25_000, granted: 20_000, paid: 10_000 },
    ],
  },
  {
    action: 'Tamboura : accès à l’eau potable et assainissement',
    year: 2026,
    lines: [
      { kind: 'one_percent_water', name: 'Agence de l’eau Loire-Bretagne', asked: 40_000, granted: 40_000, paid: 20_000 },
      { kind: 'own', asked: 10_000, granted: 10_000, paid: 10_000 },
      { kind: 'partner_authority', name: 'Commune de Tamboura', asked: 5_000, granted: 5_000, staffDays: 20, dailyCost: 40 },
    ],
  },
  {
    action: 'Aït Tafraout : tourisme rural et filière argan',
    year: 2025,
    lines: [ministryCall(2025, 80_000, 75_000, 60_000, -300, 60), { kind: 'own', asked: 5_000, granted: 5_000, paid: 5_000, staffDays: 50, dailyCost: 200 }],
  },
  {
    action: 'Valmaggiore : sentiers transfrontaliers des tailleurs de pierre',
    year: 2026,
    lines: [
      { kind: 'interreg', name: 'Interreg VI-A France-Italie ALCOTRA', asked: 120_000, granted: null },
      { kind: 'own', asked: 40_000, granted: 40_000, staffDays: 40, dailyCost: 250 },
    ],
  },
  {
    action: 'Erasmus+ Jeunesse : mobilité des jeunes en insertion',
    year: 2026,
    lines: [
      { kind: 'eu_programme', name: 'Erasmus+ Jeunesse (KA1)', asked: 35_000, granted: 35_000, paid: 28_000 },
      { kind: 'own', asked: 8_000, granted: 8_000, paid: 8_000 },
    ],
  },
];

const day = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
const cents = (euros: number) => euros * 100;

/** Seeds the plans; an action that already has a plan is left as it is, so running it again changes nothing. */
export function seedCoFinancing(tx: Tx, { workspaceId }: { workspaceId: string }, now: Date) {
  const titles = PLANS.map((p) => p.action);
  const actions = actionIdsByTitle(tx, workspaceId, titles);
  const planned = new Set(
    tx
      .select({ actionId: coFinancingLines.actionId })
      .from(coFinancingLines)
      .where(eq(coFinancingLines.workspaceId, workspaceId))
      .all()
      .map((r) => r.actionId),
  );
  for (const plan of PLANS) {
    const actionId = actions.get(plan.action);
    if (!actionId) throw new Error(`Unknown demo action ${plan.action}`);
    if (planned.has(actionId)) continue;
    for (const l of plan.lines) {
      const lineId = crypto.randomUUID();
      tx.insert(coFinancingLines)
        .values({
          id: lineId,
          workspaceId,
          actionId,
          year: plan.year,
          funderKind: l.kind,
          funderName: l.name ?? null,
          callYear: l.callYear ?? null,
          askedCents: cents(l.asked),
          grantedCents: l.granted === null ? null : cents(l.granted),
          paidCents: cents(l.paid ?? 0),
          staffDays: l.staffDays ?? 0,
          staffDailyCostCents: cents(l.dailyCost ?? 0),
          createdBy: null,
          createdAt: now,
          updatedAt: now,
        })
        .run();
      for (const i of l.instalments ?? []) {
        const dueOn = day(now, i.dueDays);
        tx.insert(coFinancingInstalments)
          .values({
            id: crypto.randomUUID(),
            workspaceId,
            lineId,
            amountCents: cents(i.euros),
            condition: i.condition,
            dueOn,
            receivedOn: i.received ? dueOn : null,
            createdAt: now,
          })
          .run();
      }
    }
  }
}
