import 'server-only';
import { printPdf } from '@/lib/http/pdf-print';
import { barsSvg } from './html';
import { chartKey, type ChartImage } from './docx';
import type { Block } from './render';

/**
 * Prints a self-contained HTML page to an A4 PDF in the installation's one browser
 * (lib/http/pdf-print.ts: a worker process forwards it to the primary; throws BrowserBusy when
 * every slot is taken and the queue is full). Chromium gets it with setContent and every request
 * is refused, so printing needs no session, no URL and no network.
 */
export function htmlToPdf(html: string, footer: { page: string }): Promise<Buffer> {
  return printPdf({ html, footer });
}

/**
 * Draws each chart (an SVG) as a PNG at twice its size, for the DOCX. resvg renders in-process with
 * the system fonts: no browser to launch, so a DOCX export takes milliseconds instead of seconds.
 */
export async function rasterizeCharts(blocks: Extract<Block, { type: 'bars' }>[]): Promise<Map<string, ChartImage>> {
  const images = new Map<string, ChartImage>();
  const unique = [...new Map(blocks.map((b) => [chartKey(b), b])).values()];
  if (unique.length === 0) return images;
  const { Resvg } = await import('@resvg/resvg-js');
  for (const block of unique) {
    const svg = barsSvg(block);
    const width = Number(/width="(\d+)"/.exec(svg)?.[1] ?? 600);
    const height = Number(/height="(\d+)"/.exec(svg)?.[1] ?? 200);
    const rendered = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: 2 },
      background: '#ffffff',
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    }).render();
    images.set(chartKey(block), { png: Buffer.from(rendered.asPng()), width, height });
  }
  return images;
}
