'use client';

import { useTranslations } from 'next-intl';
import { attachFollowUpAction } from '@/lib/strategy/actions';
import { FormError } from '@/components/ui/field';
import { useStrategyMessage } from './use-strategy-message';
import { useRefreshingMutation } from '@/components/ui/use-refreshing-mutation';

/** Attaches a diagnostic follow-up item to this axis, or detaches it. */
export function FollowUpAttach({
  workspaceId,
  followUpId,
  title,
  axisId,
  attached,
}: {
  workspaceId: string;
  followUpId: string;
  title: string;
  axisId: string;
  attached: boolean;
}) {
  const t = useTranslations('strategy');
  const message = useStrategyMessage();
  const mutation = useRefreshingMutation(() => attachFollowUpAction(workspaceId, { followUpId, axisId: attached ? null : axisId }));
  const result = mutation.data;
  return (
    <span className="inline-form">
      <FormError message={result && !result.ok ? message(result.message) : null} />
      <button
        type="button"
        className="button small ghost"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate()}
        aria-label={t(attached ? 'followUps.detachFor' : 'followUps.attachFor', { title })}
      >
        {attached ? t('followUps.detach') : t('followUps.attach')}
      </button>
    </span>
  );
}
