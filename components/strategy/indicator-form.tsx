'use client';

import type { z } from 'zod';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { INDICATOR_FREQUENCIES } from '@/db/enums/strategy';
import type { UpdateIndicatorInput } from '@/lib/strategy/schemas';
import { indicatorFormValues } from '@/lib/strategy/form-values';
import { createIndicatorAction, updateIndicatorAction } from '@/lib/strategy/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { useStrategyMessage } from './use-strategy-message';
import { Options } from '@/components/ui/options';
import { Select, enumItems } from '@/components/ui/select-field';

type Option = { id: string; label: string };

/**
 * Creates an indicator on an axis or an action (`targets`, or a fixed `axisId`), or edits one
 * (`indicator`). An owner who is not a manager keeps the indicator: the owner field is locked.
 */
export function IndicatorForm({
  workspaceId,
  owners,
  axisId,
  targets,
  indicator,
  ownerLocked = false,
}: {
  workspaceId: string;
  owners: { userId: string; name: string }[];
  axisId?: string;
  targets?: { axes: Option[]; actions: Option[] };
  /** The indicator edited: what its form shows (lib/strategy/form-values.ts), its id and version. */
  indicator?: Parameters<typeof indicatorFormValues>[0] & { id: string; version: number };
  ownerLocked?: boolean;
}) {
  const t = useTranslations('strategy');
  const message = useStrategyMessage();
  const [target, setTarget] = useState(axisId ? `axis:${axisId}` : '');
  const empty = { name: '', unit: '', baseline: '', target: '', targetDate: '', ownerId: '', frequency: 'quarterly' };
  const { form, mutation, onSubmit, formError, versioning, saved } = useSavedForm({
    defaultValues: (indicator ? { ...indicatorFormValues(indicator), indicatorId: indicator.id } : { ...empty, axisId: axisId ?? '', actionId: '' }) as never,
    version: indicator?.version,
    action: (values: z.input<typeof UpdateIndicatorInput>, version) =>
      (indicator ? updateIndicatorAction(workspaceId, { ...values, version }) : createIndicatorAction(workspaceId, values as never)) as never,
    reset: !indicator,
  });
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const err = (key: string) => message(errors[key]?.message);
  const prefix = indicator ? 'indicator-edit' : 'indicator-new';
  return (
    <form onSubmit={onSubmit} noValidate className="stack">
      <FormError message={message(formError)} />
      {indicator ? (
        <ConflictPanel
          versioning={versioning}
          fields={[
            { name: 'name', label: t('fields.indicatorName') },
            { name: 'unit', label: t('fields.unit') },
            { name: 'baseline', label: t('fields.baseline') },
            { name: 'target', label: t('fields.target') },
            { name: 'targetDate', label: t('fields.targetDate') },
            { name: 'ownerId', label: t('fields.owner'), format: (v) => owners.find((o) => o.userId === v)?.name ?? '' },
            { name: 'frequency', label: t('fields.frequency'), format: (v) => (v ? t(`frequencies.${v as string}`) : '') },
          ]}
        />
      ) : null}
      {targets ? (
        <Field id={`${prefix}-target`} label={t('fields.indicatorTarget')} error={err('axisId')} required>
          {(p) => (
            <select
              {...p}
              value={target}
              onChange={(e) => {
                setTarget(e.target.value);
                const [kind, id] = e.target.value.split(':');
                form.setValue('axisId' as never, (kind === 'axis' ? id : '') as never);
                form.setValue('actionId' as never, (kind === 'action' ? id : '') as never);
              }}
            >
              <option value="">{t('indicators.chooseTarget')}</option>
              <optgroup label={t('indicators.axesGroup')}>
                <Options items={targets.axes.map((a) => ({ value: `axis:${a.id}`, label: a.label }))} />
              </optgroup>
              <optgroup label={t('indicators.actionsGroup')}>
                <Options items={targets.actions.map((a) => ({ value: `action:${a.id}`, label: a.label }))} />
              </optgroup>
            </select>
          )}
        </Field>
      ) : null}
      <div className="grid-2">
        <Field id={`${prefix}-name`} label={t('fields.indicatorName')} error={err('name')} required>
          {(p) => <input {...p} type="text" autoComplete="off" {...form.register('name')} />}
        </Field>
        <Field id={`${prefix}-unit`} label={t('fields.unit')} error={err('unit')} required>
          {(p) => <input {...p} type="text" autoComplete="off" {...form.register('unit')} />}
        </Field>
        <Field id={`${prefix}-baseline`} label={t('fields.baseline')} error={err('baseline')} required>
          {(p) => <input {...p} type="text" inputMode="decimal" {...form.register('baseline')} />}
        </Field>
        <Field id={`${prefix}-target-value`} label={t('fields.target')} error={err('target')} required>
          {(p) => <input {...p} type="text" inputMode="decimal" {...form.register('target')} />}
        </Field>
        <Field id={`${prefix}-date`} label={t('fields.targetDate')} error={err('targetDate')} required>
          {(p) => <input {...p} type="date" {...form.register('targetDate')} />}
        </Field>
        <Field id={`${prefix}-frequency`} label={t('fields.frequency')} error={err('frequency')} required>
          {(p) => <Select {...p} field={form.register('frequency')} items={enumItems(INDICATOR_FREQUENCIES, (f) => t(`frequencies.${f}`))} />}
        </Field>
        {ownerLocked ? (
          <input type="hidden" {...form.register('ownerId')} />
        ) : (
          <Field id={`${prefix}-owner`} label={t('fields.owner')} error={err('ownerId')}>
            {(p) => (
              <Select {...p} field={form.register('ownerId')} empty={t('indicators.noOwner')} items={owners.map((o) => ({ value: o.userId, label: o.name }))} />
            )}
          </Field>
        )}
      </div>
      <SubmitRow disabled={mutation.isPending} success={saved ? (indicator ? t('indicators.saved') : t('indicators.created')) : null}>
        {indicator ? t('indicators.save') : t('indicators.create')}
      </SubmitRow>
    </form>
  );
}
