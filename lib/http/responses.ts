import type { BrowserBusy } from './browser-pool';
import { operationsMessage, requestLocale } from './operations-messages';

// The answers of the workspace route handlers (exports, printable pages): none is ever cached.

const NO_STORE = { 'Cache-Control': 'no-store' } as const;

/** A JSON answer no cache keeps: `noStoreJson({ error: 'invalid' }, 400)`, `noStoreJson({ error: 'not_found' }, 404)`… */
export function noStoreJson(body: unknown, status: number): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

/** A file to download as `fileName`; `headers` adds to (or overrides) the defaults. */
export function fileDownload(body: BodyInit, contentType: string, fileName: string, headers: Record<string, string> = {}): Response {
  return new Response(body, { headers: { 'Content-Type': contentType, 'Content-Disposition': `attachment; filename="${fileName}"`, ...NO_STORE, ...headers } });
}

/** A printable web page (the HTML that Chromium prints to PDF). */
export function htmlPage(html: string): Response {
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', ...NO_STORE } });
}

/** 503 while the process's browser pool is saturated: come back after `Retry-After`, said in the reader's language. */
export function pdfBusyResponse(request: Request, userLocale: string | undefined, error: BrowserBusy): Response {
  return new Response(operationsMessage(requestLocale(request.headers, userLocale), 'pdfBusy', { seconds: error.retryAfterSeconds }), {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(error.retryAfterSeconds), ...NO_STORE },
  });
}
