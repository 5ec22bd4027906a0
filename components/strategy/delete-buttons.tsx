'use client';

import { useTranslations } from 'next-intl';
import { deleteAxisAction, deleteIndicatorAction, deleteIndicatorValueAction } from '@/lib/strategy/actions';
import { ConfirmButton } from '@/components/external-actions/confirm-button';
import { confirmLabels } from '@/components/ui/confirm-labels';

/** Deletes an axis after a second click, then returns to the strategy. */
export function DeleteAxisButton({ workspaceId, axisId, title, slug }: { workspaceId: string; axisId: string; title: string; slug: string }) {
  const labels = confirmLabels(useTranslations('strategy'), { label: 'axis.delete', accessible: 'axis.deleteFor', confirm: 'confirmDelete' }, { title });
  return <ConfirmButton {...labels} run={() => deleteAxisAction(workspaceId, { axisId })} goTo={`/${slug}/strategy`} />;
}

/** Deletes an indicator and its values after a second click. */
export function DeleteIndicatorButton({ workspaceId, indicatorId, name, slug }: { workspaceId: string; indicatorId: string; name: string; slug: string }) {
  const labels = confirmLabels(
    useTranslations('strategy'),
    { label: 'indicators.delete', accessible: 'indicators.deleteFor', confirm: 'confirmDelete' },
    { name },
  );
  return <ConfirmButton {...labels} run={() => deleteIndicatorAction(workspaceId, { indicatorId })} goTo={`/${slug}/strategy/indicators`} />;
}

/** Deletes one observed value after a second click. */
export function DeleteValueButton({ workspaceId, valueId, label }: { workspaceId: string; valueId: string; label: string }) {
  const labels = confirmLabels(useTranslations('strategy'), { label: 'values.delete', accessible: 'values.deleteFor', confirm: 'confirmDelete' }, { label });
  return <ConfirmButton small {...labels} run={() => deleteIndicatorValueAction(workspaceId, { valueId })} />;
}
