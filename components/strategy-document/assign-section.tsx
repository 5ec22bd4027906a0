'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { assignSectionAction } from '@/lib/strategy-document/actions';
import { FormError } from '@/components/ui/field';
import { useDocumentMessage } from './use-document-message';
import { Options } from '@/components/ui/options';
import { InPageForm } from '@/components/ui/in-page-form';

/**
 * Gives a written section to a member who may write (a contributor then edits only such sections).
 * A button opens the choice, so that the page does not carry a list of every writer per section.
 */
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
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState(assigneeId ?? '');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Closing the form (saved or cancelled) gives the focus back to the button that opened it.
  const openButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!open && refocus.current) {
      refocus.current = false;
      openButton.current?.focus();
    }
  }, [open]);
  const close = () => {
    refocus.current = true;
    setOpen(false);
  };
  const save = useMutation({
    mutationFn: () => assignSectionAction(workspaceId, { sectionId, assigneeId: value || null }),
    onSuccess: (result) => {
      if (result.ok) {
        setMessage({ ok: true, text: t('assignSaved') });
        close();
        router.refresh();
      } else setMessage({ ok: false, text: tr(Object.values(result.fieldErrors ?? {})[0] ?? result.message) ?? '' });
    },
    onError: () => setMessage({ ok: false, text: t('errors.network') }),
  });
  // One wrapper and one live region for both states: the confirmation is announced as the form closes.
  return (
    <div className="assign-section no-print">
      {open ? (
        <InPageForm
          className="inline-form"
          aria-label={`${t('assignOpen')} — ${title}`}
          onSubmit={() => {
            setMessage(null);
            save.mutate();
          }}
        >
          <label htmlFor={`${id}-assignee`}>
            {t('assignLabel')}
            <span className="visually-hidden"> — {title}</span>
          </label>
          {/* Opened on request: the choice is what the person came for. */}
          <select id={`${id}-assignee`} value={value} onChange={(e) => setValue(e.target.value)} autoFocus>
            <Options empty={t('nobody')} items={members.map((m) => ({ value: m.userId, label: `${m.name} (${tRoles(m.role)})` }))} />
          </select>
          <button type="submit" className="button small" disabled={save.isPending}>
            {t('assignSave')}
            <span className="visually-hidden"> — {title}</span>
          </button>
          <button type="button" className="button ghost small" onClick={close}>
            {t('cancel')}
          </button>
          {message && !message.ok ? <FormError message={message.text} /> : null}
        </InPageForm>
      ) : (
        <button
          ref={openButton}
          type="button"
          className="button ghost small"
          aria-expanded={false}
          onClick={() => {
            setMessage(null);
            setValue(assigneeId ?? '');
            setOpen(true);
          }}
        >
          {t('assignOpen')}
          <span className="visually-hidden"> — {title}</span>
        </button>
      )}
      <span role="status" className="form-success">
        {message?.ok ? message.text : ''}
      </span>
    </div>
  );
}
