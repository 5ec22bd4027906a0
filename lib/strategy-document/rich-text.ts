import type { PmNode } from './types';

// Written sections are serialised here rather than through a DOM: every node and mark of the
// editor's schema is listed, every text is escaped, and anything unknown is reduced to its text.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const MARK_TAGS: Record<string, string> = { bold: 'strong', italic: 'em', underline: 'u', strike: 's', code: 'code' };

function textHtml(node: PmNode): string {
  let html = escapeHtml(node.text ?? '');
  for (const mark of node.marks ?? []) {
    const tag = MARK_TAGS[mark.type];
    if (tag) html = `<${tag}>${html}</${tag}>`;
  }
  return html;
}

function childrenHtml(node: PmNode): string {
  return (node.content ?? []).map(nodeHtml).join('');
}

function nodeHtml(node: PmNode): string {
  switch (node.type) {
    case 'doc':
      return childrenHtml(node);
    case 'text':
      return textHtml(node);
    case 'paragraph':
      return `<p>${childrenHtml(node)}</p>`;
    case 'heading': {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 3, 3), 6);
      return `<h${level}>${childrenHtml(node)}</h${level}>`;
    }
    case 'bulletList':
      return `<ul>${childrenHtml(node)}</ul>`;
    case 'orderedList':
      return `<ol>${childrenHtml(node)}</ol>`;
    case 'listItem':
      return `<li>${childrenHtml(node)}</li>`;
    case 'blockquote':
      return `<blockquote>${childrenHtml(node)}</blockquote>`;
    case 'codeBlock':
      return `<pre><code>${escapeHtml(plainText(node))}</code></pre>`;
    case 'hardBreak':
      return '<br>';
    case 'horizontalRule':
      return '<hr>';
    default:
      return node.content ? childrenHtml(node) : escapeHtml(node.text ?? '');
  }
}

/** A written section as safe HTML (the editor's own tags only). */
export function richTextToHtml(doc: PmNode): string {
  return nodeHtml(doc);
}

/** A written section as plain text, one block per line (what versions compare). */
export function plainText(node: PmNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(plainText);
  if (node.type === 'doc' || node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'blockquote' || node.type === 'listItem') {
    return inner.filter((s) => s.length > 0).join('\n');
  }
  return inner.join('');
}

/** True when a written section holds no text at all. */
export function isEmptyContent(doc: PmNode): boolean {
  return plainText(doc).trim().length === 0;
}

/** Builds a document from simple blocks: strings are paragraphs, `{ h }` headings, `{ ul }` bullet lists. */
export function contentFrom(blocks: (string | { h: string } | { ul: string[] })[]): PmNode {
  const paragraph = (text: string): PmNode => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
  return {
    type: 'doc',
    content: blocks.map((block) => {
      if (typeof block === 'string') return paragraph(block);
      if ('h' in block) return { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: block.h }] };
      return { type: 'bulletList', content: block.ul.map((item) => ({ type: 'listItem', content: [paragraph(item)] })) };
    }),
  };
}
