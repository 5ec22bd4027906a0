'use client';

import { useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { setPlacementAction, proposePlacementAction } from '@/lib/strategy/actions';
import { FormError } from '@/components/ui/field';
import { useStrategyMessage } from './use-strategy-message';
import { Options } from '@/components/ui/options';
import { InPageForm } from '@/components/ui/in-page-form';

type Axis = { id: string; title: string };

/**
 * One action's place in the thread. Managers choose an axis or "outside the thread" (with a
 * reason); contributors propose an axis, which an editor then accepts.
 */
export function PlacementForm({
  workspaceId,
  actionId,
  actionTitle,
  axes,
  axisId,
  outsideReason,
  proposedAxisId,
  mode,
}: {
  workspaceId: string;
  actionId: string;
  actionTitle: string;
  axes: Axis[];
  axisId: string | null;
  outsideReason: string | null;
  proposedAxisId: string | null;
  mode: 'manage' | 'propose';
}) {
  const t = useTranslations('strategy');
  const router = useRouter();
  const message = useStrategyMessage();
  const [placement, setPlacement] = useState(axisId ?? (outsideReason ? 'outside' : mode === 'manage' ? (proposedAxisId ?? '') : ''));
  const [reason, setReason] = useState(outsideReason ?? '');
  const [status, setStatus] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () =>
      mode === 'manage'
        ? setPlacementAction(workspaceId, { actionId, placement, outsideReason: placement === 'outside' ? reason : null })
        : proposePlacementAction(workspaceId, { actionId, axisId: placement, note: null }),
    onSuccess: (result) => {
      if (result.ok) {
        setStatus(mode === 'manage' ? t('placements.placed') : t('placements.proposed'));
        router.refresh();
      } else setStatus(null);
    },
  });
  const result = mutation.data;
  const fieldError = result && !result.ok ? (result.fieldErrors?.outsideReason ?? result.fieldErrors?.placement ?? result.fieldErrors?.axisId) : undefined;
  const id = `placement-${actionId}`;
  return (
    <InPageForm className="inline-form" noValidate onSubmit={() => mutation.mutate()}>
      <FormError message={result && !result.ok ? message(fieldError ?? result.message) : null} />
      <label className="visually-hidden" htmlFor={id}>
        {t('placements.axisFor', { title: actionTitle })}
      </label>
      <select id={id} value={placement} onChange={(e) => setPlacement(e.target.value)}>
        <Options empty={t('placements.choose')} items={axes.map((a) => ({ value: a.id, label: a.title }))} />
        {mode === 'manage' ? <option value="outside">{t('placements.outside')}</option> : null}
      </select>
      {mode === 'manage' && placement === 'outside' ? (
        <>
          <label className="visually-hidden" htmlFor={`${id}-reason`}>
            {t('placements.reasonFor', { title: actionTitle })}
          </label>
          <input
            id={`${id}-reason`}
            type="text"
            value={reason}
            placeholder={t('placements.reasonPlaceholder')}
            onChange={(e) => setReason(e.target.value)}
            aria-invalid={!!fieldError}
          />
        </>
      ) : null}
      <button
        type="submit"
        className="button small"
        disabled={mutation.isPending || !placement}
        aria-label={t(mode === 'manage' ? 'placements.saveFor' : 'placements.proposeFor', { title: actionTitle })}
      >
        {mode === 'manage' ? t('placements.save') : t('placements.propose')}
      </button>
      <span role="status" className="muted">
        {status ?? ''}
      </span>
    </InPageForm>
  );
}
