'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { ActorCategory } from '@/db/enums/actors';
import { createActorAction } from '@/lib/actors/actions';
import { Field } from '@/components/ui/field';
import { useMissionsMessage } from './use-message';
import { ActorCategoryOptions, EXTERNAL_FAMILIES } from '@/components/actors/category-options';

type Created = { id: string; name: string };

/**
 * Creates the actor of a programme's meeting from the mission form (issue 19.1): a name, a category
 * and a country, saved at once through the actors' own action (policy 'actors.create', zod, audit),
 * then chosen for the meeting. A group of fields inside the mission's form, not a nested form.
 */
export function MeetingNewActor({
  workspaceId,
  index,
  country,
  onCreated,
}: {
  workspaceId: string;
  index: number;
  country: string;
  onCreated: (actor: Created) => void;
}) {
  const t = useTranslations('missions');
  const message = useMissionsMessage();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [category, setCategory] = useState<ActorCategory>('partner_authority');
  const [countryCode, setCountryCode] = useState(country);
  const [error, setError] = useState<{ field?: string; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const id = (field: string) => `mt-${index}-new-${field}`;

  if (!open)
    return (
      <button type="button" className="button small" onClick={() => (setCountryCode(country), setOpen(true))} aria-expanded="false">
        {t('programmeActor.open', { n: index + 1 })}
      </button>
    );

  const create = async () => {
    setPending(true);
    setError(null);
    const result = await createActorAction(workspaceId, { name, category, country: countryCode, influence: 3, interest: 3 });
    setPending(false);
    if (!result.ok) {
      const [field, key] = Object.entries(result.fieldErrors ?? {})[0] ?? [];
      setError({ field, text: message(key ?? result.message) ?? result.message });
      return;
    }
    onCreated({ id: (result.data as { id: string }).id, name: name.trim() });
    setName('');
    setOpen(false);
  };
  const fieldError = (field: string) => (error?.field === field ? error.text : undefined);

  return (
    <div role="group" aria-labelledby={id('title')} className="subform stack">
      <p id={id('title')}>
        <strong>{t('programmeActor.title', { n: index + 1 })}</strong>
      </p>
      <div className="grid-2">
        <Field id={id('name')} label={t('programmeActor.name')} error={fieldError('name')} required>
          {(p) => <input {...p} type="text" minLength={2} maxLength={160} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field id={id('category')} label={t('programmeActor.category')} error={fieldError('category')} required>
          {(p) => (
            <select {...p} value={category} onChange={(e) => setCategory(e.target.value as ActorCategory)}>
              <ActorCategoryOptions families={EXTERNAL_FAMILIES} />
            </select>
          )}
        </Field>
        <Field id={id('country')} label={t('fields.countryCode')} hint={t('fields.countryCodeHint')} error={fieldError('country')}>
          {(p) => <input {...p} type="text" maxLength={2} autoComplete="off" value={countryCode} onChange={(e) => setCountryCode(e.target.value)} />}
        </Field>
      </div>
      {error && !error.field ? (
        <p className="field-error" role="alert">
          {error.text}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button small" onClick={create} disabled={pending}>
          {t('programmeActor.create')}
        </button>
        <button type="button" className="button small secondary" onClick={() => (setError(null), setOpen(false))}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
