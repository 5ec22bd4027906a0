import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { COLLAB_DOCUMENTS, PAGES, ROUTE_HANDLERS, expectedAccess, type DemoIds, type PageEntry, type RouteHandlerEntry } from '../lib/security/registry';
import { loadDemoIds } from '../lib/security/demo-ids';
import { DEMO, expect, test } from './fixtures';
import { connectCollab, cookieHeader, signedInContext } from './security-http';
import { PartnershipPage } from './pages/partnership-page';
import { MESSAGES } from './pages/base-page';

/**
 * Issue 9: a partner authority co-edits the sections shared with its partnership with the team, in
 * its own language, and reaches nothing else of the workspace.
 */

const ws = DEMO.workspace.slug;
const PARTNERSHIP = 'Coopération décentralisée avec la commune de Nioro-Kaya';
const SECTION = 'Gouvernance';
const en = MESSAGES.en;
const fr = MESSAGES.fr;
const unique = () => Math.random().toString(36).slice(2, 8);

/** The pages and route handlers a partner may open: their partnership's space, the joint actions, their own authority's record, their account. */
const PARTNER_ROUTES = new Set([
  '/[workspace]/partnerships',
  '/[workspace]/partnerships/[partnershipId]',
  '/[workspace]/partnerships/[partnershipId]/sections/[sectionId]',
  '/[workspace]/actions',
  '/[workspace]/actions/[actionId]',
  '/[workspace]/actors/[actorId]',
  '/[workspace]/notifications',
  // The missions of the partner's own partnership (issue 19; others: 404, e2e/access-matrix.spec.ts).
  '/[workspace]/missions',
  '/[workspace]/missions/[missionId]',
  // The calendar: a partner sees the milestones of the actions shared with their authority (lib/calendar/sources).
  '/[workspace]/calendar',
  '/account',
  '/workspaces/new',
]);

/** Every page.tsx and route.ts of the app, as routes (route groups dropped), found on disk at test time. */
function routesOnDisk(file: 'page.tsx' | 'route.ts'): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === file) found.push(full);
    }
  };
  walk('app');
  return found.map(
    (f) =>
      `/${f
        .split(path.sep)
        .slice(1, -1)
        .filter((p) => !(p.startsWith('(') && p.endsWith(')')))
        .join('/')}`,
  );
}

test.describe('partners', () => {
  test('an editor and a partner (in English) co-edit a shared section in real time; the translation goes out of date', async ({
    page,
    browser,
    axe,
    signIn,
    signInAs,
  }) => {
    test.setTimeout(120_000);
    const team = await signInAs('editor', PartnershipPage);
    await team.gotoSpace(ws, PARTNERSHIP);
    await team.openSection(SECTION);

    // The sign-in page follows the browser's language; the partner then chooses English in the app.
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Africa/Dakar' });
    const other = await context.newPage();
    await signIn(other, DEMO.accounts.partner.email);
    // The partner lands in their partnership's space; the shell offers nothing else.
    const partnerFr = new PartnershipPage(other, axe);
    await partnerFr.gotoSpace(ws, PARTNERSHIP);
    await partnerFr.shell.switchLanguage('en');
    const partner = new PartnershipPage(other, axe, 'en');
    await partner.gotoSpace(ws, PARTNERSHIP);
    const nav = other.getByRole('navigation', { name: en.nav.label });
    await expect(nav.getByRole('link')).toHaveText([en.nav.partnerships, en.nav.missions, en.nav.calendar]);
    await expect(partner.region(en.partnerships.reciprocity)).toContainText(en.partnerships.kinds.expects);
    await partner.openSection(SECTION);
    // Another spec may have edited this section before: the partner first confirms the translation.
    if ((await partner.translation('English').getAttribute('data-out-of-date')) === 'true') {
      await partner.translation('English').getByRole('button', { name: en.partnerships.translation.confirm }).click();
    }
    await expect(partner.translation('English')).toHaveAttribute('data-out-of-date', 'false');
    await partner.expectAccessible('shared section with its translation, in English');

    // Both type at once in the original; each sees both edits.
    const mine = `L’équipe propose un comité paritaire ${unique()}.`;
    const theirs = `Nioro-Kaya adds a yearly joint review ${unique()}.`;
    await team.focusEnd(team.original, SECTION);
    await partner.focusEnd(partner.original, SECTION);
    // On an English page, the original's text says it is French (WCAG 3.1.2; the translation says English below).
    await expect(partner.editor(SECTION)).toHaveAttribute('lang', 'fr');
    await Promise.all([page.keyboard.type(` ${mine}`, { delay: 15 }), other.keyboard.type(` ${theirs}`, { delay: 15 })]);
    for (const p of [team, partner]) {
      await expect(p.editor(SECTION)).toContainText(mine);
      await expect(p.editor(SECTION)).toContainText(theirs);
    }
    await expect(partner.original.locator('.collaboration-carets__label', { hasText: DEMO.accounts.editor.name })).toBeVisible();
    await team.expectSaved(team.original);
    await partner.expectSaved(partner.original);

    // The original changed after the English translation: it is out of date, with the changed passages.
    await other.reload();
    const translation = partner.translation('English');
    await expect(translation).toHaveAttribute('data-out-of-date', 'true');
    await expect(translation.getByText(en.partnerships.translation.outOfDate, { exact: true })).toBeVisible();
    await expect(translation.locator('.diff-text')).toContainText(theirs);
    await expect(translation.locator('.diff-text ins').first()).toBeVisible();
    await partner.expectAccessible('out-of-date translation');
    // The partner updates the translation: it is up to date again.
    const editorName = en.partnerships.translation.editorTitle.replace('{title}', SECTION).replace('{language}', 'English');
    await partner.focusEnd(translation, editorName);
    await expect(partner.editor(editorName)).toHaveAttribute('lang', 'en');
    await other.keyboard.type(' The team proposes a joint committee.', { delay: 10 });
    await partner.expectSaved(translation);
    await expect(async () => {
      await other.reload();
      await expect(partner.translation('English')).toHaveAttribute('data-out-of-date', 'false', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    // The team sees the same state, in French.
    await page.reload();
    await expect(team.translation('Anglais')).toHaveAttribute('data-out-of-date', 'false');
    await expect(team.editor(SECTION)).toContainText(theirs);

    // Back to French for the other specs that sign the partner in.
    await partner.shell.switchLanguage('fr');
    await context.close();
  });

  test('a manager creates, renames and deletes a partnership after confirming; its space is gone', async ({ page, signInAs }) => {
    const space = await signInAs('admin', PartnershipPage);
    const first = `Partenariat éphémère ${unique()}`;
    const url = await space.create(ws, first);
    // A too short title is refused beside its field and changes nothing.
    await space.rename('x', space.p.validation.partnershipTitleLength);
    await space.expectAccessible('partnership rename refused');
    await page.reload();
    await expect(space.heading).toHaveText(first);
    const title = `${first} renommé`;
    await space.rename(title);
    await page.goto(`/${ws}/partnerships`);
    await expect(page.getByRole('link', { name: title, exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: first, exact: true })).toHaveCount(0);
    await page.goto(url);
    await space.remove(title);
    await expect(page.getByRole('link', { name: title, exact: true })).toHaveCount(0);
    expect((await page.goto(url))?.status()).toBe(404);
  });

  test('the partner gets 403 or 404 on every other page, route handler, export and collaboration document', async ({}, testInfo) => {
    test.setTimeout(180_000);
    const baseURL = testInfo.project.use.baseURL!;
    const demo: DemoIds = loadDemoIds(path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db'));
    // Every page and route handler on disk now: the registry's concrete URL when it has one, else the
    // route with the workspace and an unknown id in each other segment (404 for everyone).
    const concrete = (route: string) => route.replace('[workspace]', ws).replace(/\[\.{0,3}[^\]]+\]/g, 'no-such-id');
    const pages: PageEntry[] = routesOnDisk('page.tsx').map(
      (route) => PAGES.find((p) => p.route === route) ?? { kind: 'page', route, rule: { kind: 'signedIn' }, path: () => concrete(route) },
    );
    const handlers: RouteHandlerEntry[] = routesOnDisk('route.ts').flatMap((route): RouteHandlerEntry[] => {
      const known = ROUTE_HANDLERS.filter((r) => r.route === route);
      return known.length ? known : [{ kind: 'route', route, method: 'GET', rule: { kind: 'signedIn' }, path: () => concrete(route) }];
    });
    const partner: APIRequestContext = await signedInContext(baseURL, DEMO.accounts.partner.email, DEMO.password, { 'accept-language': 'en' });
    const failures: string[] = [];
    let refused = 0;
    // Pages: everything outside the partner's space is a 403 or 404 page; the workspace's home sends them to their space.
    for (const entry of pages) {
      if (PARTNER_ROUTES.has(entry.route) || entry.rule.kind === 'public' || !entry.route.startsWith('/[workspace]')) continue;
      const url = entry.path(demo);
      const response = await partner.get(url, { maxRedirects: 0 });
      const status = response.status();
      if (entry.route === '/[workspace]') {
        if (status !== 307 || !response.headers()['location']?.endsWith(`/${ws}/partnerships`))
          failures.push(`GET ${url}: ${status} ${response.headers()['location']}`);
      } else if (status !== 403 && status !== 404) failures.push(`GET ${url} (${entry.route}): ${status}`);
      else refused += 1;
      await response.dispose();
    }
    // Pages of the partner's space for another partnership: 404 (the registry's paths name Tamboura's).
    for (const entry of PAGES.filter((p) => p.route.startsWith('/[workspace]/partnerships/['))) {
      const response = await partner.get(entry.path(demo), { maxRedirects: 0 });
      if (response.status() !== 404) failures.push(`GET ${entry.path(demo)}: ${response.status()} (another partnership)`);
      else refused += 1;
      await response.dispose();
    }
    // Route handlers (exports, print view): all refused except next-auth's own and the partner's own account data.
    for (const entry of handlers) {
      if (entry.rule.kind === 'public' || entry.route.startsWith('/api/auth/') || entry.route.startsWith('/api/account/')) continue;
      // The report of a mission of the partner's own partnership (the registry's path) is theirs to read.
      if (entry.route === '/api/workspaces/[workspace]/missions/[missionId]/report') continue;
      const response = await partner.fetch(entry.path(demo), { method: entry.method, maxRedirects: 0, headers: { origin: baseURL } });
      const expected = expectedAccess(entry.rule, 'partner');
      // The read-only API (/api/v1) ignores sessions: a bearer token or 401.
      const tokenOnly = entry.route.startsWith('/api/v1/') && response.status() === 401;
      if (response.status() !== 403 && response.status() !== 404 && !tokenOnly)
        failures.push(`${entry.method} ${entry.path(demo)}: ${response.status()} (registry: ${expected})`);
      else refused += 1;
      await response.dispose();
    }
    // Both document exports, each format: refused to a partner.
    for (const format of ['docx', 'pdf']) {
      const response = await partner.get(`/api/workspaces/${ws}/document/export?format=${format}&lang=en`, { maxRedirects: 0 });
      if (response.status() !== 403) failures.push(`export ${format}: ${response.status()}`);
      else refused += 1;
      await response.dispose();
    }
    // Collaboration documents: every one the registry lists that is not the partner's own.
    const cookie = await cookieHeader(partner);
    for (const entry of COLLAB_DOCUMENTS) {
      for (const doc of entry.documents) {
        const outcome = await connectCollab(baseURL, doc.name(demo), cookie);
        if (outcome !== doc.outcomes.partner) failures.push(`collab ${doc.name(demo)}: ${outcome}, expected ${doc.outcomes.partner}`);
        if (outcome === 'refused') refused += 1;
      }
    }
    // And their own: the shared section, its translation and their partnership page are read-write.
    const ownSection = await partner.get(`/${ws}/partnerships`, { maxRedirects: 0 });
    const location = ownSection.headers()['location'] ?? '';
    await ownSection.dispose();
    const partnershipId = location.split('/').pop()!;
    expect(await connectCollab(baseURL, `partnership:${partnershipId}`, cookie)).toBe('read-write');
    console.log(`[partners] ${refused} pages, route handlers, exports and collaboration documents refused to the partner; failures: ${failures.length}`);
    expect(failures).toEqual([]);
    await partner.dispose();
  });

  test('every page the partner sees passes axe, in English and in French', async ({ page, axe, signInAs }) => {
    test.setTimeout(90_000);
    const partner = await signInAs('partner', PartnershipPage);
    await partner.gotoSpace(ws, PARTNERSHIP);
    const space = page.url();
    const joint = page.getByRole('region', { name: fr.partnerships.jointActions }).getByRole('link').first();
    const actionHref = await joint.getAttribute('href');
    await partner.openSection(SECTION);
    await partner.expectAccessible('shared section');
    await page.goto(actionHref!);
    await expect(partner.heading).toBeVisible();
    await partner.expectAccessible('joint action');
    await page.goto(`/${ws}/actions`);
    await expect(partner.heading).toBeVisible();
    await partner.expectAccessible('joint actions list');
    await page.goto('/account');
    await partner.expectAccessible('account');
    // The same in English.
    await page.goto(space);
    await partner.shell.switchLanguage('en');
    await partner.expectAccessible('partnership space in English');
    await expect(page.getByRole('heading', { name: en.partnerships.reciprocity })).toBeVisible();
    const partnerEn = new PartnershipPage(page, axe, 'en');
    await partnerEn.openSection(SECTION);
    await partnerEn.expectAccessible('shared section in English');
    await partnerEn.shell.switchLanguage('fr');
  });
});
