'use client';

import type { z } from 'zod';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import type { StrategyInput, StrategyFormValues } from '@/lib/strategy/schemas';
import { saveStrategyAction } from '@/lib/strategy/actions';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { ConflictPanel } from '@/components/ui/conflict-panel';
import { useStrategyMessage } from './use-strategy-message';

/** The period, vision, thread and guiding principles (one per line). */
export function StrategyForm({ workspaceId, slug, initial }: { workspaceId: string; slug: string; initial: StrategyFormValues }) {
  const t = useTranslations('strategy');
  const router = useRouter();
  const message = useStrategyMessage();
  const [saved, setSaved] = useState(false);
  const { form, mutation, onSubmit, formError, versioning } = useActionForm({
    defaultValues: initial,
    version: Number(initial.version),
    action: (values: z.input<typeof StrategyInput>, version) => saveStrategyAction(workspaceId, { ...values, version }),
    onSuccess: () => {
      setSaved(true);
      router.push(`/${slug}/strategy`);
      router.refresh();
    },
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  return (
    <form onSubmit={(e) => (setSaved(false), onSubmit(e))} noValidate className="stack form-wide">
      <FormError message={message(formError)} />
      <ConflictPanel
        versioning={versioning}
        labels={{
          periodStart: t('fields.periodStart'),
          periodEnd: t('fields.periodEnd'),
          vision: t('fields.vision'),
          thread: t('fields.thread'),
          principles: t('fields.principles'),
        }}
      />
      <div className="grid-2">
        <Field id="strategy-start" label={t('fields.periodStart')} error={err(errors.periodStart)} required>
          {(p) => <input {...p} type="number" inputMode="numeric" {...form.register('periodStart')} />}
        </Field>
        <Field id="strategy-end" label={t('fields.periodEnd')} error={err(errors.periodEnd)} required>
          {(p) => <input {...p} type="number" inputMode="numeric" {...form.register('periodEnd')} />}
        </Field>
      </div>
      <Field id="strategy-vision" label={t('fields.vision')} hint={t('hints.vision')} error={err(errors.vision)} required>
        {(p) => <textarea {...p} rows={4} {...form.register('vision')} />}
      </Field>
      <Field id="strategy-thread" label={t('fields.thread')} hint={t('hints.thread')} error={err(errors.thread)} required>
        {(p) => <textarea {...p} rows={3} {...form.register('thread')} />}
      </Field>
      <Field id="strategy-principles" label={t('fields.principles')} hint={t('hints.lines')} error={err(errors.principles)}>
        {(p) => <textarea {...p} rows={4} {...form.register('principles')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending} success={saved ? t('saved') : null}>
        {t('saveStrategy')}
      </SubmitRow>
    </form>
  );
}
