import { db } from '@/db/client';
import { guardRoute } from '@/lib/auth/route-guard';
import { AppError } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { loadDocumentState } from '@/lib/strategy-document/export';
import { renderPrintHtml } from '@/lib/strategy-document/html';
import { withTranslations } from '@/lib/partnerships/document-translations';

export const dynamic = 'force-dynamic';

/**
 * The printable web page of the current document or of a version (`?version=`), in the reader's
 * language or `?lang=`. The very HTML that Chromium prints to PDF, with a link back to the app.
 */
export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  const { workspace: slug } = await params;
  const access = await guardRoute(slug, 'document.read');
  if (!access.ok) return access.response;
  const search = new URL(request.url).searchParams;
  const locale = toLocale(search.get('lang') ?? access.locale);
  let state;
  try {
    state = loadDocumentState(db, access.ctx, search.get('version') || undefined);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return new Response('Not found', { status: 404 });
    throw error;
  }
  const html = renderPrintHtml(withTranslations(db, access.ctx, state.snapshot, locale), {
    locale,
    versionName: state.versionName,
    adoption: state.adoption,
    generatedAt: new Date(),
    backHref: `/${slug}/document`,
  });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
