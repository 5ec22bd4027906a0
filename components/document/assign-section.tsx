'use client';

import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { assignSectionAction } from '@/lib/strategy-document/actions';
import { FormError } from '@/components/ui/field';
import { useDocumentMessage } from './use-document-message';

/** Gives a written section to a member who may write (a contributor then edits only such sections). */
export function AssignSection({
  workspaceId,
  sectionId,
  title,
  assigneeId,
  members,
}: {
  workspaceId: string;
  sectionId: string;
  title: string;
  assigneeId: string | null;
  members: { userId: string; name: string; role: string }[];
}) {
  const t = useTranslations('document');
  const tRoles = useTranslations('roles');
  const tr = useDocumentMessage();
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(assigneeId ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const save = useMutation({
    mutationFn: () => assignSectionAction(workspaceId, { sectionId, assigneeId: value || null }),
    onSuccess: (result) => {
      if (result.ok) {
        setMessage({ ok: true, text: t('assignSaved') });
        router.refresh();
      } else setMessage({ ok: false, text: tr(Object.values(result.fieldErrors ?? {})[0] ?? result.message) ?? '' });
    },
    onError: () => setMessage({ ok: false, text: t('errors.network') }),
  });
  return (
    <form
      className="inline-form assign-section no-print"
      onSubmit={(e) => {
        e.preventDefault();
        setMessage(null);
        save.mutate();
      }}
    >
      <label htmlFor={`${id}-assignee`}>
        {t('assignLabel')}
        <span className="visually-hidden"> — {title}</span>
      </label>
      <select id={`${id}-assignee`} value={value} onChange={(e) => setValue(e.target.value)}>
        <option value="">{t('nobody')}</option>
        {members.map((m) => (
          <option key={m.userId} value={m.userId}>
            {m.name} ({tRoles(m.role)})
          </option>
        ))}
      </select>
      <button type="submit" className="button small" disabled={save.isPending}>
        {t('assignSave')}
        <span className="visually-hidden"> — {title}</span>
      </button>
      {message && !message.ok ? <FormError message={message.text} /> : null}
      <span role="status" className="form-success">
        {message?.ok ? message.text : ''}
      </span>
    </form>
  );
}
