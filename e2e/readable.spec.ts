import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from '@playwright/test';
import { PAGES, expectedAccess, type DemoIds, type Identity } from '../lib/security/registry';
import { loadDemoIds } from '../lib/security/demo-ids';
import { DEMO, expect, test, type DemoRole } from './fixtures';
import { MESSAGES } from './pages/base-page';
import { AppShell } from './pages/app-shell';
import { DocumentPage } from './pages/document-page';
import { expectReflow } from './reflow';

/**
 * Issue 17, "readable everywhere" and "partners in their language": every page reflows at 1,366,
 * 820 and 390 px as each role; on a phone the navigation folds behind a menu button; a sticky
 * save bar never hides the focused field; the influence grid takes one Tab stop per actor; a
 * partner reads the partnership from their side.
 */

const ws = DEMO.workspace.slug;
const fr = MESSAGES.fr;
const en = MESSAGES.en;
let demo: DemoIds;

test.beforeAll(() => {
  demo = loadDemoIds(path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db'));
});

/**
 * The pages a role opens: every page it may open for the admin and the partner (the widest and the
 * narrowest), the journey's sections for the others (their detail pages are the admin's, with fewer buttons).
 */
function pagesFor(role: DemoRole): { route: string; url: string }[] {
  return PAGES.filter((p) => p.route.startsWith('/[workspace]') || p.route === '/account')
    .filter((p) => expectedAccess(p.rule, role as Identity) === 'allowed')
    .filter((p) => role === 'admin' || role === 'partner' || p.route.split('/').length <= 3)
    .map((p) => ({ route: p.route, url: p.path(demo) }));
}

async function visit(page: Page, url: string) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

for (const role of ['admin', 'editor', 'contributor', 'reviewer', 'partner'] as const) {
  test(`every page reflows at 1,366, 820 and 390 px, as ${role}`, async ({ page, signIn }) => {
    test.setTimeout(240_000);
    await signIn(page, DEMO.accounts[role].email);
    const pages = pagesFor(role);
    expect(pages.length).toBeGreaterThan(role === 'partner' ? 3 : 7);
    for (const { route, url } of pages) {
      await visit(page, url);
      await expectReflow(page, `${route} as ${role}`);
    }
  });
}

test('the public pages reflow too', async ({ page }) => {
  for (const url of ['/sign-in', `/q/${demo.censusToken}`]) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expectReflow(page, url);
  }
});

test('on a phone the navigation folds behind a menu button, and the page starts on the first screen', async ({ page, signIn, axe }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO.accounts.editor.email);
  await page.goto(`/${ws}/actors`);
  const shell = new AppShell(page, axe);
  const menu = shell.nav.getByRole('button', { name: fr.nav.menu });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(shell.nav.getByRole('link', { name: fr.nav.document, exact: true })).toBeHidden();
  // The page's own heading is in the first screen, not below the banner and the navigation.
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(heading!.y).toBeLessThan(844 / 2);
  await expect.poll(() => menu.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))).toBe(true);
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await axe(page, 'phone navigation open');
  await shell.nav.getByRole('link', { name: fr.nav.document, exact: true }).click();
  await page.waitForURL(`**/${ws}/document`);
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(shell.nav.getByRole('link', { name: fr.nav.actors, exact: true })).toBeHidden();
  // On a laptop the navigation is always there, with no menu button.
  await page.setViewportSize({ width: 1366, height: 900 });
  await expect(menu).toBeHidden();
  await expect(shell.nav.getByRole('link', { name: fr.nav.actors, exact: true })).toBeVisible();
});

test('on the action form the sticky save bar never hides the focused field', async ({ page, signIn }) => {
  await page.setViewportSize({ width: 1366, height: 700 });
  await signIn(page, DEMO.accounts.editor.email);
  await page.goto(`/${ws}/actions/new`);
  const bar = page.locator('.sticky-save');
  await expect(bar).toBeVisible();
  const title = page.getByRole('textbox', { name: new RegExp(`^${fr.externalActions.fields.title}`) });
  await expect.poll(() => title.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))).toBe(true);
  const tabThrough = async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await title.focus();
    const hidden: string[] = [];
    let checked = 0;
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        const barEl = document.querySelector('.sticky-save');
        if (!el || !barEl || barEl.contains(el) || el === document.body) return null;
        const r = el.getBoundingClientRect();
        const b = barEl.getBoundingClientRect();
        const label = el.getAttribute('aria-label') ?? el.id ?? el.tagName;
        return { label, bottom: r.bottom, top: r.top, barTop: b.top, inView: r.bottom > 0 && r.top < window.innerHeight };
      });
      if (!state) continue;
      checked++;
      // A field under the bar (its lower edge past the bar's upper edge while in the window) is hidden.
      if (state.inView && state.bottom > state.barTop + 1) hidden.push(`${state.label}: bottom ${Math.round(state.bottom)} > bar ${Math.round(state.barTop)}`);
    }
    return { hidden, checked };
  };
  const { hidden, checked } = await tabThrough();
  expect(checked).toBeGreaterThan(15);
  expect(hidden).toEqual([]);
  // The control: without the page's scroll padding, the bar does hide fields (the check can fail).
  await page.evaluate(() => document.documentElement.style.setProperty('scroll-padding-bottom', '0px'));
  expect((await tabThrough()).hidden.length).toBeGreaterThan(0);
});

test('the influence grid takes one Tab stop per actor, shows a cut name whole on focus, and Enter opens the actor', async ({ page, signIn, axe }) => {
  await signIn(page, DEMO.accounts.editor.email);
  await page.goto(`/${ws}/actors/grid`);
  const board = page.getByRole('group', { name: fr.actors.grid.title, exact: true });
  const chips = board.locator('button.chip');
  await expect(chips.first()).toBeVisible();
  expect(await chips.count()).toBeGreaterThan(2);
  await expect(board.getByRole('link')).toHaveCount(0);
  await expect.poll(() => chips.first().evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))).toBe(true);
  await chips.first().focus();
  const names: string[] = [];
  for (let i = 0; i < 4; i++) {
    const focused = await page.evaluate(() => ({
      chip: document.activeElement?.classList.contains('chip') ?? false,
      name: document.activeElement?.textContent ?? '',
    }));
    expect(focused.chip, `Tab stop ${i} is an actor's card`).toBe(true);
    names.push(focused.name);
    await page.keyboard.press('Tab');
  }
  expect(new Set(names).size).toBe(4);
  // Every card shows its whole name while it has focus.
  const cut = await chips.evaluateAll((els) => {
    const out: string[] = [];
    for (const el of els as HTMLElement[]) {
      el.focus({ focusVisible: true } as FocusOptions);
      if (el.scrollWidth > el.clientWidth + 1) out.push(el.textContent ?? '');
    }
    return out;
  });
  expect(cut).toEqual([]);
  await axe(page, 'influence grid');
  const first = chips.first();
  const name = (await first.textContent())!;
  await first.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`/${ws}/actors/[0-9a-f-]{36}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
});

test('a partner reads the partnership from their side and may remove only what is theirs, in English too', async ({ page, signIn, axe }) => {
  await signIn(page, DEMO.accounts.partner.email);
  await page.goto(`/${ws}/partnerships/${demo.partnerPartnership}`);
  const reciprocity = page.getByRole('region', { name: fr.partnerships.reciprocity });
  const host = fr.partnerships.sides.hostTeam.replace('{name}', DEMO.workspace.name);
  const own = fr.partnerships.sides.yourAuthority.replace('{name}', DEMO.partnerWorkspace.name);
  await expect(reciprocity.getByRole('heading', { name: host, exact: true })).toBeVisible();
  await expect(reciprocity.getByRole('heading', { name: own, exact: true })).toBeVisible();
  await expect(page.getByText(fr.partnerships.sides.yourTeam, { exact: true })).toHaveCount(0);
  // The host's entries offer no "Remove" to the partner; their own do.
  const hostColumn = reciprocity.locator('.grid-2 > div').filter({ has: page.getByRole('heading', { name: host, exact: true }) });
  const ownColumn = reciprocity.locator('.grid-2 > div').filter({ has: page.getByRole('heading', { name: own, exact: true }) });
  await expect(hostColumn.locator('li').first()).toBeVisible();
  await expect(hostColumn.getByRole('button', { name: fr.partnerships.remove })).toHaveCount(0);
  await expect(ownColumn.getByRole('button', { name: fr.partnerships.remove }).first()).toBeVisible();
  await axe(page, 'partnership space as partner');
  // In English.
  await new AppShell(page, axe).switchLanguage('en');
  const reciprocityEn = page.getByRole('region', { name: en.partnerships.reciprocity });
  await expect(reciprocityEn.getByRole('heading', { name: en.partnerships.sides.hostTeam.replace('{name}', DEMO.workspace.name), exact: true })).toBeVisible();
  await expect(page.getByText('Our team', { exact: true })).toHaveCount(0);
  await axe(page, 'partnership space as partner, in English');
  await new AppShell(page, axe, 'en').switchLanguage('fr');
  // The team reads its own side as "your team".
  await page.context().clearCookies();
  await signIn(page, DEMO.accounts.editor.email);
  await page.goto(`/${ws}/partnerships/${demo.partnerPartnership}`);
  await expect(reciprocity.getByRole('heading', { name: fr.partnerships.sides.yourTeam, exact: true })).toBeVisible();
});

test('the English DOCX uses the up-to-date English translation of a chapter, gives chapter titles in English and says where no translation exists', async ({
  page,
  signIn,
  axe,
}, testInfo) => {
  test.setTimeout(90_000);
  await signIn(page, DEMO.accounts.editor.email);
  // Other specs may have changed the governance chapter since the demo translated it: confirm the
  // translation is up to date first, as its translator would.
  await page.goto(`/${ws}/partnerships/${demo.partnerPartnership}/sections/${demo.partnerSection}`);
  const translation = page.getByRole('region', { name: fr.partnerships.translation.heading.replace('{language}', 'Anglais') });
  if ((await translation.getAttribute('data-out-of-date')) === 'true') {
    const confirm = translation.getByRole('button', { name: fr.partnerships.translation.confirm });
    await expect.poll(() => confirm.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))).toBe(true);
    await confirm.click();
    await expect(translation).toHaveAttribute('data-out-of-date', 'false');
  }
  const doc = new DocumentPage(page, axe);
  await doc.goto(ws);
  const { download } = await doc.export('docx', 'en');
  const file = testInfo.outputPath('document-en.docx');
  await download.saveAs(file);
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!)
    .join(' ')
    .replace(/&apos;/g, "'");
  // The governance chapter, translated by the partner in the demo and up to date: in English.
  expect(words).toContain('Political leadership');
  expect(words).not.toContain('Portage politique');
  // Chapter titles of the default outline in English, not French.
  expect(words).toContain('Foreword');
  expect(words).toContain('Governance');
  expect(words).not.toContain('Avant-propos');
  // A chapter without a translation keeps its French text and says so.
  expect(words).toContain(en.document.exportLanguage.missing);
  expect(words).toContain('Nioro-Kaya (Sénégal)');
});
