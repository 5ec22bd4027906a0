import { DEMO, expect, test } from './fixtures';
import { ExternalActionsPage } from './pages/external-actions-page';
import { MESSAGES } from './pages/base-page';

const ws = DEMO.workspace.slug;
const fr = MESSAGES.fr;
const ACTION = 'Jumelage Lindenau : échanges de collégiens';

test.describe('optimistic concurrency', () => {
  test('two people save the same action: the second sees the conflict and the other’s values, merges field by field and saves; nothing is overwritten silently', async ({
    page,
    browser,
    axe,
    signIn,
  }) => {
    test.setTimeout(180_000);
    const stamp = Date.now().toString(36);
    const adminTitle = `${ACTION} (titre de l’administratrice ${stamp})`;
    const adminDescription = `Description écrite par l’administratrice ${stamp}.`;
    const editorTitle = `${ACTION} (titre du chargé de mission ${stamp})`;

    // Two sessions: the admin here, the editor in a browser context of their own.
    await signIn(page, DEMO.accounts.admin.email);
    const admin = new ExternalActionsPage(page, axe);
    const editorContext = await browser.newContext({ locale: 'fr-FR' });
    const editorPage = await editorContext.newPage();
    const errors: string[] = [];
    editorPage.on('pageerror', (error) => errors.push(error.message));
    editorPage.on('dialog', (dialog) => (errors.push(`dialog: ${dialog.message()}`), void dialog.dismiss()));
    await signIn(editorPage, DEMO.accounts.editor.email);
    const editor = new ExternalActionsPage(editorPage, axe);

    // Both open the same action's form, at the same version.
    for (const who of [admin, editor]) {
      await who.gotoRegister(ws);
      await who.openAction(ACTION);
      await who.openEditForm();
    }
    const field = (p: typeof page, label: string) => p.getByRole('textbox', { name: label, exact: true });
    const originalDescription = await field(editorPage, fr.externalActions.fields.description).inputValue();

    // The admin changes the title and the description and saves first.
    await field(page, fr.externalActions.fields.title).fill(adminTitle);
    await field(page, fr.externalActions.fields.description).fill(adminDescription);
    await admin.submitButton(fr.externalActions.save).click();
    await expect(admin.heading).toHaveText(adminTitle);

    // The editor, who only changed the title, saves against the version they loaded: refused.
    await field(editorPage, fr.externalActions.fields.title).fill(editorTitle);
    await editor.submitButton(fr.externalActions.save).click();
    await expect(editor.formError).toHaveText(fr.errors.recordChangedMeanwhile);
    const panel = editorPage.getByRole('region', { name: fr.concurrency.title });
    await expect(panel).toBeVisible();
    // Their values beside mine, field by field; fields nobody changed differently are not listed.
    const titleChoice = panel.getByRole('group', { name: fr.externalActions.fields.title, exact: true });
    const descriptionChoice = panel.getByRole('group', { name: fr.externalActions.fields.description, exact: true });
    await expect(titleChoice.getByRole('radio', { name: fr.concurrency.yours.replace('{value}', editorTitle) })).toBeChecked();
    await expect(titleChoice.getByRole('radio', { name: fr.concurrency.theirs.replace('{value}', adminTitle) })).not.toBeChecked();
    // The editor left the description as loaded: the admin's is suggested.
    await expect(descriptionChoice.getByRole('radio', { name: fr.concurrency.theirs.replace('{value}', adminDescription) })).toBeChecked();
    await expect(
      descriptionChoice.getByRole('radio', { name: fr.concurrency.yours.replace('{value}', originalDescription || fr.concurrency.empty) }),
    ).toBeVisible();
    await expect(panel.getByRole('group')).toHaveCount(2);
    await editor.expectAccessible('conflict panel');
    // Nothing of the editor's reached the record meanwhile.
    await page.reload();
    await expect(admin.heading).toHaveText(adminTitle);

    // The editor keeps their title, takes the admin's description, and saves against the new version.
    await titleChoice.getByRole('radio', { name: fr.concurrency.yours.replace('{value}', editorTitle) }).check();
    await descriptionChoice.getByRole('radio', { name: fr.concurrency.theirs.replace('{value}', adminDescription) }).check();
    await panel.getByRole('button', { name: fr.concurrency.saveMerged, exact: true }).click();
    await expect(editor.heading).toHaveText(editorTitle);

    // The stored record holds the merge: the editor's title and the admin's description.
    await page.reload();
    await expect(admin.heading).toHaveText(editorTitle);
    await expect(page.getByText(adminDescription, { exact: true })).toBeVisible();
    await admin.openEditForm();
    await expect(field(page, fr.externalActions.fields.title)).toHaveValue(editorTitle);
    await expect(field(page, fr.externalActions.fields.description)).toHaveValue(adminDescription);

    expect(errors, 'script errors or dialogs in the editor’s session').toEqual([]);
    await editorContext.close();
  });
});
