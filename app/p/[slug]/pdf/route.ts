import { db } from '@/db/client';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/strategy-document/render';
import { htmlToPdf } from '@/lib/strategy-document/chromium';
import { findPublicStrategy, publicationFingerprint } from '@/lib/publication/queries';
import { renderPublicHtml } from '@/lib/publication/html';
import { contentTag, publicPdfSource, removeOtherVersions, storedPdf } from '@/lib/publication/pdf-cache';
import { BrowserBusy } from '@/lib/http/browser-pool';
import { operationsMessage, requestLocale } from '@/lib/http/operations-messages';
import { clientAddressFrom, consumeRateLimit } from '@/lib/auth/limiter';

// Never cached by Next: once unpublished, the PDF answers 404 like the page.
export const dynamic = 'force-dynamic';

/** Requests of the public PDF per address: a reader downloads it once; a loop is refused. */
const PUBLIC_PDF_LIMIT = { max: 30, windowMs: 10 * 60_000 };

function refusal(status: 429 | 503, message: string, retryAfterSeconds: number) {
  return new Response(message, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(retryAfterSeconds), 'Cache-Control': 'no-store' },
  });
}

/**
 * The public strategy as a PDF, without signing in; 404 when nothing is published. Rendered once
 * per published content and language (lib/publication/pdf-cache.ts; its HTML once per publication
 * in each process) in the installation's browser pool,
 * then served from the stored file with an ETag (304 on If-None-Match). Requests are limited per
 * address (429); when the pool is saturated the answer is 503 with Retry-After.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lang = new URL(request.url).searchParams.get('lang');
  const say = requestLocale(request.headers, lang);
  const limited = consumeRateLimit(`pdf:ip:${clientAddressFrom(request.headers)}`, PUBLIC_PDF_LIMIT);
  if (!limited.allowed) {
    const seconds = Math.max(1, Math.ceil(((limited.retryAt?.getTime() ?? Date.now()) - Date.now()) / 1000));
    return refusal(429, operationsMessage(say, 'pdfRateLimited', { seconds }), seconds);
  }
  const locale: Locale = lang && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'fr';
  const fingerprint = publicationFingerprint(db, slug);
  const source =
    fingerprint &&
    publicPdfSource(slug, locale, fingerprint, () => {
      const strategy = findPublicStrategy(db, slug);
      if (!strategy) return null;
      const html = renderPublicHtml(strategy, locale);
      return { html, tag: contentTag(html, locale), adoptedOn: strategy.adoption.adoptedOn };
    });
  if (!source) {
    if (/^[a-z0-9-]+$/i.test(slug)) removeOtherVersions(slug, null);
    return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  }
  const { html, tag: etag } = source;
  // Revalidated at every use (no-cache): unpublishing must take effect at once.
  const caching = { ETag: etag, 'Cache-Control': 'public, no-cache' };
  if (
    request.headers
      .get('if-none-match')
      ?.split(',')
      .some((t) => t.trim().replace(/^W\//, '') === etag)
  ) {
    return new Response(null, { status: 304, headers: caching });
  }
  let pdf: Buffer;
  try {
    pdf = await storedPdf(slug, locale, etag, () => htmlToPdf(html, { page: translatorFor(locale)('document.print.page') }));
  } catch (error) {
    if (error instanceof BrowserBusy) return refusal(503, operationsMessage(say, 'pdfBusy', { seconds: error.retryAfterSeconds }), error.retryAfterSeconds);
    throw error;
  }
  const stem = locale === 'fr' ? 'strategie' : 'strategy';
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...caching,
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${stem}-${slug}-${source.adoptedOn}.pdf"`,
    },
  });
}
