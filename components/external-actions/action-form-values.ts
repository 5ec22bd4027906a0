import type { UseFormReturn } from 'react-hook-form';
import type { FundingSource } from '@/db/enums/departments';
import type { ActionFormOptions } from '@/lib/external-actions/form-options';
import type { ActionRationale, ActionStatus, ActionType, DepartmentMode, ReturnCategory } from '@/db/enums/external-actions';

/**
 * What the action form holds: the browser's own values (text as typed, '' for nothing chosen), which
 * the server parses with ExternalActionInput. `externalActionFormValues` (lib/external-actions) gives
 * a saved action in this shape.
 */
export type ActionFormValues = {
  title: string;
  description: string;
  type: ActionType;
  rationales: ActionRationale[];
  status: ActionStatus;
  startDate: string;
  endDate: string;
  countries: string[];
  partnerIds: string[];
  actorIds: string[];
  departments: { departmentId: string; mode: DepartmentMode }[];
  competencies: { ref: string; reason: string }[];
  sdgs: string[];
  budgetLines: { year: string; amount: string; fundingSource: FundingSource; departmentId: string; label: string }[];
  /** `category` is '' until chosen; the server refuses it then ('choose'). */
  expectedReturns: { id: string; category: ReturnCategory | ''; description: string; indicator: string; target: string }[];
};

/** The react-hook-form handle each fieldset of the action form receives. */
export type ActionFormHandle = UseFormReturn<ActionFormValues>;

/** The props every fieldset of the action form takes. */
export type ActionFieldsetProps = {
  form: ActionFormHandle;
  options: ActionFormOptions;
  /** A field's error, translated (components/external-actions/use-message.ts). */
  err: (error: { message?: string } | undefined) => string | undefined;
};

export const EMPTY_ACTION: ActionFormValues = {
  title: '',
  description: '',
  type: 'decentralised_cooperation',
  rationales: [],
  status: 'planned',
  startDate: '',
  endDate: '',
  countries: [],
  partnerIds: [],
  actorIds: [],
  departments: [],
  competencies: [],
  sdgs: [],
  budgetLines: [],
  expectedReturns: [],
};

/** Reads an amount as typed, for the running total only (the schema decides what is valid). */
export function typedCents(value: unknown): number {
  const n = Number(
    String(value ?? '')
      .replace(/[\s\u00a0\u202f€]/g, '')
      .replace(',', '.'),
  );
  return Number.isFinite(n) && n > 0 ? Math.round(n * 100) : 0;
}

export type { ActionFormOptions };
