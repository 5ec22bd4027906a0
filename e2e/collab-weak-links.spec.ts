import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, DEMO } from './fixtures';
import { DocumentPage } from './pages/document-page';
import { MembersPage } from './pages/members-page';

/**
 * Co-writing on weak connections (issue 24), against the production server: Playwright's offline
 * mode, a blocked collaboration socket, a role changed while typing, a sign-out in another tab and
 * a throttled link. The figures (time to the offline status, time to a ready editor) are printed.
 */
const ws = DEMO.workspace.slug;
const unique = () => Date.now().toString(36);

async function signedInContext(browser: Browser, signIn: (page: Page, email: string) => Promise<void>, email: string) {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** The section's editor status (announced to screen readers) when it says `text`. */
function status(doc: DocumentPage, title: string, text: string) {
  return doc.section(title).getByRole('status').filter({ hasText: text });
}

test.describe('co-writing on weak connections', () => {
  test('typed offline, the tab closed, reopened: the text is still there and merges for the other writer', async ({ page, browser, axe, signIn }) => {
    test.setTimeout(150_000);
    await signIn(page, DEMO.accounts.editor.email);
    const mehdi = new DocumentPage(page, axe);
    await mehdi.goto(ws);
    const title = `Mobilité des jeunes ${unique()}`;
    await mehdi.addSection(title);

    const other: { context: BrowserContext; page: Page } = await signedInContext(browser, signIn, DEMO.accounts.admin.email);
    const claire = new DocumentPage(other.page, axe);
    await claire.goto(ws);
    await claire.expectSaved(title);

    await mehdi.focusEnd(title);
    await page.keyboard.type('Avant la coupure.');
    await mehdi.expectSaved(title);
    // Both are connected: each sees the other as present.
    const presence = mehdi.section(title).getByText(mehdi.d.presence.replace('{names}', DEMO.accounts.admin.name));
    await expect(presence).toBeVisible();

    // The link drops: the status says so within 5 s, and the others are no longer shown as present.
    const context = page.context();
    const cut = Date.now();
    await context.setOffline(true);
    await expect(status(mehdi, title, mehdi.d.status.offline)).toBeVisible({ timeout: 5_000 });
    console.log(`[collab] status offline ${Date.now() - cut} ms after the link dropped`);
    await expect(presence).toHaveCount(0);

    await page.keyboard.type(' Tapé hors ligne.');
    await expect(mehdi.section(title).getByText(/modifications? en attente d'envoi, gardées? dans ce navigateur/)).toBeVisible();
    await expect(status(mehdi, title, mehdi.d.status.offline)).toBeVisible();
    await mehdi.expectAccessible('a section offline with edits waiting');

    // Leaving asks for confirmation (the page cancels `beforeunload`); the tab is closed anyway.
    const asks = await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
    expect(asks).toBe(true);
    await page.close();
    await expect(claire.editor(title)).not.toContainText('Tapé hors ligne.');

    // Reopened with the network back but the collaboration server out of reach: the text comes
    // from this browser's copy alone.
    await context.setOffline(false);
    const again = await context.newPage();
    let blocked = true;
    await again.routeWebSocket(/\/collab$/, (socket) => {
      if (blocked) socket.close();
      else socket.connectToServer();
    });
    const reopened = new DocumentPage(again, axe);
    await reopened.goto(ws);
    await expect(reopened.editor(title)).toContainText('Avant la coupure. Tapé hors ligne.', { timeout: 15_000 });
    await expect(status(reopened, title, reopened.d.status.connected)).toHaveCount(0);
    await expect(claire.editor(title)).not.toContainText('Tapé hors ligne.');

    // The server is reachable again: the kept edit is sent, acknowledged, and merged for Claire, once.
    blocked = false;
    await reopened.expectSaved(title, 30_000);
    await expect(claire.editor(title)).toContainText('Avant la coupure. Tapé hors ligne.', { timeout: 15_000 });
    const text = (await claire.editor(title).textContent()) ?? '';
    expect(text.split('Tapé hors ligne.').length - 1).toBe(1);
    expect(text.split('Avant la coupure.').length - 1).toBe(1);
    await other.context.close();
  });

  test('a contributor demoted while typing gets a read-only section that says why, with their text kept', async ({ page, browser, axe, signIn }) => {
    test.setTimeout(120_000);
    const sophie = DEMO.accounts.contributor;
    await signIn(page, sophie.email);
    const doc = new DocumentPage(page, axe);
    await doc.goto(ws);
    await doc.focusEnd('Partenariats');
    const sentence = ` Phrase du référent ${unique()}.`;
    await page.keyboard.type(sentence);
    await doc.expectSaved('Partenariats');

    const admin = await signedInContext(browser, signIn, DEMO.accounts.admin.email);
    const members = new MembersPage(admin.page, axe);
    await members.goto(ws);
    try {
      await members.changeRole(sophie.name, 'reviewer');
      await expect(status(doc, 'Partenariats', doc.d.status.demoted)).toBeVisible({ timeout: 15_000 });
      await expect(doc.editor('Partenariats')).toHaveAttribute('contenteditable', 'false');
      await expect(doc.editor('Partenariats')).toHaveAttribute('aria-readonly', 'true');
      await expect(doc.editor('Partenariats')).toContainText(sentence.trim());
      await doc.expectAccessible('a section turned read-only by a demotion');
    } finally {
      await members.goto(ws);
      await members.changeRole(sophie.name, 'contributor');
      await expect(members.roleSelect(sophie.name)).toHaveValue('contributor');
      await admin.context.close();
    }
  });

  test('a tab whose person signed out in another tab stops writing and says so', async ({ page, browser, axe, signIn }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.accounts.editor.email);
    const mehdi = new DocumentPage(page, axe);
    await mehdi.goto(ws);
    const title = `Jumelages ${unique()}`;
    await mehdi.addSection(title);
    await mehdi.focusEnd(title);
    await page.keyboard.type('Écrit avant la déconnexion.');
    await mehdi.expectSaved(title);

    const admin = await signedInContext(browser, signIn, DEMO.accounts.admin.email);
    const claire = new DocumentPage(admin.page, axe);
    await claire.goto(ws);
    await expect(claire.editor(title)).toContainText('Écrit avant la déconnexion.');

    // The same person signs out in a second tab.
    const second = await page.context().newPage();
    const secondDoc = new DocumentPage(second, axe);
    await secondDoc.goto(ws);
    await secondDoc.shell.signOut();

    await expect(status(mehdi, title, mehdi.d.status.signedOut)).toBeVisible({ timeout: 10_000 });
    await expect(mehdi.editor(title)).toHaveAttribute('contenteditable', 'false');
    await mehdi.editor(title).click();
    await page.keyboard.type(' Écrit après la déconnexion.');
    await expect(mehdi.editor(title)).not.toContainText('après la déconnexion');
    await claire.expectSaved(title);
    await expect(claire.editor(title)).not.toContainText('après la déconnexion');
    // The local copies were deleted by the signing-out tab.
    const left = await second.evaluate(async () => (await indexedDB.databases()).map((d) => d.name).filter((n) => n?.startsWith('filrouge-collab:')));
    expect(left).toEqual([]);
    await admin.context.close();
  });

  test('on a throttled link the section is readable before the editor, and the editor gets ready', async ({ browser, axe, signIn }) => {
    test.setTimeout(240_000);
    const { context, page } = await signedInContext(browser, signIn, DEMO.accounts.editor.email);
    const doc = new DocumentPage(page, axe);
    // A slow link as met in the field: 400 ms of latency, 50 kB/s down, 25 kB/s up, cold cache.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 25_000 });
    const start = Date.now();
    await page.goto(`/${ws}/document`, { waitUntil: 'commit', timeout: 120_000 });
    const section = doc.section('Évaluation');
    await expect(section.locator('.ssr-text')).toBeVisible({ timeout: 120_000 });
    const readable = Date.now() - start;
    const editorVisible = await doc.editor('Évaluation').isVisible();
    await expect(doc.editor('Évaluation')).toBeVisible({ timeout: 180_000 });
    await doc.expectSaved('Évaluation', 60_000);
    const ready = Date.now() - start;
    console.log(`[collab] throttled link (400 ms, 50 kB/s): section readable after ${readable} ms, editor ready after ${ready} ms`);
    expect(editorVisible).toBe(false);
    await context.close();
  });
});
