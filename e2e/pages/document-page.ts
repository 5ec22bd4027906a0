import { expect, type Download, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/document and its screens: the document, versions, a version, the comparison, the print view. */
export class DocumentPage extends WorkspacePage {
  get d() {
    return this.t.document;
  }

  async goto(slug: string) {
    await this.openScreen(`/${slug}/document`, this.d.title, 'strategy document');
  }

  /** A section of the document, named by its heading. */
  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The live editor of a written section. */
  editor(title: string): Locator {
    return this.page.getByRole('textbox', { name: this.d.editorLabel.replace('{title}', title), exact: true });
  }

  /** Waits until a section's editor is connected, synced and has nothing left to send. */
  async expectSaved(title: string, timeout = 15_000) {
    await expect(this.section(title).getByRole('status').filter({ hasText: this.d.status.connected })).toBeVisible({ timeout });
  }

  /** Puts the caret at the end of a section's text, once the editor is live. */
  async focusEnd(title: string) {
    const editor = this.editor(title);
    await this.expectSaved(title);
    await editor.click();
    await this.page.keyboard.press('Control+End');
  }

  get outline(): Locator {
    return this.page.getByRole('navigation', { name: this.d.outlineTitle });
  }

  async outlineTitles() {
    return this.outline.getByRole('listitem').getByRole('link').allTextContents();
  }

  /** Shows the outline's controls (managers only): move, rename, remove, add. */
  async organiseOutline() {
    const toggle = this.outline.getByRole('button', { name: this.d.organise });
    await this.hydrated(toggle);
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  }

  /** A move button of the outline (shown once it is being organised). */
  moveButton(title: string, direction: 'up' | 'down'): Locator {
    const label = direction === 'up' ? this.d.moveUp : this.d.moveDown;
    return this.outline.getByRole('button', { name: `${label} « ${title} »` });
  }

  async addSection(title: string) {
    await this.organiseOutline();
    const input = this.outline.getByRole('textbox', { name: this.d.addLabel });
    await this.hydrated(input);
    await input.fill(title);
    await this.outline.getByRole('button', { name: this.d.add }).click();
    await expect(this.section(title)).toBeVisible();
  }

  /** Renames a written section from the outline; `expectError` names the field error expected instead. */
  async renameSection(from: string, to: string, expectError?: string) {
    await this.organiseOutline();
    const open = this.outline.getByRole('button', { name: `${this.d.rename} « ${from} »` });
    await this.hydrated(open);
    if ((await open.getAttribute('aria-expanded')) !== 'true') await open.click();
    const field = this.outline.getByRole('textbox', { name: this.d.renameLabel });
    await expect(field).toBeFocused();
    await field.fill(to);
    await this.outline.getByRole('button', { name: this.d.renameSave }).click();
    if (expectError) {
      await expect(field).toHaveAccessibleDescription(expectError);
      return;
    }
    await expect(this.section(to)).toBeVisible();
    await expect(open.or(this.outline.getByRole('button', { name: `${this.d.rename} « ${to} »` }))).toBeFocused();
  }

  /** Exports through the panel and returns the download once it has started, with how long it took. */
  async export(format: 'docx' | 'pdf', language: 'fr' | 'en'): Promise<{ download: Download; ms: number }> {
    const panel = this.page.getByRole('region', { name: this.d.export.title });
    const select = panel.getByRole('combobox', { name: this.d.export.language });
    await this.hydrated(select);
    await select.selectOption(language);
    const started = Date.now();
    const downloading = this.page.waitForEvent('download', { timeout: 30_000 });
    await panel.getByRole('button', { name: format === 'docx' ? this.d.export.docx : this.d.export.pdf }).click();
    // The busy state is shown while the file is prepared.
    await expect(panel.getByRole('progressbar')).toBeVisible();
    const download = await downloading;
    await expect(panel.getByRole('status')).toContainText(download.suggestedFilename());
    return { download, ms: Date.now() - started };
  }

  async gotoVersions(slug: string) {
    await this.page.goto(`/${slug}/document/versions`);
    await expect(this.heading).toHaveText(this.d.versions.title);
    await this.expectAccessible('document versions');
  }

  async saveVersion(name: string, note: string) {
    const submit = this.page.getByRole('button', { name: this.d.versions.save });
    await this.hydrated(submit);
    await this.page.getByRole('textbox', { name: this.d.versions.name }).fill(name);
    await this.page.getByRole('textbox', { name: this.d.versions.note }).fill(note);
    await submit.click();
    await expect(this.page.getByRole('status').filter({ hasText: this.d.versions.saved })).toBeVisible();
    await expect(this.page.getByRole('link', { name: this.d.versions.openVersion.replace('{name}', name) })).toBeVisible();
  }

  async compare(fromLabel: RegExp | string, toLabel: RegExp | string) {
    const from = this.page.getByRole('combobox', { name: this.d.versions.from });
    const to = this.page.getByRole('combobox', { name: this.d.versions.to });
    await from.selectOption({ label: await this.optionLabel(from, fromLabel) });
    await to.selectOption({ label: await this.optionLabel(to, toLabel) });
    await this.page.getByRole('button', { name: this.d.versions.compare }).click();
    await expect(this.heading).toHaveText(this.d.compare.title);
    await this.expectAccessible('version comparison');
  }

  private async optionLabel(select: Locator, label: RegExp | string) {
    const labels = await select.getByRole('option').allTextContents();
    const found = labels.find((l) => (typeof label === 'string' ? l === label : label.test(l)));
    expect(found, `option ${label} in ${labels.join(' | ')}`).toBeTruthy();
    return found!;
  }
}
