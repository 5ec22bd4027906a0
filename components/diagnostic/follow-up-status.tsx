'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '@/db/enums/diagnostic';
import { updateFollowUpAction } from '@/lib/diagnostic/actions';
import { useDiagnosticMessage } from './use-diagnostic-message';
import { InPageForm } from '@/components/ui/in-page-form';
import { InlineSelect } from '@/components/ui/inline-select';
import { enumItems } from '@/components/ui/select-field';

type Item = { id: string; title: string; ownerId: string | null; dueOn: string | null; status: FollowUpStatus; version: number };

/** Changes a follow-up item's status in place. */
export function FollowUpStatus({ workspaceId, item }: { workspaceId: string; item: Item }) {
  const t = useTranslations('diagnostic');
  const tr = useDiagnosticMessage();
  const router = useRouter();
  const [status, setStatus] = useState<FollowUpStatus>(item.status);
  const [error, setError] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      updateFollowUpAction(workspaceId, { followUpId: item.id, title: item.title, ownerId: item.ownerId, dueOn: item.dueOn, status, version: item.version }),
    onSuccess: (result) => {
      if (result.ok) {
        setError(null);
        router.refresh();
      } else {
        setStatus(item.status);
        setError(tr(result.message) ?? result.message);
      }
    },
    onError: () => setError(t('errors.network')),
  });
  const id = `status-${item.id}`;
  return (
    <InPageForm className="inline-form" onSubmit={() => save.mutate()}>
      <InlineSelect
        id={id}
        label={t('followUp.statusOf', { title: item.title })}
        value={status}
        onChange={setStatus}
        items={enumItems(FOLLOW_UP_STATUSES, (s) => t(`followUp.statuses.${s}`))}
      />
      <button type="submit" className="button small" disabled={status === item.status || save.isPending}>
        {t('followUp.apply')}
        <span className="visually-hidden"> — {item.title}</span>
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </InPageForm>
  );
}
