'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { FUNDER_KINDS } from '@/db/enums/co-financing';
import type { CoFinancingLineFormValues } from '@/lib/co-financing/schemas';
import { createCoFinancingLineAction, updateCoFinancingLineAction } from '@/lib/co-financing/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, FormSuccess } from '@/components/ui/field';
import { useCoFinancingMessage } from './use-message';
import { Select, enumItems } from '@/components/ui/select-field';

export type LineFormInitial = Omit<CoFinancingLineFormValues, 'actionId'> & { id: string; name: string };

/**
 * Adds a funder's line to an action's plan, or edits one (`initial`). Amounts in euros as people
 * type them; the server turns them into cents and checks them.
 */
export function LineForm({
  workspaceId,
  actionId,
  initial,
  onDone,
}: {
  workspaceId: string;
  actionId: string;
  initial?: LineFormInitial;
  onDone?: () => void;
}) {
  const t = useTranslations('coFinancing');
  const router = useRouter();
  const message = useCoFinancingMessage();
  const [done, setDone] = useState(false);
  const prefix = initial ? `cf-${initial.id.slice(0, 8)}` : 'cf-new';
  const empty: CoFinancingLineFormValues = initial
    ? { ...initial, actionId }
    : {
        actionId,
        year: String(new Date().getFullYear()),
        funderKind: '' as CoFinancingLineFormValues['funderKind'],
        funderName: '',
        callYear: '',
        asked: '',
        granted: '',
        paid: '',
        staffDays: '',
        staffDailyCost: '',
      };
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: empty,
    action: (values: CoFinancingLineFormValues) => {
      if (!initial) return createCoFinancingLineAction(workspaceId, values);
      const { actionId: _unused, ...rest } = values;
      return updateCoFinancingLineAction(workspaceId, { ...rest, id: initial.id });
    },
    onSuccess: () => {
      setDone(true);
      if (!initial) form.reset(empty);
      router.refresh();
      onDone?.();
    },
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  const titleId = `${prefix}-h`;
  return (
    <form onSubmit={(e) => (setDone(false), onSubmit(e))} noValidate className="stack subform" aria-labelledby={titleId}>
      <h3 id={titleId}>{initial ? t('form.editTitle', { name: initial.name }) : t('form.addTitle')}</h3>
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id={`${prefix}-year`} label={t('fields.year')} error={err(errors.year)} required>
          {(p) => <input {...p} type="number" inputMode="numeric" min={1990} max={2100} {...form.register('year')} />}
        </Field>
        <Field id={`${prefix}-kind`} label={t('fields.funderKind')} error={err(errors.funderKind)} required>
          {(p) => (
            <Select {...p} field={form.register('funderKind')} empty={t('form.chooseKind')} items={enumItems(FUNDER_KINDS, (k) => t(`funderKinds.${k}`))} />
          )}
        </Field>
        <Field id={`${prefix}-name`} label={t('fields.funderName')} hint={t('form.nameHint')} error={err(errors.funderName)}>
          {(p) => <input {...p} type="text" maxLength={200} autoComplete="off" {...form.register('funderName')} />}
        </Field>
        <Field id={`${prefix}-call`} label={t('fields.callYear')} hint={t('form.callYearHint')} error={err(errors.callYear)}>
          {(p) => <input {...p} type="number" inputMode="numeric" min={1990} max={2100} {...form.register('callYear')} />}
        </Field>
      </div>
      <p className="hint">{t('form.amountHint')}</p>
      <div className="grid-3">
        <Field id={`${prefix}-asked`} label={t('fields.asked')} error={err(errors.asked)} required>
          {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...form.register('asked')} />}
        </Field>
        <Field id={`${prefix}-granted`} label={t('fields.granted')} error={err(errors.granted)}>
          {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...form.register('granted')} />}
        </Field>
        <Field id={`${prefix}-paid`} label={t('fields.paid')} error={err(errors.paid)}>
          {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...form.register('paid')} />}
        </Field>
      </div>
      <p className="hint">{t('form.staffHint')}</p>
      <div className="grid-2">
        <Field id={`${prefix}-days`} label={t('fields.staffDays')} error={err(errors.staffDays)}>
          {(p) => <input {...p} type="number" inputMode="numeric" min={0} max={3660} {...form.register('staffDays')} />}
        </Field>
        <Field id={`${prefix}-cost`} label={t('fields.staffDailyCost')} error={err(errors.staffDailyCost)}>
          {(p) => <input {...p} type="text" inputMode="decimal" autoComplete="off" {...form.register('staffDailyCost')} />}
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={mutation.isPending}>
          {initial ? t('form.save') : t('form.submit')}
        </button>
        {initial && onDone ? (
          <button type="button" className="button secondary" onClick={onDone}>
            {t('form.cancel')}
          </button>
        ) : null}
      </div>
      <FormSuccess message={done ? (initial ? t('form.saved') : t('form.added')) : null} />
    </form>
  );
}
