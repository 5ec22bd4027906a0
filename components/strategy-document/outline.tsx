'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { addSectionAction, moveSectionAction, removeSectionAction, renameSectionAction } from '@/lib/strategy-document/actions';
import { FormError } from '@/components/ui/field';
import { useDocumentMessage } from './use-document-message';
import { InPageForm } from '@/components/ui/in-page-form';

type Item = { id: string; title: string; kind: string };

/**
 * The outline: links to the sections. Managers press "Organise the outline" to move sections with
 * buttons (keyboard-usable, focus kept on the moved section's button), rename written sections in
 * place, remove them after a confirmation and add new ones at the end; the outline reads as a
 * plain list of links the rest of the time (and the page does not carry a hundred buttons).
 */
export function Outline({ workspaceId, items, canManage }: { workspaceId: string; items: Item[]; canManage: boolean }) {
  const t = useTranslations('document');
  const tr = useDocumentMessage();
  const router = useRouter();
  const [order, setOrder] = useState(items);
  const [previous, setPrevious] = useState(items);
  const [organising, setOrganising] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; value: string; error?: string } | null>(null);
  const [announce, setAnnounce] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | undefined>();
  // A refresh from the server (another change) replaces the local order.
  if (items !== previous) {
    setPrevious(items);
    setOrder(items);
  }

  const move = useMutation({
    mutationFn: (input: { sectionId: string; direction: 'up' | 'down' }) => moveSectionAction(workspaceId, input),
    onMutate: (input) => {
      const snapshot = order;
      const from = order.findIndex((i) => i.id === input.sectionId);
      const to = input.direction === 'up' ? from - 1 : from + 1;
      const next = [...order];
      [next[from], next[to]] = [next[to]!, next[from]!];
      setOrder(next);
      setError(null);
      const item = next[to]!;
      requestAnimationFrame(() => {
        const same = document.getElementById(`move-${input.direction}-${item.id}`) as HTMLButtonElement | null;
        const other = document.getElementById(`move-${input.direction === 'up' ? 'down' : 'up'}-${item.id}`) as HTMLButtonElement | null;
        (same && !same.disabled ? same : other)?.focus();
      });
      return { snapshot, title: item.title };
    },
    onSuccess: (result, _input, context) => {
      // Announced once the server has it, so that what is heard is what is saved.
      if (result.ok) setAnnounce(t('moved', { title: context.title, position: result.data.position + 1 }));
      else {
        setOrder(context.snapshot);
        setError(tr(result.message) ?? result.message);
      }
    },
    onError: (_e, _i, context) => {
      if (context) setOrder(context.snapshot);
      setError(t('errors.network'));
    },
    onSettled: () => router.refresh(),
  });

  const remove = useMutation({
    mutationFn: (sectionId: string) => removeSectionAction(workspaceId, { sectionId }),
    onSuccess: (result) => {
      setConfirming(null);
      if (result.ok) {
        setAnnounce(t('removed'));
        router.refresh();
      } else setError(tr(result.message) ?? result.message);
    },
    onError: () => setError(t('errors.network')),
  });

  const rename = useMutation({
    mutationFn: (input: { sectionId: string; title: string }) => renameSectionAction(workspaceId, input),
    onSuccess: (result, input) => {
      if (result.ok) {
        setRenaming(null);
        setAnnounce(t('renamed', { title: input.title }));
        router.refresh();
        requestAnimationFrame(() => document.getElementById(`rename-${input.sectionId}`)?.focus());
      } else {
        setRenaming({ id: input.sectionId, value: input.title, error: tr(result.fieldErrors?.title ?? result.message) ?? result.message });
        requestAnimationFrame(() => document.getElementById(`rename-title-${input.sectionId}`)?.focus());
      }
    },
    onError: () => setError(t('errors.network')),
  });

  const add = useMutation({
    mutationFn: (value: string) => addSectionAction(workspaceId, { title: value }),
    onSuccess: (result) => {
      if (result.ok) {
        setTitle('');
        setTitleError(undefined);
        setAnnounce(t('added'));
        router.refresh();
      } else {
        setTitleError(tr(result.fieldErrors?.title ?? result.message));
      }
    },
    onError: () => setError(t('errors.network')),
  });

  return (
    <nav aria-labelledby="outline-title" className="doc-outline">
      <h2 id="outline-title">{t('outlineTitle')}</h2>
      {canManage ? (
        <button
          type="button"
          className="button ghost small organise-outline"
          aria-pressed={organising}
          onClick={() => {
            setOrganising(!organising);
            setRenaming(null);
            setConfirming(null);
          }}
        >
          {t('organise')}
        </button>
      ) : null}
      <ol className="outline-list">
        {order.map((item, index) => (
          <li key={item.id}>
            <a href={`#section-${item.id}`}>{item.title}</a>
            {canManage && organising ? (
              <span className="outline-controls">
                <button
                  id={`move-up-${item.id}`}
                  type="button"
                  className="button ghost small"
                  disabled={index === 0}
                  onClick={() => !move.isPending && move.mutate({ sectionId: item.id, direction: 'up' })}
                >
                  <span aria-hidden="true">↑</span>
                  <span className="visually-hidden">
                    {t('moveUp')} « {item.title} »
                  </span>
                </button>
                <button
                  id={`move-down-${item.id}`}
                  type="button"
                  className="button ghost small"
                  disabled={index === order.length - 1}
                  onClick={() => !move.isPending && move.mutate({ sectionId: item.id, direction: 'down' })}
                >
                  <span aria-hidden="true">↓</span>
                  <span className="visually-hidden">
                    {t('moveDown')} « {item.title} »
                  </span>
                </button>
                {item.kind === 'written' ? (
                  <button
                    id={`rename-${item.id}`}
                    type="button"
                    className="button ghost small"
                    onClick={() => setRenaming(renaming?.id === item.id ? null : { id: item.id, value: item.title })}
                    aria-expanded={renaming?.id === item.id}
                  >
                    <span aria-hidden="true">✎</span>
                    <span className="visually-hidden">
                      {t('rename')} « {item.title} »
                    </span>
                  </button>
                ) : null}
                {item.kind === 'written' ? (
                  <button type="button" className="button ghost small" onClick={() => setConfirming(item.id)} aria-expanded={confirming === item.id}>
                    <span aria-hidden="true">×</span>
                    <span className="visually-hidden">
                      {t('remove')} « {item.title} »
                    </span>
                  </button>
                ) : null}
              </span>
            ) : null}
            {renaming?.id === item.id ? (
              <InPageForm
                noValidate
                className="stack rename-section"
                aria-label={`${t('rename')} « ${item.title} »`}
                onSubmit={() => rename.mutate({ sectionId: item.id, title: renaming.value })}
              >
                <div className="field">
                  <label htmlFor={`rename-title-${item.id}`}>{t('renameLabel')}</label>
                  <input
                    id={`rename-title-${item.id}`}
                    type="text"
                    value={renaming.value}
                    onChange={(e) => setRenaming({ id: item.id, value: e.target.value })}
                    aria-invalid={!!renaming.error}
                    aria-describedby={renaming.error ? `rename-title-${item.id}-error` : undefined}
                    required
                    minLength={2}
                    maxLength={120}
                    autoFocus
                  />
                  {renaming.error ? (
                    <p id={`rename-title-${item.id}-error`} className="field-error">
                      {renaming.error}
                    </p>
                  ) : null}
                </div>
                <div className="actions">
                  <button type="submit" className="button small" disabled={rename.isPending}>
                    {t('renameSave')}
                  </button>
                  <button type="button" className="button small" onClick={() => setRenaming(null)}>
                    {t('cancel')}
                  </button>
                </div>
              </InPageForm>
            ) : null}
            {confirming === item.id ? (
              <div className="confirm" role="group" aria-label={t('removeConfirm', { title: item.title })}>
                <p>{t('removeConfirm', { title: item.title })}</p>
                <div className="actions">
                  <button type="button" className="button danger small" onClick={() => remove.mutate(item.id)} disabled={remove.isPending}>
                    {t('confirmRemove')}
                  </button>
                  <button type="button" className="button small" onClick={() => setConfirming(null)}>
                    {t('cancel')}
                  </button>
                </div>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      <p role="status" className="visually-hidden">
        {announce}
      </p>
      <FormError message={error} />
      {canManage && organising ? (
        <InPageForm className="stack add-section" onSubmit={() => add.mutate(title)}>
          <h3>{t('addTitle')}</h3>
          <div className="field">
            <label htmlFor="new-section-title">{t('addLabel')}</label>
            <input
              id="new-section-title"
              type="text"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              aria-invalid={!!titleError}
              aria-describedby={titleError ? 'new-section-title-error' : undefined}
              required
              minLength={2}
              maxLength={120}
            />
            {titleError ? (
              <p id="new-section-title-error" className="field-error">
                {titleError}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button small" disabled={add.isPending}>
            {t('add')}
          </button>
        </InPageForm>
      ) : null}
    </nav>
  );
}
