import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { databasePath } from '@/db/client';

/**
 * The public strategy's PDF, rendered once per published content and language and kept as a file
 * beside the database (`pdf-cache/<slug>.<lang>.<hash>.pdf`). The hash is of the HTML that Chromium
 * prints, so a new publication, an unpublication followed by another, or a renamed authority gives
 * a new file, and the same content never renders twice. Concurrent first requests share one render.
 */
export function pdfCacheDir() {
  return path.join(path.dirname(path.resolve(databasePath())), 'pdf-cache');
}

/** The ETag of a content: its hash, quoted. */
export function contentTag(html: string, locale: string) {
  return `"${crypto.createHash('sha256').update(locale).update('\0').update(html).digest('base64url').slice(0, 32)}"`;
}

const SAFE = /^[a-z0-9-]+$/i;

export type PublicPdfSource = { html: string; tag: string; adoptedOn: string };
const sources = ((
  globalThis as unknown as { filrougePublicPdfSources?: Map<string, { fingerprint: string; source: PublicPdfSource }> }
).filrougePublicPdfSources ??= new Map());

/**
 * The HTML Chromium prints for a publication and language, and its tag, built once per publication
 * (`fingerprint`: lib/publication/queries.ts `publicationFingerprint`) instead of at every request:
 * twenty readers asking at once cost one read of the snapshot and one HTML, not twenty, in a worker
 * that also serves pages (issue 18.1).
 */
export function publicPdfSource(slug: string, locale: string, fingerprint: string, build: () => PublicPdfSource | null): PublicPdfSource | null {
  const key = `${slug}\0${locale}`;
  const known = sources.get(key);
  if (known?.fingerprint === fingerprint) return known.source;
  const source = build();
  sources.delete(key);
  if (source) sources.set(key, { fingerprint, source });
  if (sources.size > 256) sources.delete(sources.keys().next().value!);
  return source;
}
const inFlight = ((globalThis as unknown as { filrougePdfRenders?: Map<string, Promise<Buffer>> }).filrougePdfRenders ??= new Map());

/** The stored PDF for this slug, language and tag, rendering and storing it with `render` when absent. */
export async function storedPdf(slug: string, locale: string, tag: string, render: () => Promise<Buffer>): Promise<Buffer> {
  if (!SAFE.test(slug)) throw new Error('unexpected slug');
  const dir = pdfCacheDir();
  const file = path.join(dir, `${slug}.${locale}.${tag.slice(1, -1)}.pdf`);
  try {
    return await fs.promises.readFile(file);
  } catch {
    // not rendered yet
  }
  const running = inFlight.get(file);
  if (running) return running;
  const rendering = (async () => {
    const pdf = await render();
    await fs.promises.mkdir(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    await fs.promises.writeFile(temporary, pdf);
    await fs.promises.rename(temporary, file);
    removeOtherVersions(slug, locale, file);
    return pdf;
  })();
  inFlight.set(file, rendering);
  try {
    return await rendering;
  } finally {
    inFlight.delete(file);
  }
}

/** Removes the stored PDFs of a slug (every language, or all but `keep`): when unpublished or superseded. */
export function removeOtherVersions(slug: string, locale: string | null, keep?: string) {
  const dir = pdfCacheDir();
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const prefix = locale ? `${slug}.${locale}.` : `${slug}.`;
  for (const name of names) {
    const full = path.join(dir, name);
    if (name.startsWith(prefix) && name.endsWith('.pdf') && full !== keep) fs.rmSync(full, { force: true });
  }
}
