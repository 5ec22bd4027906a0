import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { languageName } from '@/lib/geo';
import type { ReadAs } from '@/lib/partnerships/entry-translation-view';
import { TRANSLATION_LANGUAGES } from '@/lib/partnerships/schemas';
import { TranslateForm, type TranslationTarget } from './translate-form';

/** A language's name as it reads inside a sentence ("en anglais", "in English"). */
export function languageInSentence(code: string, locale: Locale) {
  const name = languageName(code, locale);
  return locale === 'fr' ? name.toLocaleLowerCase('fr') : name;
}

/**
 * A text of a partnership's space as it reads in the page's language (lib/partnerships/
 * entry-translation-view.ts): the text, with a `lang` when it is not in the page's language
 * (WCAG 3.1.2), and a visible note when it is a translation or when none is shown.
 */
export async function TranslatedText({ view, locale, wrap }: { view: ReadAs; locale: Locale; wrap?: (text: ReactNode) => ReactNode }) {
  const t = await getTranslations('partnerships.entryTranslation');
  const language = languageInSentence(view.original.language, locale);
  const here = languageInSentence(locale, locale);
  const text = (
    <span lang={view.lang !== locale ? view.lang : undefined} className="translatable-text">
      {view.text}
    </span>
  );
  return (
    <>
      {wrap ? wrap(text) : text}
      {view.state === 'original' ? null : (
        <>
          {' '}
          <span className="badge translation-note" data-translation-state={view.state}>
            {view.state === 'translation'
              ? t('translation', { language })
              : view.state === 'outOfDate'
                ? t('outOfDate', { language: here })
                : t('missing', { language: here })}
          </span>
        </>
      )}
    </>
  );
}

type ToolsProps = TranslationTarget & {
  view: ReadAs;
  locale: Locale;
  writable: boolean;
};

/**
 * Beside a translatable text: the original when a translation is shown, every translation with
 * whether it is up to date (each marked with its language), and for those who write in the space
 * the form that adds or revises one.
 */
export async function TranslationTools({ view, locale, writable, ...target }: ToolsProps) {
  const t = await getTranslations('partnerships.entryTranslation');
  if (!view.original.text.trim()) return null;
  const others = view.translations.filter((tr) => tr.language !== view.lang);
  if (!writable && view.state !== 'translation' && others.length === 0) return null;
  const languages = TRANSLATION_LANGUAGES.filter((l) => l !== view.original.language).map((l) => ({ value: l, label: languageName(l, locale) }));
  const defaultLanguage = locale !== view.original.language ? locale : view.original.language === 'en' ? 'fr' : 'en';
  return (
    <details className="translation-tools">
      <summary>{writable ? t('translate') : t('translations', { count: view.translations.length })}</summary>
      <div className="stack">
        {view.state === 'translation' ? (
          <div>
            <p className="muted">{t('original', { language: languageInSentence(view.original.language, locale) })}</p>
            <p lang={view.original.language} className="translation-original">
              {view.original.text}
            </p>
          </div>
        ) : null}
        {others.length ? (
          <ul className="translation-list">
            {others.map((tr) => (
              <li key={tr.language}>
                <span className="muted">
                  {languageName(tr.language, locale)} · {tr.outOfDate ? t('stale') : t('upToDate')}
                </span>{' '}
                <span lang={tr.language}>{tr.text}</span>
              </li>
            ))}
          </ul>
        ) : null}
        {writable ? (
          <TranslateForm
            key={defaultLanguage}
            {...target}
            languages={languages}
            defaultLanguage={defaultLanguage}
            existing={view.translations.map(({ language, text }) => ({ language, text }))}
          />
        ) : null}
      </div>
    </details>
  );
}
