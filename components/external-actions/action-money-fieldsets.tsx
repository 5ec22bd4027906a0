'use client';

import { useFormatter, useTranslations } from 'next-intl';
import { useFieldArray } from 'react-hook-form';
import type { FundingSource } from '@/db/enums/departments';
import { Field } from '@/components/ui/field';
import { WideRepeatRows } from './repeat-row';
import { ReturnCategoryOptions } from './return-category-options';
import { formatMoney } from './money';
import { typedCents, type ActionFieldsetProps } from './action-form-values';
import { Select, enumItems, namedItems } from '@/components/ui/select-field';

/** Budget lines by year and funding source, with a running total. */
export function ActionBudgetFieldset({ form, options, err, savedSources }: ActionFieldsetProps & { savedSources: readonly FundingSource[] }) {
  const t = useTranslations('externalActions');
  const format = useFormatter();
  const { control, register } = form;
  const errors = form.formState.errors;
  const budgetLines = useFieldArray({ control, name: 'budgetLines', keyName: 'key' });
  const lines = form.watch('budgetLines') ?? [];
  const total = lines.reduce((s, l) => s + typedCents(l.amount), 0);
  // A saved line keeps showing its source even if the level may no longer use it; saving then says why.
  const sourceChoices = [...new Set([...options.fundingSources, ...savedSources])];
  return (
    <WideRepeatRows
      group="budget"
      array={budgetLines}
      footer={
        <div className="toolbar">
          <button
            type="button"
            className="button small"
            onClick={() => budgetLines.append({ year: String(new Date().getFullYear()), amount: '', fundingSource: 'own_funds', departmentId: '', label: '' })}
          >
            {t('form.addBudgetLine')}
          </button>
          <p className="form-total" aria-live="polite">
            {t('form.budgetTotal', { amount: formatMoney(format, total, total % 100 !== 0) })}
          </p>
        </div>
      }
    >
      {(i) => {
        const e = errors.budgetLines?.[i];
        return (
          <>
            <Field id={`line-${i}-year`} label={t('fields.year')} error={err(e?.year)} required>
              {(p) => <input {...p} type="number" inputMode="numeric" min={1990} max={2100} step={1} {...register(`budgetLines.${i}.year`)} />}
            </Field>
            <Field id={`line-${i}-amount`} label={t('fields.amount')} hint={i === 0 ? t('fields.amountHint') : undefined} error={err(e?.amount)} required>
              {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...register(`budgetLines.${i}.amount`)} />}
            </Field>
            <Field id={`line-${i}-source`} label={t('fields.fundingSource')} error={err(e?.fundingSource)} required>
              {(p) => <Select {...p} field={register(`budgetLines.${i}.fundingSource`)} items={enumItems(sourceChoices, (s) => t(`fundingSources.${s}`))} />}
            </Field>
            <Field id={`line-${i}-department`} label={t('fields.budgetDepartment')} error={err(e?.departmentId)}>
              {(p) => (
                <Select {...p} field={register(`budgetLines.${i}.departmentId`)} empty={t('form.noDepartment')} items={namedItems(options.departments)} />
              )}
            </Field>
            <div className="wide">
              <Field id={`line-${i}-label`} label={t('fields.label')} error={err(e?.label)}>
                {(p) => <input {...p} type="text" autoComplete="off" {...register(`budgetLines.${i}.label`)} />}
              </Field>
            </div>
          </>
        );
      }}
    </WideRepeatRows>
  );
}

/** The returns the action is expected to bring, each with an indicator and a target. */
export function ActionExpectedFieldset({ form, err }: Omit<ActionFieldsetProps, 'options'>) {
  const t = useTranslations('externalActions');
  const { control, register } = form;
  const errors = form.formState.errors;
  const expected = useFieldArray({ control, name: 'expectedReturns', keyName: 'key' });
  return (
    <WideRepeatRows
      group="expected"
      array={expected}
      footer={
        <button type="button" className="button small" onClick={() => expected.append({ id: '', category: '', description: '', indicator: '', target: '' })}>
          {t('form.addExpected')}
        </button>
      }
    >
      {(i) => {
        const e = errors.expectedReturns?.[i];
        return (
          <>
            <input type="hidden" {...register(`expectedReturns.${i}.id`)} />
            <Field id={`exp-${i}-category`} label={t('fields.category')} error={err(e?.category)} required>
              {(p) => (
                <select {...p} {...register(`expectedReturns.${i}.category`)}>
                  <ReturnCategoryOptions />
                </select>
              )}
            </Field>
            <div className="wide">
              <Field id={`exp-${i}-description`} label={t('fields.returnDescription')} error={err(e?.description)} required>
                {(p) => <textarea {...p} rows={2} {...register(`expectedReturns.${i}.description`)} />}
              </Field>
            </div>
            <Field id={`exp-${i}-indicator`} label={t('fields.indicator')} error={err(e?.indicator)}>
              {(p) => <input {...p} type="text" autoComplete="off" {...register(`expectedReturns.${i}.indicator`)} />}
            </Field>
            <Field id={`exp-${i}-target`} label={t('fields.target')} error={err(e?.target)}>
              {(p) => <input {...p} type="text" autoComplete="off" {...register(`expectedReturns.${i}.target`)} />}
            </Field>
          </>
        );
      }}
    </WideRepeatRows>
  );
}
