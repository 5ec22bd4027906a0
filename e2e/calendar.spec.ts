import fr from '../messages/fr.json';
import en from '../messages/en.json';
import { DEMO, expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { expectTableFollowsLanguage } from './helpers/languages';

const slug = DEMO.workspace.slug;
const ACTION = 'Nioro-Kaya : santé maternelle et infantile';

/** A day `n` days from now, YYYY-MM-DD (UTC, as the app compares days). */
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

// Issue 19, points 3 to 5: a milestone recorded on an action shows on the action's timeline, in
// the calendar and in the home page's due list; the personal feed address is copied and fetched.
test.describe('milestones, the calendar and the feed', () => {
  test('an editor records a milestone, finds it in the calendar and the due list, then copies and fetches the feed address', async ({ page, axe, signIn }) => {
    test.setTimeout(180_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await signIn(page, DEMO.accounts.editor.email);
    const m = fr.milestones;
    const label = `Rapport e2e ${Date.now().toString(36)}`;
    const due = inDays(3);

    // The action page: record the milestone; bad input first (no kind, no day), nothing recorded.
    await page.goto(`/${slug}/actions?q=${encodeURIComponent('santé maternelle')}`);
    await page.getByRole('link', { name: ACTION, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: ACTION })).toBeVisible();
    const form = page.getByRole('form', { name: m.form.title });
    await form.getByRole('button', { name: m.form.submit }).click();
    await expect(form.getByText(m.validation.choose)).toBeVisible();
    await form.getByLabel(m.fields.kind).selectOption({ label: m.kinds.report_due });
    await form.getByLabel(m.fields.label).fill(label);
    await form.getByLabel(m.fields.dueOn).fill(due);
    await form.getByRole('button', { name: m.form.submit }).click();
    await expect(form.getByRole('status')).toHaveText(m.form.added);
    const timeline = page.locator('.milestone-timeline');
    await expect(timeline.getByText(`${m.kinds.report_due} — ${label}`, { exact: true })).toBeVisible();
    await expect(timeline.locator('.milestone', { hasText: label }).getByText(m.statuses.planned, { exact: true })).toBeVisible();
    await axe(page, 'action page with its milestones');

    // The calendar: month and list views, in French and English.
    await page.goto(`/${slug}/calendar?month=${due.slice(0, 7)}`);
    await expect(page.getByRole('heading', { level: 1, name: fr.calendar.title })).toBeVisible();
    const event = page.getByRole('link', { name: new RegExp(`${label}.*${ACTION}`) });
    await expect(event).toBeVisible();
    await axe(page, 'calendar, month view');
    await page.getByRole('link', { name: fr.calendar.views.list }).click();
    await expect(page).toHaveURL(/view=list/);
    await expect(page.getByRole('link', { name: new RegExp(label) })).toBeVisible();
    await axe(page, 'calendar, list view');
    // Keyboard: the event is reached with Tab and opens its action with Enter.
    await page.getByRole('link', { name: new RegExp(label) }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: ACTION })).toBeVisible();
    await new AppShell(page, axe).switchLanguage('en');
    await page.goto(`/${slug}/calendar?month=${due.slice(0, 7)}`);
    await expect(page.getByRole('heading', { level: 1, name: en.calendar.title })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`${en.milestones.kinds.report_due} \\(${label}\\)`) })).toBeVisible();
    await axe(page, 'calendar in English');
    await expectTableFollowsLanguage(page, axe, `/${slug}/actions/milestones`, (m) => m.milestones.byAxis.caption, 'milestones by axis');
    await axe(page, 'milestones by axis in French');

    // The home page's due list.
    await page.goto(`/${slug}`);
    const dueCard = page.getByRole('region', { name: fr.calendar.due.title });
    await expect(dueCard.getByRole('link', { name: new RegExp(label) })).toBeVisible();

    // The account page: make the feed address, copy it, fetch it.
    await page.goto('/account');
    await page.getByRole('button', { name: fr.calendar.feed.create }).click();
    const address = page.getByLabel(fr.calendar.feed.address);
    await expect(address).toHaveValue(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await page.getByRole('button', { name: fr.calendar.feed.copy }).click();
    await expect(page.getByText(fr.calendar.feed.copied)).toBeVisible();
    const url = await address.inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    await axe(page, 'account page with the feed address');
    const feed = await page.request.get(new URL(new URL(url).pathname, page.url()).toString());
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    const ics = (await feed.text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain(label);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${due.replaceAll('-', '')}`);

    // Revoked: the same address answers a bare 404.
    await page.getByRole('button', { name: fr.calendar.feed.revoke }).click();
    await page.getByRole('button', { name: fr.calendar.feed.confirmRevoke }).click();
    await expect(page.getByText(fr.calendar.feed.revoked)).toBeVisible();
    const gone = await page.request.get(new URL(new URL(url).pathname, page.url()).toString());
    expect(gone.status()).toBe(404);
    expect(await gone.text()).toBe('');
  });
});
