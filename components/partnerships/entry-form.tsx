'use client';

import { useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/errors';
import {
  addContactAction,
  addContributionAction,
  addExchangeAction,
  addTranslationAction,
  updateContributionAction,
  commentAction,
  createPartnershipAction,
  invitePartnerToPartnershipAction,
  renamePartnershipAction,
} from '@/lib/partnerships/actions';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import { Options } from '@/components/ui/options';
import { usePartnershipMessage } from './use-partnership-message';
import { useEntrySubmit } from './use-partnership-run';

const ACTIONS = {
  create: createPartnershipAction,
  rename: renamePartnershipAction,
  contribution: addContributionAction,
  updateContribution: updateContributionAction,
  contact: addContactAction,
  exchange: addExchangeAction,
  comment: commentAction,
  translation: addTranslationAction,
  invite: invitePartnerToPartnershipAction,
} as const;

export type FieldSpec = {
  name: string;
  label: string;
  type: 'text' | 'textarea' | 'select' | 'date' | 'email';
  options?: { value: string; label: string }[];
  required?: boolean;
  /** What a field holds at first (a rename shows the current title, a language select the page's). */
  defaultValue?: string;
};

type Props = {
  workspaceId: string;
  action: keyof typeof ACTIONS;
  /** Values sent with every submission (the partnership, the target…). */
  fixed: Record<string, unknown>;
  fields: FieldSpec[];
  idPrefix: string;
  submitLabel: string;
  successLabel: string;
  /** Where to go once created (`{id}` is replaced by the new row's id). */
  goTo?: string;
};

/**
 * A small form for one entry of a partnership's space, sent to its server action (authorised,
 * validated and audited there). Field errors come back in the person's language beside each field.
 */
export function EntryForm({ workspaceId, action, fixed, fields, idPrefix, submitLabel, successLabel, goTo }: Props) {
  const t = useTranslations('partnerships');
  const tr = usePartnershipMessage();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const { pending, errors, formError, success, send } = useEntrySubmit();
  const [link, setLink] = useState<string | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const values: Record<string, unknown> = { ...fixed };
    for (const field of fields) values[field.name] = String(data.get(field.name) ?? '');
    const run = ACTIONS[action] as (id: string, input: never) => Promise<ActionResult<unknown>>;
    send(
      () => run(workspaceId, values as never),
      (result) => {
        form.current?.reset();
        const data = result as { id?: string; link?: string } | null;
        if (data?.link) setLink(data.link);
        if (goTo && data?.id) router.push(goTo.replace('{id}', data.id));
        else router.refresh();
        return successLabel;
      },
    );
  }

  return (
    <form ref={form} onSubmit={submit} className="stack form-narrow" noValidate>
      <FormError message={formError} />
      {fields.map((field) => (
        <Field key={field.name} id={`${idPrefix}-${field.name}`} label={field.label} error={tr(errors[field.name])} required={field.required}>
          {(p) =>
            field.type === 'textarea' ? (
              <textarea rows={3} {...p} name={field.name} defaultValue={field.defaultValue} />
            ) : field.type === 'select' ? (
              // Keyed by its default: switching the page's language offers the new one first.
              <select key={field.defaultValue ?? ''} {...p} name={field.name} defaultValue={field.defaultValue ?? ''}>
                <Options empty={t('choose')} items={field.options ?? []} />
              </select>
            ) : (
              <input type={field.type} {...p} name={field.name} defaultValue={field.defaultValue} />
            )
          }
        </Field>
      ))}
      <SubmitButton pending={pending} success={success}>
        {submitLabel}
      </SubmitButton>
      {link ? (
        <p>
          <label htmlFor={`${idPrefix}-link`}>{t('inviteLink')}</label>
          <input id={`${idPrefix}-link`} type="text" readOnly value={link} className="copy-link" />
        </p>
      ) : null}
    </form>
  );
}
