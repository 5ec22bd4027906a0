import type { Browser, Page } from '@playwright/test';
import { DEMO, expect, test, type A11yCheck } from './fixtures';
import { DocumentPage } from './pages/document-page';

const ws = DEMO.workspace.slug;
/** playwright.config.ts runs two workers, each also alone on this base + its number (FILROUGE_WORKER_PORTS). */
const WORKER_PORTS = Number(process.env.E2E_PORT ?? 3210) + 30;
const workerOrigin = (worker: number) => `http://localhost:${WORKER_PORTS + worker}`;

/**
 * A browser whose every request reaches one given worker: its pages, its server actions and its
 * collaboration WebSocket (which that worker pipes to the primary, the owner of live documents).
 * Records which worker answered each navigation and where the WebSockets went.
 */
async function browserOnWorker(browser: Browser, worker: number) {
  const context = await browser.newContext({ baseURL: workerOrigin(worker), locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  const servedBy = new Set<string>();
  const sockets: string[] = [];
  page.on('response', (response) => {
    if (response.request().isNavigationRequest()) servedBy.add(response.headers()['x-filrouge-worker'] ?? 'none');
  });
  page.on('websocket', (socket) => sockets.push(socket.url()));
  return { context, page, servedBy, sockets };
}

async function openDocument(page: Page, axe: A11yCheck) {
  const document = new DocumentPage(page, axe);
  await document.goto(ws);
  return document;
}

test('two browsers on two different workers write one section live, and each sees the other’s text', async ({ browser, axe, signIn }) => {
  test.setTimeout(120_000);
  const [one, two] = await Promise.all([browserOnWorker(browser, 1), browserOnWorker(browser, 2)]);
  await signIn(one.page, DEMO.accounts.editor.email);
  await signIn(two.page, DEMO.accounts.admin.email);
  const mehdi = await openDocument(one.page, axe);
  const title = `Jumelage à deux serveurs ${Date.now().toString(36)}`;
  await mehdi.addSection(title);
  const claire = await openDocument(two.page, axe);

  await mehdi.focusEnd(title);
  await claire.focusEnd(title);
  await one.page.keyboard.type('Écrit par le premier. ', { delay: 15 });
  await expect(claire.editor(title)).toContainText('Écrit par le premier.');
  await two.page.keyboard.type('Écrit par le second. ', { delay: 15 });
  await expect(mehdi.editor(title)).toContainText('Écrit par le second.');
  await mehdi.expectSaved(title);
  await claire.expectSaved(title);

  // Each browser was served by its own worker only, and its WebSocket went to that worker's port.
  expect([...one.servedBy]).toEqual(['1']);
  expect([...two.servedBy]).toEqual(['2']);
  expect(one.sockets.length).toBeGreaterThan(0);
  expect(two.sockets.length).toBeGreaterThan(0);
  for (const url of one.sockets) expect(new URL(url).port).toBe(String(WORKER_PORTS + 1));
  for (const url of two.sockets) expect(new URL(url).port).toBe(String(WORKER_PORTS + 2));

  // A fresh page, rendered by the second worker from the owner's live state, shows both sentences.
  await claire.goto(ws);
  await expect(claire.section(title)).toContainText('Écrit par le premier.');
  await expect(claire.section(title)).toContainText('Écrit par le second.');
  await Promise.all([one.context.close(), two.context.close()]);
});
