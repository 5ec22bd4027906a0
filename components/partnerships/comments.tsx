import { getFormatter, getTranslations } from 'next-intl/server';
import { EntryForm } from './entry-form';

type Comment = { id: string; parentId: string | null; authorName: string; body: string; createdAt: Date };

/** A comment thread on a partnership's page or shared section: comments and one level of replies. */
export async function CommentThread(props: {
  workspaceId: string;
  partnershipId: string;
  target: string;
  comments: Comment[];
  canComment: boolean;
  headingId: string;
}) {
  const t = await getTranslations('partnerships.comments');
  const format = await getFormatter();
  const roots = props.comments.filter((c) => !c.parentId);
  const replies = (id: string) => props.comments.filter((c) => c.parentId === id);
  const one = (c: Comment) => (
    <article className="comment" aria-label={t('by', { name: c.authorName })}>
      <p className="muted">
        <strong>{c.authorName}</strong> ·{' '}
        <time dateTime={c.createdAt.toISOString()}>{format.dateTime(c.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</time>
      </p>
      <p className="comment-body">{c.body}</p>
    </article>
  );
  return (
    <section aria-labelledby={props.headingId} className="card">
      <h2 id={props.headingId}>{t('title')}</h2>
      {roots.length === 0 ? <p>{t('none')}</p> : null}
      <ul className="stack comment-list">
        {roots.map((c) => (
          <li key={c.id}>
            {one(c)}
            {replies(c.id).length ? (
              <ul className="stack comment-replies">
                {replies(c.id).map((r) => (
                  <li key={r.id}>{one(r)}</li>
                ))}
              </ul>
            ) : null}
            {props.canComment ? (
              <details>
                <summary>{t('reply')}</summary>
                <EntryForm
                  workspaceId={props.workspaceId}
                  action="comment"
                  fixed={{ partnershipId: props.partnershipId, target: props.target, parentId: c.id }}
                  idPrefix={`reply-${c.id}`}
                  fields={[{ name: 'body', label: t('replyLabel'), type: 'textarea', required: true }]}
                  submitLabel={t('sendReply')}
                  successLabel={t('sent')}
                />
              </details>
            ) : null}
          </li>
        ))}
      </ul>
      {props.canComment ? (
        <EntryForm
          workspaceId={props.workspaceId}
          action="comment"
          fixed={{ partnershipId: props.partnershipId, target: props.target }}
          idPrefix={`comment-${props.target}`}
          fields={[{ name: 'body', label: t('label'), type: 'textarea', required: true }]}
          submitLabel={t('send')}
          successLabel={t('sent')}
        />
      ) : null}
    </section>
  );
}
