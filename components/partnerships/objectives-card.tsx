import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import type { CollabUser } from '@/components/strategy-document/collab-editor';
import type { ReadAs } from '@/lib/partnerships/entry-translation-view';
import { SectionEditor } from '@/components/strategy-document/section-editor';
import { TranslatedText, TranslationTools, languageInSentence } from './translated-text';

type Props = {
  view: ReadAs;
  locale: Locale;
  writable: boolean;
  workspaceId: string;
  partnershipId: string;
  documentName: string;
  objectivesHtml: string;
  user: CollabUser;
};

/**
 * The joint objectives: co-edited live in their original language. A reader of another language
 * reads them first in theirs when a translation follows the original, or the original marked with
 * its language and a note saying none does; the live original stays one click away.
 */
export async function ObjectivesCard({ documentName, objectivesHtml, user, ...tools }: Props) {
  // `tools` are also what the translation tools of the objectives need.
  const { view, locale, writable, partnershipId } = tools;
  const t = await getTranslations('partnerships');
  const editor = (
    <SectionEditor
      sectionId={partnershipId}
      documentName={documentName}
      title={t('objectives')}
      editable={writable}
      user={user}
      initialHtml={objectivesHtml}
      lang={view.original.language}
    />
  );
  const foreign = view.state !== 'original';
  return (
    <section aria-labelledby="objectives-title" className="card" data-objectives-state={view.state}>
      <h2 id="objectives-title">{t('objectives')}</h2>
      <p className="hint">{writable ? t('objectivesHint') : t('readOnly')}</p>
      {foreign ? (
        <>
          {view.state === 'translation' ? (
            <div className="translated-block">
              <TranslatedText view={view} locale={locale} />
            </div>
          ) : (
            <>
              <p>
                <span className="badge translation-note" data-translation-state={view.state}>
                  {t(`entryTranslation.${view.state}`, { language: languageInSentence(locale, locale) })}
                </span>
              </p>
              {/* The original, in its language (WCAG 3.1.2). */}
              <div className="rich-text" lang={view.original.language} dangerouslySetInnerHTML={{ __html: objectivesHtml }} />
            </>
          )}
          <details className="objectives-original">
            <summary>{t('entryTranslation.objectivesOriginal', { language: languageInSentence(view.original.language, locale) })}</summary>
            {editor}
          </details>
        </>
      ) : (
        editor
      )}
      <TranslationTools {...tools} targetType="objectives" targetId={partnershipId} />
    </section>
  );
}
