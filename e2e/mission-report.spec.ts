import fr from '../messages/fr.json';
import en from '../messages/en.json';
import { DEMO, expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { expectTableFollowsLanguage } from './helpers/languages';

const ws = DEMO.workspace.slug;
const COMING = 'Mission économique à Aït Tafraout : filière argan';
/** The demo's coming mission starts 30 days from now (lib/seed/missions.ts). */
const start = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

// Issue 19, the rest: missions on the world map, the report as PDF, a mission in the calendar and
// the iCalendar feed, the month grid by keyboard, calls for projects' deadlines in the calendar.
test.describe('missions on the map, in the calendar and the feed; calls for projects', () => {
  test('the map shows the missions by country; the report exports as PDF; the mission is in the calendar and the feed', async ({ page, axe, signIn }) => {
    test.setTimeout(180_000);
    await signIn(page, DEMO.accounts.editor.email);
    const w = fr.missions.worldMap;

    // The world map: a marker for Morocco, and the same in the table, both to the register filtered on it.
    await page.goto(`/${ws}/actors/map`);
    const table = page.getByRole('table', { name: w.tableCaption });
    await expect(table.getByRole('rowheader', { name: 'Maroc' })).toBeVisible();
    const marker = page.locator('.mission-markers a[data-country="MA"]');
    await expect(marker).toHaveAttribute('aria-label', /Maroc : 1 mission ou délégation/);
    await axe(page, 'world map with missions');
    await table.getByRole('link', { name: 'Maroc' }).click();
    await expect(page).toHaveURL(/\/missions\?country=MA/);
    await expect(page.getByRole('link', { name: COMING })).toBeVisible();

    // The report as PDF, in English.
    await page.getByRole('link', { name: COMING }).click();
    await expect(page.getByRole('heading', { level: 1, name: COMING })).toBeVisible();
    const missionUrl = page.url();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: fr.missions.exportPdf.en }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^mission-\d{4}-\d{2}-\d{2}-mission-economique-a-ait-tafraout-filiere-argan-en\.pdf$/);
    const pdf = await page.request.get(`/api/workspaces/${ws}/missions/${missionUrl.split('/').pop()}/report?lang=fr&format=pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await page.request.get(`${missionUrl.replace(`/${ws}/`, `/api/workspaces/${ws}/`)}/report?format=odt`)).status()).toBe(400);

    // The calendar: the mission's first day, in the month and the list, and reached by keyboard.
    await page.goto(`/${ws}/calendar?month=${start.slice(0, 7)}`);
    const title = fr.calendar.events.missionAbroad.replace('{title}', COMING);
    const cell = page.locator(`td[data-day="${start}"]`);
    await expect(cell.getByRole('link', { name: title })).toBeVisible();
    await expect(page.getByRole('grid')).toBeVisible();
    // Arrow keys: from the first day of the month to the mission's day, Enter into its events.
    const first = page.locator(`td[data-day="${start.slice(0, 7)}-01"]`);
    await first.focus();
    const target = Number(start.slice(8)) - 1;
    for (let i = 0; i < Math.floor(target / 7); i++) await page.keyboard.press('ArrowDown');
    for (let i = 0; i < target % 7; i++) await page.keyboard.press('ArrowRight');
    await expect(cell).toBeFocused();
    await expect(cell).toHaveAttribute('tabindex', '0');
    await expect(first).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('ArrowLeft');
    await expect(cell).not.toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(cell).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cell.getByRole('link', { name: title })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(cell).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: COMING })).toBeVisible();
    await page.goto(`/${ws}/calendar?month=${start.slice(0, 7)}&view=list`);
    await expect(page.getByRole('link', { name: title })).toBeVisible();

    // The personal feed holds it, with a link back to its page.
    await page.goto('/account');
    await page.getByRole('button', { name: fr.calendar.feed.create }).click();
    const address = await page.getByLabel(fr.calendar.feed.address).inputValue();
    const feed = await page.request.get(new URL(address).pathname);
    expect(feed.status()).toBe(200);
    const ics = (await feed.text()).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`DTSTART;VALUE=DATE:${start.replaceAll('-', '')}`);
    expect(ics).toContain(COMING.replace(/[,;]/g, (c) => `\\${c}`));
    expect(ics).toContain(missionUrl.replace(/^https?:\/\/[^/]+/, ''));
    await page.getByRole('button', { name: fr.calendar.feed.revoke }).click();
    await page.getByRole('button', { name: fr.calendar.feed.confirmRevoke }).click();
    await expect(page.getByText(fr.calendar.feed.revoked)).toBeVisible();
  });

  test('a call for projects is recorded (bad input refused first), its deadline shows in the calendar, in French and English', async ({
    page,
    axe,
    signIn,
    browser,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.accounts.editor.email);
    const c = fr.calendar.calls;
    const name = `Appel e2e ${Date.now().toString(36)}`;
    const deadline = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`/${ws}/calendar`);
    await page.getByRole('link', { name: c.link }).click();
    await expect(page.getByRole('heading', { level: 1, name: c.title })).toBeVisible();
    const form = page.getByRole('form', { name: c.form.title });
    await form.getByLabel(c.fields.title).fill(name);
    await form.getByLabel(c.fields.funder).fill('AFD');
    await form.getByLabel(c.fields.deadline).fill(deadline);
    await form.getByLabel(c.fields.url).fill('ftp://example.org');
    await form.getByRole('button', { name: c.form.submit }).click();
    await expect(form.getByText(c.validation.urlFormat)).toBeVisible();
    await expect(page.getByRole('rowheader', { name })).toHaveCount(0);
    await form.getByLabel(c.fields.url).fill('https://www.afd.fr/appel');
    await form.getByLabel(c.fields.action).selectOption({ index: 1 });
    await form.getByRole('button', { name: c.form.submit }).click();
    await expect(form.getByRole('status')).toHaveText(c.form.added);
    await expect(page.getByRole('rowheader', { name })).toBeVisible();
    await axe(page, 'calls for projects');

    await page.goto(`/${ws}/calendar?month=${deadline.slice(0, 7)}&view=list`);
    const event = page.getByRole('link', { name: fr.calendar.events.projectCall.replace('{title}', name).replace('{funder}', 'AFD') });
    await expect(event).toBeVisible();
    // Keyboard, as the calendar spec does (the list's items overlap the link's edge for a pointer).
    await event.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/calendar\/calls#call-/);

    await new AppShell(page, axe).switchLanguage('en');
    await expect(page.getByRole('heading', { level: 1, name: en.calendar.calls.title })).toBeVisible();
    await axe(page, 'calls for projects in English');
    await page.goto(`/${ws}/calendar?month=${deadline.slice(0, 7)}`);
    await expect(page.getByRole('link', { name: en.calendar.events.projectCall.replace('{title}', name).replace('{funder}', 'AFD') })).toBeVisible();
    await expect(page.getByText(en.calendar.gridHint)).toBeVisible();
    await axe(page, 'calendar grid in English');
    await expectTableFollowsLanguage(page, axe, `/${ws}/actors/map`, (m) => m.missions.worldMap.tableCaption, 'world map with missions');

    // A reviewer reads the register but records nothing (the partner's refusal: the access matrix).
    const reviewerContext = await browser.newContext();
    const reviewer = await reviewerContext.newPage();
    await signIn(reviewer, DEMO.accounts.reviewer.email);
    await reviewer.goto(`/${ws}/calendar/calls`);
    await expect(reviewer.getByRole('rowheader', { name })).toBeVisible();
    await expect(reviewer.getByRole('form', { name: c.form.title })).toHaveCount(0);
    await reviewerContext.close();
  });

  test('a meeting’s actor is created from the mission’s programme (a too short name refused first) and chosen for it', async ({ page, axe, signIn }) => {
    test.setTimeout(120_000);
    await signIn(page, DEMO.accounts.editor.email);
    const m = fr.missions;
    const newActor = `Coopérative d’argan e2e ${Date.now().toString(36)}`;
    await page.goto(`/${ws}/missions?country=MA`);
    await page.getByRole('link', { name: COMING }).click();
    await expect(page.getByRole('heading', { level: 1, name: COMING })).toBeVisible();
    const missionUrl = page.url();
    await page.getByRole('link', { name: m.edit, exact: true }).click();
    await page.getByRole('button', { name: m.form.addMeeting }).click();
    const meeting = page.getByRole('group', { name: /^Rendez-vous \d+$/ }).last();
    await meeting.getByLabel(m.fields.subject).fill('Visite de la coopérative');
    await meeting.getByRole('button', { name: /Nouvel acteur pour le rendez-vous/ }).click();
    const group = meeting.getByRole('group', { name: /Un nouvel acteur pour le rendez-vous/ });
    await group.getByLabel(m.programmeActor.name).fill('x');
    await group.getByRole('button', { name: m.programmeActor.create }).click();
    await expect(group.getByText(fr.validation.nameLength)).toBeVisible();
    await axe(page, 'mission programme with a new actor');
    await group.getByLabel(m.programmeActor.name).fill(newActor);
    await group.getByRole('button', { name: m.programmeActor.create }).click();
    await expect(meeting.getByRole('status')).toHaveText(m.programmeActor.created.replace('{name}', newActor));
    await expect(meeting.getByLabel(m.fields.meetingActor).locator('option:checked')).toHaveText(newActor);
    await page.getByRole('button', { name: m.form.save }).click();
    await expect(page).toHaveURL(missionUrl);
    await expect(page.getByRole('link', { name: newActor })).toBeVisible();
    await page.getByRole('link', { name: newActor }).click();
    await expect(page.getByRole('heading', { level: 1, name: newActor })).toBeVisible();
  });
});
