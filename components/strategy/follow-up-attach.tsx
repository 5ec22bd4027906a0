'use client';

import { useTranslations } from 'next-intl';
import { attachFollowUpAction } from '@/lib/strategy/actions';
import { useStrategyMessage } from './use-strategy-message';
import { RefreshingButton } from '@/components/ui/refreshing-button';

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
  return (
    <RefreshingButton
      run={() => attachFollowUpAction(workspaceId, { followUpId, axisId: attached ? null : axisId })}
      className="button small ghost"
      accessibleLabel={t(attached ? 'followUps.detachFor' : 'followUps.attachFor', { title })}
      label={attached ? t('followUps.detach') : t('followUps.attach')}
      translate={message}
    />
  );
}
