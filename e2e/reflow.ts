import { expect, type Page } from '@playwright/test';

/** The widths issue 17 names: a laptop, a tablet, a phone (WCAG 1.4.10 asks for 320 CSS px of content). */
export const REFLOW_WIDTHS = [1366, 820, 390] as const;

type Overflow = { width: number; scrollWidth: number; innerWidth: number; offenders: string[]; unnamedScrollers: string[] };

/**
 * Measures the page at one width: the document's scroll width against the window's, the elements
 * that pass the right edge (outside any element that scrolls them), and the elements that scroll
 * sideways without being a named, focusable region.
 */
async function measure(page: Page, width: number): Promise<Overflow> {
  await page.setViewportSize({ width, height: 900 });
  // Two frames: the resize's layout, then what scripts (charts, graphs) redraw in response.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.evaluate((w) => {
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}` : '';
      const r = el.getBoundingClientRect();
      return `${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}→${Math.round(r.right)}]`;
    };
    const scrolls = (el: Element) => {
      const style = getComputedStyle(el);
      return ['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX);
    };
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return true;
      return false;
    };
    const offenders: string[] = [];
    const unnamedScrollers: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > window.innerWidth + 1 && !clipped(el) && offenders.length < 8) offenders.push(describe(el));
      const style = getComputedStyle(el);
      if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && !['TEXTAREA', 'INPUT', 'SELECT'].includes(el.tagName)) {
        const named = el.getAttribute('role') === 'region' && (el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby'));
        const focusable = el.getAttribute('tabindex') === '0';
        // A figure that scrolls a chart has its caption as name (document page).
        const figure = el.tagName === 'FIGURE' && !!el.querySelector('figcaption') && focusable;
        if (!(named && focusable) && !figure) unnamedScrollers.push(describe(el));
      }
    }
    // An absolutely positioned element escapes a scroller that is not its containing block: name
    // whatever passes the edge when nothing unclipped does.
    if (!offenders.length && document.documentElement.scrollWidth > window.innerWidth) {
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > window.innerWidth + 1 && offenders.length < 8) offenders.push(`(in a scroller) ${describe(el)}`);
      }
    }
    return { width: w, scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, offenders, unnamedScrollers };
  }, width);
}

/**
 * Asserts that the page reflows at every width of REFLOW_WIDTHS: never wider than the window, and
 * whatever scrolls sideways (wide tables, charts) does so in a named region reachable by keyboard.
 * Leaves the viewport at the first width.
 */
export async function expectReflow(page: Page, what: string) {
  const problems: string[] = [];
  for (const width of REFLOW_WIDTHS) {
    const m = await measure(page, width);
    if (m.scrollWidth > m.innerWidth) problems.push(`${width}px: the page is ${m.scrollWidth}px wide (${m.offenders.join(', ')})`);
    if (m.unnamedScrollers.length) problems.push(`${width}px: scrolls sideways without a named, focusable region: ${m.unnamedScrollers.join(', ')}`);
  }
  await page.setViewportSize({ width: REFLOW_WIDTHS[0], height: 900 });
  // Soft: one run reports every page that does not reflow, not only the first.
  expect.soft(problems, `reflow of ${what} (${page.url()})`).toEqual([]);
}
