import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { db } from '@/db/client';
import { LOCALES, toLocale, type Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/strategy-document/render';
import { findPublicStrategy } from '@/lib/publication/queries';
import { publicView } from '@/lib/publication/view';
import { publicIatiAvailable } from '@/lib/open-data/queries';
import { SectionBlocks } from '@/components/strategy-document/section-blocks';
import '@/components/dashboard/dashboard.css';

// Rendered at every request, never cached: unpublishing must answer 404 at once.
export const dynamic = 'force-dynamic';
export const revalidate = 0;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ lang?: string }> };

/** The page's language: `?lang=` when given (shareable links), else the visitor's. */
async function pageLocale(searchParams: Props['searchParams']): Promise<Locale> {
  const lang = (await searchParams).lang;
  return lang && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : toLocale(await getLocale());
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const strategy = findPublicStrategy(db, slug);
  if (!strategy) return { title: 'Fil rouge', robots: { index: false } };
  const locale = await pageLocale(searchParams);
  const t = translatorFor(locale);
  const title = t('public.title', { authority: strategy.authority });
  const description = t('public.metaDescription', { authority: strategy.authority });
  return {
    title: { absolute: title },
    description,
    alternates: { canonical: `/p/${slug}?lang=${locale}`, languages: Object.fromEntries(LOCALES.map((l) => [l, `/p/${slug}?lang=${l}`])) },
    openGraph: { title, description, type: 'article', locale: locale === 'fr' ? 'fr_FR' : 'en_GB' },
  };
}

/**
 * The adopted strategy of an authority, public and read-only: no sign-in, built only from the
 * publication's allow-listed projection (lib/publication/project.ts), with its PDF.
 */
export default async function PublicStrategyPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const strategy = findPublicStrategy(db, slug);
  if (!strategy) notFound();
  const locale = await pageLocale(searchParams);
  const t = translatorFor(locale);
  const view = publicView(strategy, locale);
  const toc = [...view.sections.map((s) => ({ id: s.id, title: s.title })), ...(view.figures.length ? [{ id: 'figures', title: view.figuresTitle }] : [])];
  return (
    <div lang={locale}>
      <header className="app-header">
        <span className="brand">
          <span aria-hidden="true" className="brand-mark" />
          Fil rouge
        </span>
        <nav className="header-end language-switcher" aria-label={t('public.languageLabel')}>
          {LOCALES.map((code) => (
            <a
              key={code}
              href={`/p/${slug}?lang=${code}`}
              lang={code}
              hrefLang={code}
              className="button ghost small"
              aria-current={code === locale ? 'page' : undefined}
            >
              {t(`language.${code}`)}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="page public-page">
        <div className="public-head">
          <div>
            <h1>{view.title}</h1>
            <p className="public-meta">{view.adoption}</p>
            <p className="public-meta">{view.published}</p>
          </div>
          <a className="button primary" href={`/p/${slug}/pdf?lang=${locale}`} download>
            {t('public.pdf')}
          </a>
        </div>
        <nav className="card" aria-labelledby="toc-h">
          <h2 id="toc-h">{t('public.contents')}</h2>
          <ol>
            {toc.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{s.title}</a>
              </li>
            ))}
          </ol>
        </nav>
        {view.sections.map((s) => (
          <section key={s.id} className="card public-section" aria-labelledby={s.id}>
            <h2 id={s.id}>{s.title}</h2>
            <SectionBlocks blocks={s.blocks} />
          </section>
        ))}
        {view.figures.length ? (
          <section className="public-section" aria-labelledby="figures">
            <h2 id="figures">{view.figuresTitle}</h2>
            <p className="muted">{view.figuresIntro}</p>
            <div className="dash-grid">
              {view.figures.map((f) => (
                <section key={f.id} className="card dash-block" aria-labelledby={`figure-${f.id}`} data-block={f.id}>
                  <h3 id={`figure-${f.id}`}>{f.title}</h3>
                  <SectionBlocks blocks={f.blocks} level={4} />
                </section>
              ))}
            </div>
          </section>
        ) : null}
        <section className="card public-section" aria-labelledby="open-data">
          <h2 id="open-data">{t('iati.openDataTitle')}</h2>
          <p>{t('iati.openDataIntro')}</p>
          <ul>
            <li>
              <a href={`/p/${slug}/data/actions.csv`} download>
                {t('iati.openDataCsv')}
              </a>
            </li>
            <li>
              <a href={`/p/${slug}/data/actions.json`} download>
                {t('iati.openDataJson')}
              </a>
            </li>
            <li>
              <a href={`/p/${slug}/data/dictionary.csv`} download>
                {t('iati.openDataDictionary')}
              </a>
            </li>
            {publicIatiAvailable(db, slug) ? (
              <li>
                <a href={`/p/${slug}/data/iati.xml`} download>
                  {t('iati.openDataIati')}
                </a>
              </li>
            ) : null}
          </ul>
        </section>
      </main>
      <footer className="public-footer">{t('public.footer')}</footer>
    </div>
  );
}
