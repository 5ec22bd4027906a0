import en from '@/messages/en.json';
import fr from '@/messages/fr.json';
import { renderApiDocs } from '@/lib/api/docs-html';

const DOCS = { en: en.apiTokens.docs, fr: fr.apiTokens.docs } as const;

/** GET /api/v1/docs?lang=fr|en — the API reference, server-rendered HTML (no data, nothing fetched at run time). */
export async function GET(request: Request) {
  const lang = new URL(request.url).searchParams.get('lang') === 'en' ? 'en' : 'fr';
  const messages: Record<string, string> = DOCS[lang];
  return new Response(
    renderApiDocs((key) => messages[key] ?? key, lang),
    {
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
    },
  );
}
