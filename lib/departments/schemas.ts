import { z } from 'zod';
import { requiredText } from '@/lib/zod-fields';
import { Version } from '@/lib/concurrency';
import { FUNDING_SOURCES } from '@/db/schema/departments';
import { budgetYear, euros, languageList, optionalId, optionalText } from '@/lib/external-actions/fields';

// Messages are keys under `externalActions.validation` (components/external-actions/use-message.ts).

/** A department's record: name, what it does, its point person and the languages its agents speak. */
export const DepartmentInput = z.object({
  name: requiredText(2, 160, 'nameLength'),
  description: optionalText(2000),
  pointPersonUserId: optionalId,
  pointPersonActorId: optionalId,
  languages: languageList,
});
export type DepartmentInput = z.infer<typeof DepartmentInput>;
export type DepartmentFormValues = z.input<typeof DepartmentInput>;

export const DepartmentId = z.string().min(1).max(64);
export const UpdateDepartmentInput = DepartmentInput.extend({ id: DepartmentId, version: Version });

/** A stored department as the edit form shows it. */
export function departmentFormValues(d: {
  name: string;
  description: string | null;
  pointPersonUserId: string | null;
  pointPersonActorId: string | null;
  languages: string[];
}): DepartmentFormValues {
  return {
    name: d.name,
    description: d.description ?? '',
    pointPersonUserId: d.pointPersonUserId ?? '',
    pointPersonActorId: d.pointPersonActorId ?? '',
    languages: d.languages,
  };
}
export const DepartmentRef = z.object({ id: DepartmentId });

/** A line of international spending in the department's own budget, outside any recorded action. */
export const DepartmentBudgetLineInput = z.object({
  departmentId: DepartmentId,
  label: requiredText(2, 160, 'labelLength'),
  year: budgetYear,
  amount: euros,
  fundingSource: z.enum(FUNDING_SOURCES, { message: 'choose' }),
});
export type DepartmentBudgetLineInput = z.infer<typeof DepartmentBudgetLineInput>;
export type DepartmentBudgetLineFormValues = z.input<typeof DepartmentBudgetLineInput>;
export const DepartmentBudgetLineRef = z.object({ id: z.string().min(1).max(64) });
