import fs from 'node:fs';
import JSZip from 'jszip';
import { DEMO, expect, test } from './fixtures';
import { DocumentPage } from './pages/document-page';
import { NotificationsPage } from './pages/notifications-page';
import { ReviewPage } from './pages/review-page';

const ws = DEMO.workspace.slug;
const unique = Date.now().toString(36);
/** The second elected official, added by the review's demo data (lib/seed/review.ts). */
const SECOND_REVIEWER = { email: 'elue2@demo.filrouge.eu', name: 'Nathalie Cordier' };
const FOREWORD = 'Avant-propos';

test.describe('review and adoption', () => {
  test('an editor submits, two reviewers comment and one asks for changes, the editor resubmits, both approve, the admin adopts; exports and notifications show it', async ({
    page,
    browser,
    axe,
    signIn,
  }) => {
    test.setTimeout(240_000);
    const first = `Version relue ${unique}`;
    const revised = `Version révisée ${unique}`;

    // The editor saves a version and submits it to the two elected officials.
    await signIn(page, DEMO.accounts.editor.email);
    const doc = new DocumentPage(page, axe);
    await doc.gotoVersions(ws);
    await doc.saveVersion(first, 'Pour les élus.');
    const editorReview = new ReviewPage(page, axe);
    await editorReview.goto(ws);
    const firstUrl = await editorReview.submit(first, [DEMO.accounts.reviewer.name, SECOND_REVIEWER.name], 'Merci de relire avant le comité.');
    await expect(editorReview.status).toHaveText(editorReview.r.status.in_review);

    // The first reviewer comments on a passage selected in the foreword and mentions the second.
    const eluContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const eluPage = await eluContext.newPage();
    await signIn(eluPage, DEMO.accounts.reviewer.email);
    const elu = new ReviewPage(eluPage, axe);
    await elu.open(firstUrl, first);
    const quote = await elu.selectPassage(FOREWORD, 40);
    const question = `Ce passage mérite un calendrier, @${SECOND_REVIEWER.name} ? (${unique})`;
    await elu.comment(FOREWORD, question);
    await expect(elu.section(FOREWORD).locator('mark.review-mark')).toHaveText(quote);
    await expect(elu.thread(FOREWORD, question).getByRole('heading')).toContainText(quote);

    // The second reviewer replies in that thread and asks for changes.
    const secondContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const secondPage = await secondContext.newPage();
    await signIn(secondPage, SECOND_REVIEWER.email);
    const second = new ReviewPage(secondPage, axe);
    await second.open(firstUrl, first);
    await second.reply(FOREWORD, question, 'D’accord : ajoutons un calendrier par axe.');
    await second.decide(SECOND_REVIEWER.name, 'requestChanges', 'Ajouter le calendrier de mise en œuvre.');
    await expect(second.status).toHaveText(second.r.status.changes_requested);

    // The editor revises the foreword, saves a new version and resubmits it.
    await doc.goto(ws);
    await doc.focusEnd(FOREWORD);
    await page.keyboard.type(` Calendrier de mise en œuvre ajouté (${unique}).`);
    await doc.expectSaved(FOREWORD);
    await doc.gotoVersions(ws);
    await doc.saveVersion(revised, 'Calendrier ajouté après la relecture.');
    await editorReview.goto(ws);
    const revisedUrl = await editorReview.submit(revised, [DEMO.accounts.reviewer.name, SECOND_REVIEWER.name], 'Version révisée : calendrier ajouté.');
    await expect(editorReview.page.getByRole('table').first()).toContainText(editorReview.r.decision.pending);

    // The earlier cycle says it was replaced; both reviewers approve the revised version.
    await elu.open(firstUrl, first);
    await expect(eluPage.getByText(elu.r.supersededBy.replace('{name}', revised))).toBeVisible();
    await elu.open(revisedUrl, revised);
    await elu.decide(DEMO.accounts.reviewer.name, 'approve');
    await second.open(revisedUrl, revised);
    await second.decide(SECOND_REVIEWER.name, 'approve');
    await expect(second.status).toHaveText(second.r.status.approved);

    // The admin records the adoption.
    const adminContext = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true });
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, DEMO.accounts.admin.email);
    const admin = new ReviewPage(adminPage, axe);
    await admin.open(revisedUrl, revised);
    const reference = `CD-E2E-${unique}`;
    await admin.adopt('l’assemblée départementale', reference);
    await expect(admin.status).toHaveText(admin.r.status.adopted);
    await admin.expectAccessible('adopted review');

    // The versions list shows the adopted version first, marked.
    const adminDoc = new DocumentPage(adminPage, axe);
    await adminDoc.gotoVersions(ws);
    const firstRow = adminPage.getByRole('table').first().getByRole('row').nth(1);
    await expect(firstRow).toContainText(revised);
    await expect(firstRow).toContainText(admin.r.adoptedBadge);
    await expect(firstRow).toContainText(reference);

    // Its print view and its DOCX carry the adoption line.
    await adminPage.getByRole('link', { name: adminDoc.d.versions.openVersion.replace('{name}', revised) }).click();
    await expect(adminPage.getByRole('heading', { level: 1 })).toHaveText(revised);
    await expect(adminPage.locator('.adopted-banner')).toContainText(reference);
    await admin.expectAccessible('adopted version');
    const { download } = await adminDoc.export('docx', 'fr');
    const xml = await (await JSZip.loadAsync(fs.readFileSync((await download.path())!))).file('word/document.xml')!.async('string');
    expect(xml).toContain(`par l’assemblée départementale (délibération ${reference})`);
    await adminPage.getByRole('link', { name: adminDoc.d.print.open }).click();
    await expect(adminPage.locator('p.adopted')).toContainText(`Adoptée le`);
    await expect(adminPage.locator('p.adopted')).toContainText(reference);
    await admin.expectAccessible('printable adopted version');

    // Notifications: the second reviewer was mentioned and told of the adoption; unread count in the header.
    const notifications = new NotificationsPage(secondPage, axe);
    await second.open(revisedUrl, revised);
    await expect(notifications.headerLink).toHaveAccessibleName(/^Notifications, [1-9]\d* non lues?$/);
    await notifications.openFromHeader();
    await expect(notifications.unread).toContainText(/\d+ notifications? non lues?/);
    await expect(notifications.list).toContainText(`${DEMO.accounts.reviewer.name} vous a mentionné`);
    await expect(notifications.list).toContainText(`« ${revised} » a été adoptée le`);
    await expect(notifications.list).toContainText(`${DEMO.accounts.editor.name} vous demande de relire « ${revised} »`);
    await notifications.markAllRead();
    await expect(notifications.unread).toHaveText(notifications.n.unread.replace(/\{count, plural, =0 \{([^}]*)\}.*$/, '$1'));
    await expect(notifications.headerLink).toHaveAccessibleName('Notifications, aucune non lue');

    // The editor was told of the request for changes and of the approvals.
    const editorNotifications = new NotificationsPage(page, axe);
    await doc.goto(ws);
    await editorNotifications.openFromHeader();
    await expect(editorNotifications.list).toContainText(`${SECOND_REVIEWER.name} demande des modifications à « ${first} »`);
    await expect(editorNotifications.list).toContainText(`${SECOND_REVIEWER.name} a approuvé « ${revised} »`);

    await Promise.all([eluContext.close(), secondContext.close(), adminContext.close()]);
  });
});
