'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { TranslatableTarget } from '@/db/schema/partnerships';
import type { TranslationLanguage } from '@/lib/partnerships/schemas';
import { translateEntryAction } from '@/lib/partnerships/actions';
import { Field, FormError, SubmitButton } from '@/components/ui/field';
import { usePartnershipMessage } from './use-partnership-message';
import { useEntrySubmit } from './use-partnership-run';
import { Options } from '@/components/ui/options';

/** The text a translation is written for: which record of which partnership of the workspace. */
export type TranslationTarget = {
  workspaceId: string;
  partnershipId: string;
  targetType: TranslatableTarget;
  targetId: string;
};

type Props = TranslationTarget & {
  /** The languages it may be translated into (every one but the original's), with their names. */
  languages: { value: string; label: string }[];
  /** The language offered first: the reader's, when the text is not in it. */
  defaultLanguage: string;
  /** The translations already written: choosing a language fills in its text to revise. */
  existing: { language: string; text: string }[];
};

/**
 * Writes or revises the translation of one text of a partnership's space, sent to its server action
 * (authorised, validated and audited there). Saving also confirms that a translation still follows
 * an original that changed.
 */
export function TranslateForm({ workspaceId, partnershipId, targetType, targetId, languages, defaultLanguage, existing }: Props) {
  const t = useTranslations('partnerships.entryTranslation');
  const tr = usePartnershipMessage();
  const router = useRouter();
  const [language, setLanguage] = useState(defaultLanguage);
  const [text, setText] = useState(existing.find((e) => e.language === defaultLanguage)?.text ?? '');
  const { pending, errors, formError, success, send } = useEntrySubmit();
  const id = `tr-${targetType}-${targetId}`;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    send(
      () => translateEntryAction(workspaceId, { partnershipId, targetType, targetId, language: language as TranslationLanguage, text }),
      () => {
        router.refresh();
        return t('saved');
      },
    );
  }

  return (
    <form onSubmit={submit} className="stack form-narrow translate-form" noValidate>
      <FormError message={formError} />
      <Field id={`${id}-language`} label={t('language')} error={tr(errors.language)}>
        {(p) => (
          <select
            {...p}
            value={language}
            onChange={(e) => {
              setLanguage(e.target.value);
              setText(existing.find((x) => x.language === e.target.value)?.text ?? '');
            }}
          >
            <Options items={languages.map((l) => ({ value: l.value, label: l.label }))} />
          </select>
        )}
      </Field>
      {/* The translation is written in the chosen language (WCAG 3.1.2). */}
      <Field id={`${id}-text`} label={t('text')} error={tr(errors.text)} required>
        {(p) => <textarea {...p} lang={language} rows={3} maxLength={8000} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <SubmitButton pending={pending} className="button primary small" success={success}>
        {t('save')}
      </SubmitButton>
    </form>
  );
}
