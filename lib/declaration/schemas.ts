import { z } from 'zod';
import { AID_CATEGORIES } from '@/db/enums/declaration';
import { Id } from '@/lib/zod-fields';
import { budgetYear } from '@/lib/external-actions/fields';

// Messages are keys under `declaration.validation`, then the app-wide `validation` namespace.

export const DeclarationYearInput = z.object({ year: budgetYear });
export type DeclarationYearInput = z.infer<typeof DeclarationYearInput>;

/** Chooses (or clears, with null) the declaration category of an action. */
export const AidCategoryInput = z.object({
  actionId: Id,
  category: z.enum(AID_CATEGORIES, { message: 'aidCategory' }).nullable(),
});
export type AidCategoryInput = z.infer<typeof AidCategoryInput>;
