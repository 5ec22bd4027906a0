'use client';

import { useRouter } from 'next/navigation';
import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { openReviewThreadAction, replyToReviewThreadAction, setReviewThreadStatusAction } from '@/lib/review/actions';
import type { ActionResult } from '@/lib/errors';
import { FormError, SubmitButton, useValidationMessage } from '@/components/ui/field';
import { InPageForm } from '@/components/ui/in-page-form';

export type ThreadView = {
  id: string;
  status: 'open' | 'resolved';
  quote: string | null;
  anchorStart: number | null;
  anchorEnd: number | null;
  mine: boolean;
  comments: { id: string; authorName: string; body: string; when: string }[];
};

type Props = {
  workspaceId: string;
  reviewId: string;
  sectionId: string;
  title: string;
  /** A written section's frozen plain text (comments may quote a passage of it); null for a data section. */
  text: string | null;
  /** A data section's rendered figures. */
  children?: ReactNode;
  threads: ThreadView[];
  canComment: boolean;
  canModerate: boolean;
  mentionExample: string;
};

/** The text cut at every anchored passage, each passage highlighted (resolved ones more lightly). */
function highlighted(text: string, threads: ThreadView[], label: (quote: string) => string) {
  const anchors = threads.filter((t) => t.anchorStart !== null && t.anchorEnd !== null && t.anchorEnd <= text.length);
  const cuts = [...new Set([0, text.length, ...anchors.flatMap((a) => [a.anchorStart!, a.anchorEnd!])])].sort((a, b) => a - b);
  const parts: ReactNode[] = [];
  for (let i = 0; i < cuts.length - 1; i += 1) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const piece = text.slice(from, to);
    const covering = anchors.filter((a) => a.anchorStart! <= from && a.anchorEnd! >= to);
    if (covering.length === 0) parts.push(piece);
    else {
      const open = covering.some((a) => a.status === 'open');
      parts.push(
        <mark key={from} className={open ? 'review-mark' : 'review-mark resolved'} title={label(piece)}>
          {piece}
        </mark>,
      );
    }
  }
  return parts;
}

function useActionMessage() {
  const tv = useValidationMessage();
  return (result: ActionResult<unknown>) => {
    if (result.ok) return null;
    const field = Object.values(result.fieldErrors ?? {})[0];
    return tv(field) ?? result.message;
  };
}

function Thread({ thread, workspaceId, canComment, canModerate }: { thread: ThreadView; workspaceId: string; canComment: boolean; canModerate: boolean }) {
  const t = useTranslations('review');
  const router = useRouter();
  const message = useActionMessage();
  const id = useId();
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () => replyToReviewThreadAction(workspaceId, { threadId: thread.id, body: reply }),
    onSuccess: (result) => {
      setError(message(result));
      if (result.ok) {
        setReply('');
        router.refresh();
      }
    },
  });
  const toggle = useMutation({
    mutationFn: () => setReviewThreadStatusAction(workspaceId, { threadId: thread.id, status: thread.status === 'open' ? 'resolved' : 'open' }),
    onSuccess: (result) => {
      setError(message(result));
      if (result.ok) router.refresh();
    },
  });
  return (
    <article className={`review-thread ${thread.status}`} aria-labelledby={`${id}-title`}>
      <header className="review-thread-head">
        <h5 id={`${id}-title`}>
          {thread.quote ? (
            <>
              {t('onPassage')} <q>{thread.quote}</q>
            </>
          ) : (
            t('wholeSection')
          )}
        </h5>
        <span className="badge">{thread.status === 'open' ? t('threadOpen') : t('threadResolved')}</span>
      </header>
      <ol className="review-comments">
        {thread.comments.map((c) => (
          <li key={c.id}>
            <p className="muted small">{t('by', { name: c.authorName, date: c.when })}</p>
            <p className="prewrap">{c.body}</p>
          </li>
        ))}
      </ol>
      <FormError message={error} />
      {canComment ? (
        <div className="review-thread-actions">
          <InPageForm className="inline-form" onSubmit={() => send.mutate()}>
            <label htmlFor={`${id}-reply`} className="visually-hidden">
              {t('reply')}
            </label>
            <textarea id={`${id}-reply`} rows={2} value={reply} onChange={(e) => setReply(e.target.value)} placeholder={t('reply')} />
            <button type="submit" className="button small" disabled={send.isPending || reply.trim() === ''}>
              {t('postReply')}
            </button>
          </InPageForm>
          {thread.mine || canModerate ? (
            <button type="button" className="button ghost small" onClick={() => toggle.mutate()} disabled={toggle.isPending}>
              {thread.status === 'open' ? t('resolve') : t('reopen')}
            </button>
          ) : null}
        </div>
      ) : null}
    </article>
  );
}

/** One section of the version under review: its text with the passages commented on, its threads, and a form to comment. */
export function SectionReview({ workspaceId, reviewId, sectionId, title, text, children, threads, canComment, canModerate, mentionExample }: Props) {
  const t = useTranslations('review');
  const router = useRouter();
  const message = useActionMessage();
  const id = useId();
  const textRef = useRef<HTMLDivElement>(null);
  const [quote, setQuote] = useState('');
  const [start, setStart] = useState<number | null>(null);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  // A selection inside the section's text becomes the passage, with its exact offsets.
  const capture = () => {
    const selection = window.getSelection();
    const container = textRef.current;
    if (!selection || selection.isCollapsed || !container || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    if (!container.contains(range.commonAncestorContainer)) return;
    const before = document.createRange();
    before.selectNodeContents(container);
    before.setEnd(range.startContainer, range.startOffset);
    const picked = range.toString();
    if (!picked.trim()) return;
    setQuote(picked);
    setStart(before.toString().length);
  };

  const post = useMutation({
    mutationFn: () => {
      let anchor = null;
      if (quote && text !== null) {
        const at = start !== null && text.slice(start, start + quote.length) === quote ? start : text.indexOf(quote);
        anchor = { quote, start: Math.max(at, 0), end: Math.max(at, 0) + quote.length };
      }
      return openReviewThreadAction(workspaceId, { reviewId, sectionId, body, anchor });
    },
    onSuccess: (result) => {
      setError(message(result));
      if (result.ok) {
        setBody('');
        setQuote('');
        setStart(null);
        setDone(t('posted'));
        router.refresh();
      } else setDone(null);
    },
  });

  const open = threads.filter((th) => th.status === 'open').length;
  return (
    <div className="review-section">
      <div className="review-section-body">
        {text !== null ? (
          <div ref={textRef} className="review-text prewrap" onMouseUp={capture} onKeyUp={capture}>
            {highlighted(text, threads, (q) => t('highlightLabel', { quote: q }))}
          </div>
        ) : (
          children
        )}
      </div>
      <div className="review-section-threads" aria-labelledby={`${id}-comments`} role="group">
        <h4 id={`${id}-comments`}>
          {t('commentsTitle', { section: title })} <span className="muted small">({t('openThreads', { count: open })})</span>
        </h4>
        {threads.length === 0 ? <p className="muted">{t('noThreads')}</p> : null}
        {threads.map((thread) => (
          <Thread key={thread.id} thread={thread} workspaceId={workspaceId} canComment={canComment} canModerate={canModerate} />
        ))}
        {canComment ? (
          <InPageForm className="stack review-new-thread" noValidate onSubmit={() => post.mutate()}>
            <h5>{t('newThread')}</h5>
            <FormError message={error} />
            {text !== null ? (
              <div className="field">
                <label htmlFor={`${id}-passage`}>{t('passage')}</label>
                <p className="hint" id={`${id}-passage-hint`}>
                  {t('passageHint')}
                </p>
                <input
                  id={`${id}-passage`}
                  type="text"
                  value={quote}
                  aria-describedby={`${id}-passage-hint`}
                  onChange={(e) => {
                    setQuote(e.target.value);
                    setStart(null);
                  }}
                />
                {quote ? (
                  <button type="button" className="button ghost small" onClick={() => setQuote('')}>
                    {t('clearPassage')}
                  </button>
                ) : null}
              </div>
            ) : null}
            <div className="field">
              <label htmlFor={`${id}-body`}>
                {t('comment')}
                <span aria-hidden="true"> *</span>
              </label>
              <p className="hint" id={`${id}-body-hint`}>
                {t('commentHint', { name: mentionExample })}
              </p>
              <textarea id={`${id}-body`} rows={3} required aria-describedby={`${id}-body-hint`} value={body} onChange={(e) => setBody(e.target.value)} />
            </div>
            <SubmitButton pending={post.isPending} pendingLabel={t('posting')} success={done}>
              {t('post')}
            </SubmitButton>
          </InPageForm>
        ) : null}
      </div>
    </div>
  );
}
