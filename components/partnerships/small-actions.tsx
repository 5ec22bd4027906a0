'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import {
  confirmTranslationAction,
  deletePartnershipAction,
  removeEntryAction,
  setCoordinationConsentAction,
  shareSectionAction,
} from '@/lib/partnerships/actions';
import { FormError } from '@/components/ui/field';
import { usePartnershipRun } from './use-partnership-run';

/** Removes one entry (contribution, contact, exchange) of the partnership. */
export function RemoveEntryButton({ workspaceId, entryId, label }: { workspaceId: string; entryId: string; label: string }) {
  const { pending, error, run } = usePartnershipRun();
  return (
    <>
      <button type="button" className="button ghost small" disabled={pending} onClick={() => run(() => removeEntryAction(workspaceId, { entryId }))}>
        {label}
      </button>
      <FormError message={error} />
    </>
  );
}

/** The managers' share toggles: which written sections of the document the partnership co-edits. */
export function ShareToggles({
  workspaceId,
  partnershipId,
  sections,
}: {
  workspaceId: string;
  partnershipId: string;
  sections: { id: string; title: string; shared: boolean }[];
}) {
  const t = useTranslations('partnerships');
  const { pending, error, run } = usePartnershipRun();
  return (
    <fieldset className="stack">
      <legend>{t('shareLegend')}</legend>
      <FormError message={error} />
      {sections.map((s) => (
        <div key={s.id} className="checkbox">
          <input
            type="checkbox"
            id={`share-${s.id}`}
            checked={s.shared}
            disabled={pending}
            onChange={(e) => run(() => shareSectionAction(workspaceId, { partnershipId, sectionId: s.id, shared: e.target.checked }))}
          />
          <label htmlFor={`share-${s.id}`}>{t('shareSection', { title: s.title })}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Confirms that a translation still follows the original. */
export function ConfirmTranslationButton({
  workspaceId,
  sectionId,
  language,
  label,
}: {
  workspaceId: string;
  sectionId: string;
  language: string;
  label: string;
}) {
  const { pending, error, run } = usePartnershipRun();
  return (
    <>
      <button
        type="button"
        className="button small"
        disabled={pending}
        onClick={() => run(() => confirmTranslationAction(workspaceId, { sectionId, language: language as 'en' }))}
      >
        {label}
      </button>
      <FormError message={error} />
    </>
  );
}

/** The admin's consent to coordination between workspaces. */
export function CoordinationConsent({ workspaceId, optedIn }: { workspaceId: string; optedIn: boolean }) {
  const t = useTranslations('partnerships.coordination');
  const { pending, error, run } = usePartnershipRun();
  return (
    <div className="stack">
      <FormError message={error} />
      <button
        type="button"
        className="button primary"
        disabled={pending}
        onClick={() => run(() => setCoordinationConsentAction(workspaceId, { optedIn: !optedIn }))}
      >
        {optedIn ? t('optOut') : t('optIn')}
      </button>
    </div>
  );
}

/** The managers' deletion of a partnership, after a confirmation; then back to the list. */
export function DeletePartnership({
  workspaceId,
  partnershipId,
  title,
  listHref,
}: {
  workspaceId: string;
  partnershipId: string;
  title: string;
  listHref: string;
}) {
  const t = useTranslations('partnerships');
  const [confirming, setConfirming] = useState(false);
  const { pending, error, run } = usePartnershipRun(listHref);
  const remove = () => run(() => deletePartnershipAction(workspaceId, { partnershipId }));
  return (
    <div className="stack">
      <FormError message={error} />
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('deleteConfirm', { title })}>
          <p>{t('deleteConfirm', { title })}</p>
          <div className="actions">
            <button type="button" className="button danger small" disabled={pending} onClick={remove}>
              {t('confirmDelete')}
            </button>
            <button type="button" className="button small" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </button>
          </div>
        </div>
      ) : (
        <p>
          <button type="button" className="button danger small" onClick={() => setConfirming(true)}>
            {t('delete')}
          </button>
        </p>
      )}
    </div>
  );
}
