import 'server-only';
import crypto from 'node:crypto';
import type { Tx } from '@/db/client';
import type { MemberContext } from '@/lib/auth/member';
import { CollabRefused, sectionAccessFor } from '@/lib/collab/auth';
import { currentDocumentState } from '@/lib/collab/persistence';
import { richTextToHtml } from './rich-text';
import { contentFromYState } from './ydoc';

/** At most this many documents per request (a page shows a handful; a partnership's section a few languages). */
export const LIVE_TEXT_MAX_NAMES = 40;

/**
 * The current text, as HTML, of the collaborative documents named (written sections, their
 * translations, partnership pages) that the caller may read in this workspace: the text a reader's
 * page refreshes without loading the editor (issue 24.4). A name the caller may not read, of another
 * workspace, or that does not exist is left out, exactly as the collaboration server would refuse it.
 * The text is the live one: the open document in this process, or (in a worker) the database once
 * the collaboration owner has stored what changed (scripts/server.ts flushes before every
 * /document/ request).
 */
export function readableTexts(tx: Tx, ctx: MemberContext, names: readonly string[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const name of new Set(names.slice(0, LIVE_TEXT_MAX_NAMES))) {
    try {
      const access = sectionAccessFor(ctx.userId, name);
      if (access.workspaceId !== ctx.workspaceId) continue;
    } catch (error) {
      if (error instanceof CollabRefused) continue;
      throw error;
    }
    texts[name] = richTextToHtml(contentFromYState(currentDocumentState(name, tx)));
  }
  return texts;
}

/**
 * The answer of GET /api/workspaces/<slug>/document/texts?name=…&name=…: the texts as JSON with a
 * validator of them, so that a reader whose texts did not change gets a 304 and no body (the
 * browser revalidates by itself: `no-cache`).
 */
export function liveTextResponse(tx: Tx, ctx: MemberContext, request: Request): Response {
  const names = new URL(request.url).searchParams.getAll('name');
  const body = JSON.stringify({ texts: readableTexts(tx, ctx, names) });
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`;
  const headers = { 'Cache-Control': 'private, no-cache', ETag: etag, Vary: 'Cookie' };
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}
