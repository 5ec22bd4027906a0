'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select-field';

type Error = { message?: string } | undefined;

/** A follow-up item's title, owner and due date, as both its creation and its edit form ask them. */
export function FollowUpFields({
  id,
  owners,
  register,
  errors,
  tr,
}: {
  id: string;
  owners: { userId: string; name: string }[];
  register: (name: 'title' | 'ownerId' | 'dueOn') => UseFormRegisterReturn;
  errors: { title?: Error; ownerId?: Error; dueOn?: Error };
  /** The form's message hook (components/diagnostic/use-diagnostic-message.ts). */
  tr: (message?: string | null) => string | undefined;
}) {
  const t = useTranslations('diagnostic');
  return (
    <>
      <Field id={`${id}-title`} label={t('followUp.title')} error={tr(errors.title?.message)} required>
        {(p) => <input {...p} type="text" {...register('title')} />}
      </Field>
      <Field id={`${id}-owner`} label={t('followUp.owner')} error={tr(errors.ownerId?.message)}>
        {(p) => <Select {...p} field={register('ownerId')} empty={t('followUp.noOwner')} items={owners.map((o) => ({ value: o.userId, label: o.name }))} />}
      </Field>
      <Field id={`${id}-due`} label={t('followUp.dueOn')} error={tr(errors.dueOn?.message)}>
        {(p) => <input {...p} type="date" {...register('dueOn')} />}
      </Field>
    </>
  );
}
