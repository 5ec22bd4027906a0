'use client';

import { useTranslations } from 'next-intl';
import type { CoFinancingRuleKey } from '@/db/enums/co-financing';
import type { CoFinancingRuleFormValues } from '@/lib/co-financing/schemas';
import { saveCoFinancingRuleAction } from '@/lib/co-financing/actions';
import { useSavedForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useCoFinancingMessage } from './use-message';

type RuleValue = { key: CoFinancingRuleKey; percent: number; sourceText: string; sourceUrl: string | null };

function RuleForm({ workspaceId, rule }: { workspaceId: string; rule: RuleValue }) {
  const t = useTranslations('coFinancing');
  const message = useCoFinancingMessage();
  const initial: CoFinancingRuleFormValues = { key: rule.key, percent: String(rule.percent), sourceText: rule.sourceText, sourceUrl: rule.sourceUrl ?? '' };
  const { form, mutation, onSubmit, formError, saved } = useSavedForm({
    defaultValues: initial,
    action: (values: CoFinancingRuleFormValues) => saveCoFinancingRuleAction(workspaceId, { ...values, key: rule.key }),
  });
  const errors = form.formState.errors;
  const err = (value: { message?: string } | undefined) => message(value?.message);
  const id = `rule-${rule.key}`;
  return (
    <form onSubmit={onSubmit} noValidate className="stack subform" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>{t(`rules.${rule.key}`, { percent: rule.percent })}</h3>
      <FormError message={message(formError)} />
      <div className="grid-2">
        <Field id={`${id}-percent`} label={t('fields.percent')} error={err(errors.percent)} required>
          {(p) => <input {...p} type="number" inputMode="numeric" min={0} max={100} {...form.register('percent')} />}
        </Field>
        <Field id={`${id}-url`} label={t('fields.sourceUrl')} error={err(errors.sourceUrl)}>
          {(p) => <input {...p} type="url" maxLength={500} {...form.register('sourceUrl')} />}
        </Field>
      </div>
      <Field id={`${id}-source`} label={t('fields.sourceText')} error={err(errors.sourceText)} required>
        {(p) => <textarea {...p} rows={2} maxLength={500} {...form.register('sourceText')} />}
      </Field>
      <SubmitRow disabled={mutation.isPending} className="button small" success={saved ? t('settings.saved') : null}>
        {t('settings.save')}
      </SubmitRow>
    </form>
  );
}

/** The workspace's co-financing call rules, each editable by an admin with its source. */
export function CoFinancingRulesCard({ workspaceId, rules }: { workspaceId: string; rules: RuleValue[] }) {
  const t = useTranslations('coFinancing');
  return (
    <section className="card" aria-labelledby="cofi-rules-h" id="co-financing-rules">
      <h2 id="cofi-rules-h">{t('settings.title')}</h2>
      <p className="hint">{t('settings.intro')}</p>
      {rules.map((rule) => (
        <RuleForm key={rule.key} workspaceId={workspaceId} rule={rule} />
      ))}
    </section>
  );
}
