'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { assignDimensionAction } from '@/lib/diagnostic/actions';
import { FormError } from '@/components/ui/field';
import { useDiagnosticMessage } from './use-diagnostic-message';
import { InPageForm } from '@/components/ui/in-page-form';

type Member = { userId: string; name: string; role: string };

/** Chooses who answers one dimension; a native disclosure keeps it keyboard-usable. */
export function AssignDimension({
  workspaceId,
  diagnosticId,
  dimension,
  dimensionTitle,
  members,
  assigned,
}: {
  workspaceId: string;
  diagnosticId: string;
  dimension: string;
  dimensionTitle: string;
  members: Member[];
  assigned: string[];
}) {
  const t = useTranslations('diagnostic');
  const tRoles = useTranslations('roles');
  const tr = useDiagnosticMessage();
  const router = useRouter();
  const [selected, setSelected] = useState<string[]>(assigned);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useMutation({
    mutationFn: () => assignDimensionAction(workspaceId, { diagnosticId, dimension, userIds: selected }),
    onSuccess: (result) => {
      if (result.ok) {
        setMessage({ ok: true, text: t('assignSaved') });
        router.refresh();
      } else setMessage({ ok: false, text: tr(Object.values(result.fieldErrors ?? {})[0] ?? result.message) ?? '' });
    },
    onError: () => setMessage({ ok: false, text: t('errors.network') }),
  });
  return (
    <details className="no-print">
      <summary className="button ghost small">
        {t('assign')}
        <span className="visually-hidden"> — {dimensionTitle}</span>
      </summary>
      <InPageForm
        onSubmit={() => {
          setMessage(null);
          save.mutate();
        }}
      >
        <fieldset className="field">
          <legend className="visually-hidden">{t('assignLegend', { dimension: dimensionTitle })}</legend>
          <div className="assign-list">
            {members.map((m) => (
              <label key={m.userId} className="checkbox">
                <input
                  type="checkbox"
                  checked={selected.includes(m.userId)}
                  onChange={(e) => setSelected((s) => (e.target.checked ? [...s, m.userId] : s.filter((id) => id !== m.userId)))}
                />
                {m.name} <span className="muted">({tRoles(m.role)})</span>
              </label>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="button small" disabled={save.isPending}>
          {t('saveAssignees')}
          <span className="visually-hidden"> — {dimensionTitle}</span>
        </button>
        {message && !message.ok ? <FormError message={message.text} /> : null}
        <p role="status" className="form-success">
          {message?.ok ? message.text : ''}
        </p>
      </InPageForm>
    </details>
  );
}
