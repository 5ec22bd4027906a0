'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { createFeedAddressAction, revokeFeedAddressAction, setDigestPreferenceAction } from '@/lib/calendar/actions';
import { FormError, FormSuccess } from '@/components/ui/field';
import { ConfirmStep, useConfirmState } from '@/components/ui/confirm-step';

/**
 * The account's calendar feed: make (or remake) the secret address, shown once with a copy
 * button, or revoke it. `origin` is the site's address the feed path is appended to.
 */
export function FeedSettings({ createdAt, origin }: { createdAt: string | null; origin: string }) {
  const t = useTranslations('calendar.feed');
  const router = useRouter();
  const [address, setAddress] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const step = useConfirmState();
  const create = useMutation({
    mutationFn: () => createFeedAddressAction({ confirm: true }),
    onSuccess: (result) => {
      if (!result.ok) return;
      setAddress(`${origin}/api/calendar/${result.data.token}.ics`);
      setCopied(false);
      router.refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: () => revokeFeedAddressAction({ confirm: true }),
    onSuccess: (result) => {
      if (!result.ok) return;
      setAddress(null);
      setCopied(false);
      step.setConfirming(false);
      router.refresh();
    },
  });
  const failure = [create.data, revoke.data].find((r) => r && !r.ok);
  const copy = async () => {
    if (!address) return;
    await navigator.clipboard.writeText(address);
    setCopied(true);
  };
  return (
    <div className="stack">
      <FormError message={failure && !failure.ok ? failure.message : null} />
      {address ? (
        <div className="stack">
          <p className="notice">{t('shownOnce')}</p>
          <label htmlFor="feed-address">{t('address')}</label>
          <input id="feed-address" className="feed-address" type="text" readOnly value={address} onFocus={(e) => e.currentTarget.select()} />
          <p>
            <button type="button" className="button" onClick={() => void copy()}>
              {t('copy')}
            </button>
          </p>
        </div>
      ) : (
        <p>{createdAt ? t('active', { date: createdAt }) : t('none')}</p>
      )}
      <p className="actions">
        <button type="button" className="button secondary" disabled={create.isPending} onClick={() => create.mutate()}>
          {createdAt || address ? t('regenerate') : t('create')}
        </button>
        {createdAt || address ? (
          <ConfirmStep {...step} run={revoke} label={t('revoke')} confirmLabel={t('confirmRevoke')} cancelLabel={t('cancel')} tone="secondary" />
        ) : null}
      </p>
      <FormSuccess message={copied ? t('copied') : revoke.data?.ok ? t('revoked') : null} />
    </div>
  );
}

/** The weekly digest's opt-out: a checkbox saved as soon as it changes. */
export function DigestPreference({ digest }: { digest: boolean }) {
  const t = useTranslations('calendar.digest');
  const [checked, setChecked] = useState(digest);
  const save = useMutation({ mutationFn: (value: boolean) => setDigestPreferenceAction({ digest: value }) });
  return (
    <div className="stack">
      <FormError message={save.data && !save.data.ok ? save.data.message : null} />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => {
            setChecked(e.target.checked);
            save.mutate(e.target.checked);
          }}
        />{' '}
        {t('label')}
      </label>
      <FormSuccess message={save.data?.ok ? t('saved') : null} />
    </div>
  );
}
