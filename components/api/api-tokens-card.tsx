'use client';

import type { z } from 'zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useActionForm } from '@/components/ui/use-action-form';
import { Field, FormError, SubmitRow } from '@/components/ui/field';
import { useDomainMessage } from '@/components/ui/use-domain-message';
import { DataTable } from '@/components/ui/data-table';
import { createApiTokenAction, revokeApiTokenAction } from '@/lib/api/actions';
import type { CreateApiTokenInput } from '@/lib/api/schemas';
import { TOKEN_DAY_CHOICES, type ApiTokenRow } from '@/lib/api/token-options';
import { CopyButton } from '@/components/ui/copy-button';
import { Select } from '@/components/ui/select-field';

/** The admin's card of personal access tokens: create (the secret shown once), list, revoke. */
export function ApiTokensCard({ workspaceId, tokens, docsHref }: { workspaceId: string; tokens: ApiTokenRow[]; docsHref: string }) {
  const t = useTranslations('apiTokens');
  const tm = useDomainMessage(t);
  const router = useRouter();
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const { form, mutation, onSubmit, formError } = useActionForm({
    defaultValues: { name: '', days: 90 },
    action: (values: z.input<typeof CreateApiTokenInput>) => createApiTokenAction(workspaceId, values),
    onSuccess: (data) => {
      setCreated({ name: form.getValues('name'), secret: data.secret });
      form.reset();
      router.refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => revokeApiTokenAction(workspaceId, { id }),
    onSuccess: (result) => {
      if (result.ok) {
        setConfirming(null);
        router.refresh();
      }
    },
  });
  const revokeError = revoke.data && !revoke.data.ok ? revoke.data.message : null;
  const errors = form.formState.errors;
  return (
    <section className="stack" aria-labelledby="api-tokens-title">
      <h2 id="api-tokens-title">{t('title')}</h2>
      <p>{t('intro')}</p>
      <p>
        <a href={docsHref}>{t('docsLink')}</a> · <a href="/api/v1/openapi.json">{t('openapiLink')}</a>
      </p>
      <form onSubmit={onSubmit} noValidate className="stack form-narrow">
        <FormError message={tm(formError)} />
        <Field id="api-token-name" label={t('name')} hint={t('nameHint')} error={tm(errors.name?.message)} required>
          {(p) => <input {...p} type="text" maxLength={80} autoComplete="off" {...form.register('name')} />}
        </Field>
        <Field id="api-token-days" label={t('days')} error={tm(errors.days?.message)} required>
          {(p) => (
            <Select {...p} field={form.register('days')} items={TOKEN_DAY_CHOICES.map((days) => ({ value: String(days), label: t('daysOption', { days }) }))} />
          )}
        </Field>
        <SubmitRow disabled={mutation.isPending}>{t('create')}</SubmitRow>
      </form>
      {created ? (
        <div className="stack" role="status">
          <h3>{t('secretTitle')}</h3>
          <p>{t('secretHint')}</p>
          <label htmlFor="api-token-secret">{t('secretLabel', { name: created.name })}</label>
          <input
            id="api-token-secret"
            type="text"
            readOnly
            value={created.secret}
            onFocus={(e) => e.currentTarget.select()}
            style={{ width: '100%', fontFamily: 'monospace' }}
          />
          <div className="actions">
            <CopyButton text={created.secret} copy={t('copy')} copied={t('copied')} />
          </div>
        </div>
      ) : null}
      <FormError message={tm(revokeError)} />
      {tokens.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <DataTable
          id="api-tokens"
          caption={t('caption')}
          hideCaption
          columns={[t('name'), t('created'), t('expires'), t('lastUsed'), t('state'), { label: <span className="visually-hidden">{t('actions')}</span> }]}
        >
          {tokens.map((token) => (
            <tr key={token.id}>
              <th scope="row">
                {token.name} <code className="muted">{token.prefix}…</code>
              </th>
              <td>{token.created}</td>
              <td>{token.expires}</td>
              <td>{token.lastUsed ?? t('never')}</td>
              <td>
                <span className="badge">{t(token.state)}</span>
              </td>
              <td>
                {token.state === 'active' && confirming !== token.id ? (
                  <button type="button" className="button small" onClick={() => setConfirming(token.id)}>
                    {t('revoke', { name: token.name })}
                  </button>
                ) : null}
                {token.state === 'active' && confirming === token.id ? (
                  <div className="actions" role="group" aria-label={t('confirmRevoke', { name: token.name })}>
                    <span>{t('confirmRevoke', { name: token.name })}</span>
                    <button type="button" className="button small danger" disabled={revoke.isPending} onClick={() => revoke.mutate(token.id)}>
                      {t('confirm')}
                    </button>
                    <button type="button" className="button small" onClick={() => setConfirming(null)}>
                      {t('cancel')}
                    </button>
                  </div>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
