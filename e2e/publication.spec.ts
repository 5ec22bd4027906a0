import fs from 'node:fs';
import { test, expect, DEMO } from './fixtures';
import { openPublicationAsAdmin } from './adoption';
import { PublicStrategyPage } from './pages/dashboard-page';
import { MESSAGES } from './pages/base-page';

const slug = DEMO.workspace.slug;

test.describe('publication of the adopted strategy', () => {
  test('the admin publishes, an anonymous visitor reads it and downloads the PDF, the admin unpublishes and the visitor gets 404', async ({
    page,
    axe,
    signIn,
    browser,
  }) => {
    // Many pages, each scanned by axe, on a machine shared by the whole team.
    test.setTimeout(180_000);
    const admin = await openPublicationAsAdmin(page, axe, signIn, slug);
    await expect(admin.status).toHaveText(admin.p.statusUnpublished);
    // The admin leaves the budget out of the public page.
    await admin.publish([admin.t.dashboard.blocks.budget]);
    await expect(page.getByRole('link', { name: admin.p.publicLink })).toHaveAttribute('href', `/p/${slug}`);

    // A visitor without any cookie.
    const context = await browser.newContext({ locale: 'fr-FR' });
    const visitor = await context.newPage();
    const errors: string[] = [];
    visitor.on('pageerror', (e) => errors.push(e.message));
    const response = await visitor.goto(`/p/${slug}`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control'] ?? '').not.toMatch(/s-maxage|public/);
    const pub = new PublicStrategyPage(visitor, axe);
    await expect(pub.heading).toHaveText(pub.t.public.title.replace('{authority}', DEMO.workspace.name));
    await expect(visitor.getByRole('banner')).toBeVisible();
    await expect(visitor.getByRole('main')).toBeVisible();
    await expect(visitor.getByRole('contentinfo')).toBeVisible();
    await expect(visitor.getByRole('heading', { level: 2, name: pub.t.document.kinds.thread })).toBeVisible();
    await expect(visitor.getByRole('heading', { level: 2, name: pub.t.document.kinds.axes })).toBeVisible();
    await expect(visitor.getByRole('heading', { level: 3, name: pub.t.dashboard.blocks.maturity })).toBeVisible();
    await expect(visitor.getByRole('heading', { level: 3, name: pub.t.dashboard.blocks.budget })).toHaveCount(0);
    await expect(visitor.locator('meta[name="description"]')).toHaveAttribute('content', /Val-d'Argence/);
    await pub.expectAccessible('public strategy');
    // Nothing personal: no demo person's name or email anywhere in the page.
    const html = await visitor.content();
    for (const account of Object.values(DEMO.accounts)) {
      expect(html).not.toContain(account.name);
      expect(html).not.toContain(account.email);
    }
    expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.example/);

    // The PDF, without an account.
    const [download] = await Promise.all([visitor.waitForEvent('download'), pub.pdfLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^strategie-val-d-argence-\d{4}-\d{2}-\d{2}\.pdf$/);
    const file = await download.path();
    expect(fs.readFileSync(file!).subarray(0, 5).toString()).toBe('%PDF-');

    // The language switch.
    await visitor.getByRole('navigation', { name: pub.t.public.languageLabel }).getByRole('link', { name: 'English' }).click();
    const en = new PublicStrategyPage(visitor, axe, 'en');
    await expect(en.heading).toHaveText(MESSAGES.en.public.title.replace('{authority}', DEMO.workspace.name));
    await expect(visitor.getByRole('heading', { level: 2, name: MESSAGES.en.document.kinds.axes })).toBeVisible();
    await en.expectAccessible('public strategy in English');

    // Unpublished: gone at once, page and PDF.
    await admin.unpublish();
    const gone = await visitor.goto(`/p/${slug}`);
    expect(gone?.status()).toBe(404);
    await axe(visitor, 'public page after unpublishing');
    const pdf = await visitor.request.get(`/p/${slug}/pdf?lang=fr`);
    expect(pdf.status()).toBe(404);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('only an admin may open the publication page', async ({ page, axe, signIn }) => {
    await signIn(page, DEMO.accounts.reviewer.email);
    const response = await page.goto(`/${slug}/dashboard/publication`);
    expect(response?.status()).toBe(403);
    await axe(page, 'publication refused');
  });
});
