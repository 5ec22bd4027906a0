import type { Block } from '@/lib/strategy-document/render';
import { blockHtml, type LongTables } from '@/lib/strategy-document/html';

/**
 * Written once per list of blocks, while that list lives: the document page's views are cached
 * until the database changes (lib/strategy-document/queries.ts `currentViews`), per language, so
 * the same list is shown again and again, with the same options.
 */
const written = new WeakMap<Block[], Map<string, string>>();

/**
 * The blocks of a section (lib/strategy-document/render.ts) on the app's pages; headings start at
 * `level`; `longTables` shortens long tables (lib/strategy-document/html.ts). Written as one HTML
 * string by the function the print view and the PDF use (every text escaped there; rich text
 * comes from lib/strategy-document/rich-text.ts, known tags only): React would otherwise render
 * and serialise the large document's tables element by element on every request.
 */
export function SectionBlocks({ blocks, level = 3, longTables }: { blocks: Block[]; level?: 3 | 4; longTables?: LongTables }) {
  const key = `${level}|${longTables ? `${longTables.above}|${longTables.shown}|${longTables.href}|${longTables.link}` : ''}`;
  let byOptions = written.get(blocks);
  if (!byOptions) written.set(blocks, (byOptions = new Map()));
  let html = byOptions.get(key);
  if (html === undefined) {
    html = blocks.map((block) => blockHtml(block, { screen: true, level, longTables })).join('');
    byOptions.set(key, html);
  }
  return <div className="doc-blocks" dangerouslySetInnerHTML={{ __html: html }} />;
}
