'use client';

import { useTranslations } from 'next-intl';
import { deleteAxisAction, deleteIndicatorAction, deleteIndicatorValueAction } from '@/lib/strategy/actions';
import { ConfirmButton } from '@/components/external-actions/confirm-button';

/** Deletes an axis after a second click, then returns to the strategy. */
export function DeleteAxisButton({ workspaceId, axisId, title, slug }: { workspaceId: string; axisId: string; title: string; slug: string }) {
  const t = useTranslations('strategy');
  return (
    <ConfirmButton
      label={t('axis.delete')}
      accessibleLabel={t('axis.deleteFor', { title })}
      confirmLabel={t('confirmDelete')}
      cancelLabel={t('cancel')}
      run={() => deleteAxisAction(workspaceId, { axisId })}
      goTo={`/${slug}/strategy`}
    />
  );
}

/** Deletes an indicator and its values after a second click. */
export function DeleteIndicatorButton({ workspaceId, indicatorId, name, slug }: { workspaceId: string; indicatorId: string; name: string; slug: string }) {
  const t = useTranslations('strategy');
  return (
    <ConfirmButton
      label={t('indicators.delete')}
      accessibleLabel={t('indicators.deleteFor', { name })}
      confirmLabel={t('confirmDelete')}
      cancelLabel={t('cancel')}
      run={() => deleteIndicatorAction(workspaceId, { indicatorId })}
      goTo={`/${slug}/strategy/indicators`}
    />
  );
}

/** Deletes one observed value after a second click. */
export function DeleteValueButton({ workspaceId, valueId, label }: { workspaceId: string; valueId: string; label: string }) {
  const t = useTranslations('strategy');
  return (
    <ConfirmButton
      small
      label={t('values.delete')}
      accessibleLabel={t('values.deleteFor', { label })}
      confirmLabel={t('confirmDelete')}
      cancelLabel={t('cancel')}
      run={() => deleteIndicatorValueAction(workspaceId, { valueId })}
    />
  );
}
