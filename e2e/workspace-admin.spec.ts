import { DEMO, expect, test } from './fixtures';
import { MembersPage } from './pages/members-page';
import { OverviewPage } from './pages/overview-page';
import { SettingsPage } from './pages/settings-page';

const ws = DEMO.workspace;
const admin = DEMO.accounts.admin;

test.describe('administering the workspace', () => {
  test.beforeEach(async ({ page, signIn }) => {
    await signIn(page, admin.email);
  });

  test('an invalid population is refused and saves nothing; a valid one is saved and shown', async ({ page, axe }) => {
    const settings = new SettingsPage(page, axe);
    await settings.goto(ws.slug);
    const before = await settings.population.inputValue();

    await settings.setPopulation('-5');
    await expect(settings.population).toHaveAttribute('aria-invalid', 'true');
    await expect(settings.population).toHaveAccessibleDescription(settings.t.validation.populationRange);
    await expect(settings.savedMessage).toHaveCount(0);
    await settings.expectAccessible('profile settings with a field error');
    await page.reload();
    await settings.expectLoaded();
    await expect(settings.population).toHaveValue(before);

    // A value of its own each run, so the assertion cannot pass on an earlier run's data.
    const population = 400_000 + (Date.now() % 90_000);
    await settings.setPopulation(String(population));
    await expect(settings.savedMessage).toBeVisible();
    await expect(settings.population).toHaveAttribute('aria-invalid', 'false');

    const overview = new OverviewPage(page, axe);
    await settings.shell.navLink('overview').click();
    await overview.expectLoaded(ws.name);
    await expect.poll(async () => (await overview.population.textContent())?.replace(/\D/g, '')).toBe(String(population));
  });

  test('the last admin cannot demote themselves', async ({ page, axe }) => {
    const members = new MembersPage(page, axe);
    await members.goto(ws.slug);
    await members.changeRole(admin.name, 'editor');
    await expect(members.formError).toHaveText(members.t.errors.lastAdmin);
    await expect(members.roleSelect(admin.name)).toHaveValue('admin');
    await members.expectAccessible('members with the last-admin error');

    await page.reload();
    await members.expectLoaded();
    await expect(members.roleSelect(admin.name)).toHaveValue('admin');
    await members.shell.expectNav(['audit'], []);
  });
});
