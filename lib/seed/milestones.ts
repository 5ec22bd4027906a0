import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import { actionIdsByTitle } from './action-ids';
import { actionMilestones } from '@/db/schema';
import type { MilestoneKind } from '@/db/enums/milestones';

/** Milestones of the demo's actions, dated around `now`: some done, one late, some coming (issue 19, point 3). */
const MILESTONES: { action: string; kind: MilestoneKind; label: string | null; days: number; done: boolean }[] = [
  { action: 'Nioro-Kaya : santé maternelle et infantile', kind: 'agreement_signed', label: 'Convention triennale', days: -200, done: true },
  { action: 'Nioro-Kaya : santé maternelle et infantile', kind: 'instalment_received', label: 'Premier versement de l’AFD', days: -90, done: true },
  { action: 'Nioro-Kaya : santé maternelle et infantile', kind: 'report_due', label: 'Rapport d’étape au bailleur', days: 10, done: false },
  { action: 'Nioro-Kaya : correspondances numériques entre collèges', kind: 'report_due', label: 'Bilan de l’année scolaire', days: -5, done: false },
  { action: 'Nioro-Kaya : correspondances numériques entre collèges', kind: 'mission', label: 'Visite des enseignants à Nioro-Kaya', days: 25, done: false },
  { action: 'Mission de la Région au Viêt Nam : volet coopération', kind: 'mission', label: null, days: 40, done: false },
];

const day = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export function seedMilestones(tx: Tx, { workspaceId }: { workspaceId: string }, now: Date) {
  const titles = [...new Set(MILESTONES.map((m) => m.action))];
  const actions = actionIdsByTitle(tx, workspaceId, titles);
  for (const m of MILESTONES) {
    const actionId = actions.get(m.action);
    if (!actionId) throw new Error(`Unknown demo action ${m.action}`);
    const dueOn = day(now, m.days);
    tx.insert(actionMilestones)
      .values({
        id: crypto.randomUUID(),
        workspaceId,
        actionId,
        kind: m.kind,
        label: m.label,
        dueOn,
        doneOn: m.done ? dueOn : null,
        createdBy: null,
        createdAt: now,
        updatedAt: now,
      })
      .run();
  }
}
