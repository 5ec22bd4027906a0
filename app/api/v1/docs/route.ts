import { getTranslations } from 'next-intl/server';
import { renderApiDocs } from '@/lib/api/docs-html';

/** GET /api/v1/docs?lang=fr|en — the API reference, server-rendered HTML (no data, nothing fetched at run time). */
export async function GET(request: Request) {
  const lang = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'fr';
  const t = await getTranslations({ locale: lang, namespace: 'apiTokens.docs' });
  return new Response(renderApiDocs((key) => t(key as never), lang), {
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
}
