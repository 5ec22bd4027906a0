import { db } from '@/db/client';
import { LOCALES, type Locale } from '@/lib/i18n/config';
import { translatorFor } from '@/lib/strategy-document/render';
import { htmlToPdf } from '@/lib/strategy-document/chromium';
import { findPublicStrategy } from '@/lib/publication/queries';
import { renderPublicHtml } from '@/lib/publication/html';

// Never cached: once unpublished, the PDF answers 404 like the page.
export const dynamic = 'force-dynamic';

/** The public strategy as a PDF, without signing in; 404 when nothing is published. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const strategy = findPublicStrategy(db, slug);
  if (!strategy) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const lang = new URL(request.url).searchParams.get('lang');
  const locale: Locale = lang && (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'fr';
  const pdf = await htmlToPdf(renderPublicHtml(strategy, locale), { page: translatorFor(locale)('document.print.page') });
  const stem = locale === 'fr' ? 'strategie' : 'strategy';
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${stem}-${slug}-${strategy.adoption.adoptedOn}.pdf"`,
      'Cache-Control': 'no-store',
    },
  });
}
