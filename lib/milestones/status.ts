import type { MilestoneStatus } from '@/db/enums/milestones';

/** A milestone's status from its days: done once it has a day of completion, late when its day is past without one. */
export function milestoneStatus(m: { dueOn: string; doneOn: string | null }, today: string): MilestoneStatus {
  if (m.doneOn) return 'done';
  return m.dueOn < today ? 'late' : 'planned';
}
