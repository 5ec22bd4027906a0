import { db } from '@/db/client';
import { orNotFound } from '@/lib/auth/page-guard';
import { getSessionUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/policy';
import { languageName } from '@/lib/geo';
import { ORIGINAL_LANGUAGE } from '@/lib/partnerships/document-translations';
import { translationDocumentName } from '@/lib/collab/names';
import { listComments } from '@/lib/partnerships/queries';
import { getSharedSection } from '@/lib/partnerships/section-queries';
import { TRANSLATION_LANGUAGES } from '@/lib/partnerships/schemas';
import { SectionEditor } from '@/components/strategy-document/section-editor';
import { EntryForm } from '@/components/partnerships/entry-form';
import { ConfirmTranslationButton } from '@/components/partnerships/small-actions';
import { CommentThread } from '@/components/partnerships/comments';
import { caretColor } from '@/components/partnerships/colors';
import { loadWorkspacePage, pageTitle } from '@/lib/shell/page';
import { BackLink } from '@/components/ui/back-link';

type Props = { params: Promise<{ workspace: string; partnershipId: string; sectionId: string }> };

export const generateMetadata = pageTitle('partnerships', 'sectionTitle');

/**
 * A section shared with a partnership: the original and its translations side by side, each
 * co-edited live by either side. A translation whose original changed since it was last updated
 * is marked out of date, with the original's changed passages.
 */
export default async function SharedSectionPage({ params }: Props) {
  const { partnershipId, sectionId } = await params;
  const { slug, ctx, t, format, locale } = await loadWorkspacePage(params, 'partnerships.read', 'partnerships');
  const view = orNotFound(() => getSharedSection(db, ctx, partnershipId, sectionId));
  const comments = listComments(db, ctx, view.partnership.id, view.section.id);
  const user = await getSessionUser();
  const writable = view.access === 'write';
  const title = view.section.title ?? t('untitled');
  const me = { id: ctx.userId, name: user?.name ?? '', color: caretColor(ctx.userId) };
  const missing = TRANSLATION_LANGUAGES.filter((l) => !view.translations.some((tr) => tr.language === l));
  return (
    <>
      <BackLink href={`/${slug}/partnerships/${view.partnership.id}`}>{t('backTo', { title: view.partnership.title })}</BackLink>
      <h1>{title}</h1>
      <p className="lead">{writable ? t('sectionWrite') : t('readOnly')}</p>
      <div className="translation-columns">
        <section aria-labelledby="original-title" className="card">
          <h2 id="original-title">{t('translation.original')}</h2>
          <SectionEditor sectionId={view.section.id} title={title} editable={writable} user={me} initialHtml={view.originalHtml} lang={ORIGINAL_LANGUAGE} />
        </section>
        {view.translations.map((tr) => {
          const language = languageName(tr.language, locale);
          const headingId = `translation-${tr.language}`;
          return (
            <section
              key={tr.language}
              aria-labelledby={headingId}
              className="card"
              data-translation={tr.language}
              data-out-of-date={tr.status.outOfDate ? 'true' : 'false'}
            >
              <h2 id={headingId} lang={locale}>
                {t('translation.heading', { language })}
              </h2>
              <p className="muted">{t('translation.updated', { date: format.dateTime(tr.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}</p>
              {tr.status.outOfDate ? (
                <div className="notice warning" role="note" aria-labelledby={`${headingId}-stale`}>
                  <p id={`${headingId}-stale`}>
                    <strong>{t('translation.outOfDate')}</strong> — {t('translation.outOfDateHint', { added: tr.status.added, removed: tr.status.removed })}
                  </p>
                  {/* The original's passages, in its language (WCAG 3.1.2). */}
                  <p className="diff-text" aria-label={t('translation.changes')} lang={ORIGINAL_LANGUAGE}>
                    {tr.status.parts.map((part, i) =>
                      part.change === 'added' ? (
                        <ins key={i}>{part.text}</ins>
                      ) : part.change === 'removed' ? (
                        <del key={i}>{part.text}</del>
                      ) : (
                        <span key={i}>{part.text}</span>
                      ),
                    )}
                  </p>
                  {writable ? (
                    <ConfirmTranslationButton
                      workspaceId={ctx.workspaceId}
                      sectionId={view.section.id}
                      language={tr.language}
                      label={t('translation.confirm')}
                    />
                  ) : null}
                </div>
              ) : (
                <p className="muted">{t('translation.upToDate')}</p>
              )}
              <SectionEditor
                sectionId={view.section.id}
                documentName={translationDocumentName(view.section.id, tr.language)}
                title={t('translation.editorTitle', { title, language })}
                editable={writable}
                user={me}
                initialHtml={tr.html}
                lang={tr.language}
              />
            </section>
          );
        })}
      </div>
      {writable && missing.length ? (
        <section aria-labelledby="add-translation" className="card">
          <h2 id="add-translation">{t('translation.add')}</h2>
          <EntryForm
            workspaceId={ctx.workspaceId}
            action="translation"
            fixed={{ sectionId: view.section.id }}
            idPrefix="translation"
            fields={[
              {
                name: 'language',
                label: t('translation.language'),
                type: 'select',
                required: true,
                options: missing.map((l) => ({ value: l, label: languageName(l, locale) })),
              },
            ]}
            submitLabel={t('translation.create')}
            successLabel={t('translation.created')}
          />
        </section>
      ) : null}
      <CommentThread
        workspaceId={ctx.workspaceId}
        partnershipId={view.partnership.id}
        target={view.section.id}
        comments={comments}
        canComment={can(ctx.role, 'partnerships.comment')}
        headingId="section-comments"
      />
    </>
  );
}
