import fs from 'node:fs';
import JSZip from 'jszip';
import { DEMO, expect, test } from './fixtures';
import { MissionsPage } from './pages/missions-page';
import { MESSAGES } from './pages/base-page';
import { ExternalActionsPage } from './pages/external-actions-page';
import { SignInPage } from './pages/sign-in-page';

const ws = DEMO.workspace.slug;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const HEALTH = 'Nioro-Kaya : santé maternelle et infantile';
const EXPECTED = 'Associer l’association des Sénégalais du Val-d’Argence aux actions de prévention.';
const PARTNERSHIP = 'Coopération décentralisée avec la commune de Nioro-Kaya';
const DEPARTMENTS = ['Direction de l’action sociale et de l’enfance', 'Direction de la culture et du patrimoine', 'Direction de l’environnement et de l’eau'];

test.describe('missions and delegations', () => {
  test('the IR officer records a mission with three departments’ agents and assigns the debrief to a contributor, who fills it in; the actor, the returns gap and the report show it', async ({
    page,
    axe,
    signIn,
    browser,
  }) => {
    test.setTimeout(300_000);
    const stamp = Date.now().toString(36);
    const title = `Mission e2e ${stamp}`;
    const newActor = `Coopérative des femmes e2e ${stamp}`;
    await signIn(page, DEMO.accounts.editor.email);
    const missions = new MissionsPage(page, axe);
    const m = missions.m;
    const actions = new ExternalActionsPage(page, axe);

    // The gap before: what the demo already observed for "living together".
    await actions.gotoReturnsGap(ws);
    const before = await actions.gapRow(actions.a.returnCategories.living_together);

    // The register, with the demo's three missions; the late one is flagged.
    await missions.gotoList(ws);
    await expect(page.getByRole('row').filter({ hasText: 'Délégation de Valea Bistrei' })).toContainText(m.table.lateSince.split(' {')[0]!);

    // Bad input first: the last day before the first, a clear message, nothing created.
    await missions.openNewForm(ws);
    await missions.control(m.fields.title).fill(title);
    await missions.control(m.fields.country).selectOption({ label: 'Sénégal' });
    await missions.control(m.fields.startDate).fill(day(-10));
    await missions.control(m.fields.endDate).fill(day(-12));
    await missions.submit.click();
    await expect(page.getByText(m.validation.endBeforeStart)).toBeVisible();
    await expect(page).toHaveURL(/\/missions\/new$/);
    await missions.expectAccessible('new mission form with an error');

    // The mission: an IR officer, a contributor and three departments' agents; a meeting with the partner; a cost.
    await missions.control(m.fields.endDate).fill(day(-6));
    await missions.control(m.fields.kind).selectOption({ label: m.kinds.technical });
    await missions.control(m.fields.city).fill('Nioro-Kaya');
    await missions.control(m.fields.partnership).selectOption({ label: PARTNERSHIP });
    await page.getByRole('checkbox', { name: HEALTH }).check();
    await missions.addParticipant(1, { kind: m.participantKinds.member, member: DEMO.accounts.editor.name, role: 'Chef de délégation' });
    await missions.addParticipant(2, { kind: m.participantKinds.member, member: DEMO.accounts.contributor.name });
    for (const [i, department] of DEPARTMENTS.entries()) {
      await missions.addParticipant(3 + i, { kind: m.participantKinds.agent, name: `Agent ${i + 1} ${stamp}`, department });
    }
    await missions.control(m.fields.debriefAssignee).selectOption({ label: DEMO.accounts.contributor.name });
    await missions.addMeeting(1, { day: day(-9), time: '10:00', actor: 'Commune de Nioro-Kaya', subject: 'Comité de pilotage' });
    await missions.addCost(1, '1 500', 'Billets');
    await missions.expectAccessible('mission form filled in');
    await missions.submit.click();
    await expect(missions.heading).toHaveText(title);
    const missionUrl = page.url();
    const participants = missions.section(m.form.participants);
    for (const department of DEPARTMENTS) await expect(participants).toContainText(department);
    await missions.expectAccessible('mission page');

    // The contributor, told of the assignment, writes the debrief.
    const context = await browser.newContext();
    const contributorPage = await context.newPage();
    await new SignInPage(contributorPage, axe).goto();
    await new SignInPage(contributorPage, axe).signIn(DEMO.accounts.contributor.email, DEMO.password);
    await contributorPage.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    const contributor = new MissionsPage(contributorPage, axe);
    await contributorPage.goto(`/${ws}/notifications`);
    await expect(contributorPage.getByRole('link', { name: new RegExp(title) }).first()).toBeVisible();
    await contributorPage.goto(missionUrl);
    await contributorPage.getByRole('link', { name: m.debrief.write }).click();
    await expect(contributor.heading).toHaveText(m.debrief.pageTitle.replace('{title}', title));
    await contributor.expectAccessible('debrief page');

    // A contact met: a new actor, in partnership with Nioro-Kaya.
    const contactForm = contributorPage.getByRole('form', { name: m.debrief.addContact });
    await expect(contactForm.getByRole('button', { name: m.debrief.addContact })).toBeEnabled();
    await contributor.control(m.debrief.contactName, contactForm).fill(newActor);
    await contributor.control(m.debrief.contactCategory, contactForm).selectOption({ label: contributor.t.actors.categories.partner_ngo });
    await contributor.control(m.fields.countryCode, contactForm).fill('SN');
    await contributor.control(m.debrief.relatedActor, contactForm).selectOption({ label: 'Commune de Nioro-Kaya' });
    await contributor.control(m.debrief.strength, contactForm).fill('4');
    await contributor.control(m.debrief.metOn, contactForm).fill(day(-9));
    await contactForm.getByRole('button', { name: m.debrief.addContact }).click();
    await expect(contributorPage.getByText(m.debrief.contactAdded)).toBeVisible();
    await expect(contributor.section(m.debrief.contacts)).toContainText(newActor);

    // A return observed, answering the health action's expected return.
    const returnForm = contributorPage.getByRole('form', { name: m.debrief.addReturn });
    await contributor.control(m.debrief.returnAction, returnForm).selectOption({ label: HEALTH });
    await contributor.control(m.debrief.expectedReturn, returnForm).selectOption({ label: EXPECTED });
    await contributor.control(m.debrief.returnDescription, returnForm).fill(`Deux ateliers co-animés avec l’association ${stamp}`);
    await contributor.control(m.debrief.evidence, returnForm).fill('Feuilles de présence');
    await returnForm.getByRole('button', { name: m.debrief.addReturn }).click();
    await expect(contributorPage.getByText(m.debrief.returnAdded)).toBeVisible();
    await expect(contributor.section(m.debrief.returns)).toContainText(EXPECTED);

    // A follow-up item, then what was done, handed in.
    const followForm = contributorPage.getByRole('form', { name: m.debrief.addFollowUp });
    await contributor.control(m.debrief.followUpTitle, followForm).fill(`Envoyer les photos ${stamp}`);
    await contributor.control(m.debrief.dueDate, followForm).fill(day(20));
    await followForm.getByRole('button', { name: m.debrief.addFollowUp }).click();
    await expect(contributor.section(m.debrief.followUps)).toContainText(`Envoyer les photos ${stamp}`);
    await contributor.control(m.debrief.summary).fill('Comité tenu, ateliers lancés.');
    await contributorPage.getByRole('checkbox', { name: m.debrief.submit }).check();
    await contributorPage.getByRole('button', { name: m.debrief.save }).click();
    await expect(contributorPage.getByText(m.debrief.saved)).toBeVisible();
    await contributor.expectAccessible('debrief filled in');

    // The free text, written live like a document section: typed in, saved, and there after a reload.
    const freeText = contributorPage.getByRole('region', { name: m.debrief.freeText, exact: true });
    const d = contributor.t.document;
    const connected = freeText.getByRole('status').filter({ hasText: d.status.connected });
    const editor = freeText.getByRole('textbox', { name: d.editorLabel.replace('{title}', m.debrief.freeText), exact: true });
    await expect(connected).toBeVisible({ timeout: 15_000 });
    await editor.click();
    await contributorPage.keyboard.type(`Texte commun ${stamp}`);
    await expect(connected).toBeVisible({ timeout: 15_000 });
    await contributorPage.reload();
    await expect(freeText).toContainText(`Texte commun ${stamp}`);
    await contributor.expectAccessible('debrief free text');

    // The actor page shows the new actor, its relation and the mission it was met during.
    await contributor.section(m.debrief.contacts).getByRole('link', { name: newActor }).click();
    await expect(contributor.heading).toHaveText(newActor);
    await expect(contributorPage.getByRole('region', { name: contributor.t.actors.detail.relations })).toContainText('Commune de Nioro-Kaya');
    await expect(contributorPage.getByRole('region', { name: m.actor.title })).toContainText(title);
    await contributor.expectAccessible('actor met during the mission');
    await context.close();

    // The returns gap counts the return observed during the mission.
    await actions.gotoReturnsGap(ws);
    const after = await actions.gapRow(actions.a.returnCategories.living_together);
    expect(after.observed).toBe(before.observed + 1);

    // The mission page shows the debrief handed in; the report downloads in English and in French.
    await page.goto(missionUrl);
    await expect(missions.section(m.debrief.followUps)).toContainText(`Envoyer les photos ${stamp}`);
    for (const lang of ['en', 'fr'] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: m.export[lang] }).click()]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^mission-.*-${lang}\\.docx$`));
      const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
      const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
      expect(xml).toContain(title);
      expect(xml).toContain(newActor);
      expect(xml).toContain(MESSAGES[lang].missions.debrief.followUps);
    }
  });

  test('the new pages pass axe in French and in English; the register filters by kind and year', async ({ page, axe, signIn }) => {
    test.setTimeout(180_000);
    await signIn(page, DEMO.accounts.editor.email);
    const fr = new MissionsPage(page, axe);
    await fr.gotoList(ws);
    await fr.control(fr.m.fields.kind).selectOption({ label: fr.m.kinds.economic });
    await page.getByRole('button', { name: fr.m.table.apply }).click();
    await expect(page).toHaveURL(/kind=economic/);
    await expect(page.getByRole('link', { name: 'Mission économique à Aït Tafraout : filière argan' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Valea Bistrei/ })).toHaveCount(0);
    await fr.expectAccessible('missions filtered');
    await page.getByRole('link', { name: 'Mission économique à Aït Tafraout : filière argan' }).click();
    await expect(fr.heading).toHaveText('Mission économique à Aït Tafraout : filière argan');
    const missionUrl = page.url();
    await fr.expectAccessible('mission page (fr)');
    await page.getByRole('link', { name: fr.m.edit, exact: true }).click();
    await expect(fr.heading).toContainText('Aït Tafraout');
    await fr.expectAccessible('mission edit (fr)');
    await page.goto(`${missionUrl}/debrief`);
    await fr.expectAccessible('debrief (fr)');

    await page.getByRole('group', { name: fr.t.language.label }).getByRole('button', { name: 'English' }).click();
    const en = new MissionsPage(page, axe, 'en');
    await expect(en.heading).toHaveText(en.m.debrief.pageTitle.replace('{title}', 'Mission économique à Aït Tafraout : filière argan'));
    await en.expectAccessible('debrief (en)');
    await page.goto(missionUrl);
    await expect(page.getByRole('link', { name: en.m.export.en })).toBeVisible();
    await en.expectAccessible('mission page (en)');
    await page.goto(`${missionUrl}/edit`);
    await en.expectAccessible('mission edit (en)');
    await en.gotoList(ws);
    await page.goto(`/${ws}/missions/new`);
    await expect(en.heading).toHaveText(en.m.new);
    await en.expectAccessible('new mission (en)');
    // Back to French for the other specs.
    await page.getByRole('group', { name: en.t.language.label }).getByRole('button', { name: 'Français' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fr.m.new);
  });

  test('a partner sees only the missions of their own partnership', async ({ page, axe, signIn }) => {
    await signIn(page, DEMO.accounts.partner.email);
    const partner = new MissionsPage(page, axe);
    await partner.gotoList(ws);
    await expect(page.getByRole('link', { name: 'Mission technique à Nioro-Kaya : postes de santé' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Valea Bistrei|Aït Tafraout/ })).toHaveCount(0);
    // Their partnership's page lists it too, with its debrief's state.
    await page.goto(`/${ws}/partnerships`);
    const onPartnership = page.getByRole('region', { name: partner.m.title, exact: true });
    await expect(onPartnership.getByRole('link', { name: 'Mission technique à Nioro-Kaya : postes de santé' })).toBeVisible();
    await expect(onPartnership).toContainText(partner.m.debriefStates.done);
    await partner.expectAccessible('partnership page with its missions');
  });
});
