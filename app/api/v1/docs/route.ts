import { renderApiDocs } from '@/lib/api/docs-html';
import { optionalMessage } from '@/lib/message-catalogue';

/** GET /api/v1/docs?lang=fr|en — the API reference, server-rendered HTML (no data, nothing fetched at run time). */
export async function GET(request: Request) {
  const lang = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'fr';
  return new Response(
    renderApiDocs((key) => optionalMessage(lang, `apiTokens.docs.${key}`) ?? key, lang),
    {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    },
  );
}
