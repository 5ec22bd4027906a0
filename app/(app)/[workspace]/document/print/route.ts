import { db } from '@/db/client';
import { workspaceRoute } from '@/lib/shell/workspace-route';
import { htmlPage } from '@/lib/http/responses';
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
export const GET = workspaceRoute('document.read', ({ slug, ctx, locale: userLocale, search }) => {
  const locale = toLocale(search.get('lang') ?? userLocale);
  let state;
  try {
    state = loadDocumentState(db, ctx, search.get('version') || undefined);
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return new Response('Not found', { status: 404 });
    throw error;
  }
  const html = renderPrintHtml(withTranslations(db, ctx, state.snapshot, locale), {
    locale,
    versionName: state.versionName,
    adoption: state.adoption,
    generatedAt: new Date(),
    backHref: `/${slug}/document`,
  });
  return htmlPage(html);
});
