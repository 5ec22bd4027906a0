import { z } from 'zod';
import { Id, requiredText, listOrder, optionalParam, countryParam } from '@/lib/zod-fields';
import { ACTION_RATIONALES, ACTION_STATUSES, ACTION_TYPES, ALL_RETURN_CATEGORIES, DEPARTMENT_MODES, type ReturnCategory } from '@/db/schema/external-actions';
import { CompetencyRefString } from '@/lib/competencies/schemas';
import { BudgetLineInput, countryList, optionalDate, optionalId, optionalText, requiredDate } from './fields';

// Messages are keys under `externalActions.validation`, then the app-wide `validation` namespace
// (components/external-actions/use-message.ts).

/** Checkbox groups send an array, one value, or nothing; always an array here. */
const checkboxes = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess(
    (v) => (Array.isArray(v) ? v : v === undefined || v === null || v === false || v === '' ? [] : [v]),
    z.array(item).max(max, { message: 'tooMany' }),
  );

const uniqueIds = (max: number) => checkboxes(Id, max).transform((ids) => [...new Set(ids as string[])]);

export const ReturnCategoryInput = z.enum(ALL_RETURN_CATEGORIES as [ReturnCategory, ...ReturnCategory[]], { message: 'choose' });

export const ActionDepartmentInput = z.object({
  departmentId: z.string({ message: 'departmentRequired' }).min(1, { message: 'departmentRequired' }).max(64),
  mode: z.enum(DEPARTMENT_MODES, { message: 'choose' }),
});

export const ActionCompetencyInput = z.object({
  ref: CompetencyRefString,
  reason: requiredText(5, 500, 'reasonLength'),
});

export const ActionBudgetLineInput = BudgetLineInput;

export const ExpectedReturnInput = z.object({
  /** Present for a return already saved, so that the observed returns answering it stay linked. */
  id: optionalId,
  category: ReturnCategoryInput,
  description: requiredText(3, 1000, 'descriptionLength'),
  indicator: optionalText(300),
  target: optionalText(120),
});

const ActionFields = z.object({
  title: requiredText(2, 160, 'titleLength'),
  description: optionalText(4000),
  type: z.enum(ACTION_TYPES, { message: 'choose' }),
  rationales: checkboxes(z.enum(ACTION_RATIONALES, { message: 'choose' }), ACTION_RATIONALES.length).transform((r) => [...new Set(r)]),
  status: z.enum(ACTION_STATUSES, { message: 'choose' }),
  startDate: optionalDate,
  endDate: optionalDate,
  countries: countryList,
  partnerIds: uniqueIds(50),
  actorIds: uniqueIds(100),
  departments: z.array(ActionDepartmentInput).max(50, { message: 'tooMany' }).default([]),
  competencies: z.array(ActionCompetencyInput).max(50, { message: 'tooMany' }).default([]),
  sdgs: checkboxes(z.coerce.number().int().min(1, { message: 'sdgUnknown' }).max(17, { message: 'sdgUnknown' }), 17).transform((s) =>
    [...new Set(s as number[])].sort((a, b) => a - b),
  ),
  budgetLines: z.array(ActionBudgetLineInput).max(100, { message: 'tooMany' }).default([]),
  expectedReturns: z.array(ExpectedReturnInput).max(50, { message: 'tooMany' }).default([]),
});

/** Cross-field rules: a coherent period, each department and competency once, no actor twice. */
function refineAction(a: z.output<typeof ActionFields>, ctx: z.RefinementCtx) {
  if (a.startDate && a.endDate && a.startDate > a.endDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'dateRangeOrder' });
  const seenDepartments = new Set<string>();
  a.departments.forEach((d, i) => {
    if (seenDepartments.has(d.departmentId)) ctx.addIssue({ code: 'custom', path: ['departments', i, 'departmentId'], message: 'duplicateDepartment' });
    seenDepartments.add(d.departmentId);
  });
  const seenRefs = new Set<string>();
  a.competencies.forEach((c, i) => {
    if (seenRefs.has(c.ref)) ctx.addIssue({ code: 'custom', path: ['competencies', i, 'ref'], message: 'duplicateCompetency' });
    seenRefs.add(c.ref);
  });
  const both = a.partnerIds.filter((id) => a.actorIds.includes(id));
  if (both.length) ctx.addIssue({ code: 'custom', path: ['actorIds'], message: 'actorTwice' });
  const seenExpected = new Set<string>();
  a.expectedReturns.forEach((r, i) => {
    if (r.id && seenExpected.has(r.id)) ctx.addIssue({ code: 'custom', path: ['expectedReturns', i, 'description'], message: 'duplicateReturn' });
    if (r.id) seenExpected.add(r.id);
  });
}

/** An external action as written in its form: the record and everything linked to it. */
export const ExternalActionInput = ActionFields.superRefine(refineAction);
export type ExternalActionInput = z.infer<typeof ExternalActionInput>;
export type ExternalActionFormValues = z.input<typeof ExternalActionInput>;

export const ExternalActionId = Id;
/** The same, for a saved action: `version` is the one the form was loaded with. */
export const UpdateExternalActionInput = ActionFields.extend({ id: Id, version: z.coerce.number().int().min(1) }).superRefine(refineAction);
export type UpdateExternalActionInput = z.infer<typeof UpdateExternalActionInput>;
export const ExternalActionRef = z.object({ id: Id });

/** A return seen afterwards, with its evidence; it may answer one of the action's expected returns. */
export const ObservedReturnInput = z.object({
  actionId: Id,
  expectedReturnId: optionalId,
  category: ReturnCategoryInput,
  description: requiredText(3, 1000, 'descriptionLength'),
  evidence: requiredText(3, 2000, 'evidenceLength'),
  observedOn: requiredDate.refine((d) => d <= new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), { message: 'dateInFuture' }),
  value: optionalText(120),
});
export type ObservedReturnInput = z.infer<typeof ObservedReturnInput>;
export type ObservedReturnFormValues = z.input<typeof ObservedReturnInput>;
export const ObservedReturnRef = z.object({ id: Id });

export const ACTION_SORTABLE = ['title', 'type', 'status', 'startDate', 'budget', 'updatedAt'] as const;

/** The actions table's filters, read from the query string; unknown values mean "no filter". */
export const ExternalActionFilter = z.object({
  q: optionalParam(),
  type: z.enum(ACTION_TYPES).optional().catch(undefined),
  status: z.enum(ACTION_STATUSES).optional().catch(undefined),
  rationale: z.enum(ACTION_RATIONALES).optional().catch(undefined),
  country: countryParam,
  department: optionalParam(64),
  /** A competency reference, or `none` for actions linked to no competency. */
  competency: optionalParam(80),
  partner: optionalParam(64),
  ...listOrder(ACTION_SORTABLE, { sort: 'title', dir: 'asc', size: 25 }),
});
export type ExternalActionFilter = z.infer<typeof ExternalActionFilter>;

/** The filter keys carried from one view to another. */
export const FILTER_KEYS = ['q', 'type', 'status', 'rationale', 'country', 'department', 'competency', 'partner'] as const;

/** Columns of the actions × competencies matrix. */
export const MATRIX_DIMENSIONS = ['type', 'rationale', 'status', 'department'] as const;
export type MatrixDimension = (typeof MATRIX_DIMENSIONS)[number];
export const MatrixDimensionParam = z.enum(MATRIX_DIMENSIONS).catch('type');
