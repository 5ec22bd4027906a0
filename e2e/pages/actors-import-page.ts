import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** A file handed to the file input, as Playwright takes it. */
export type UploadFile = { name: string; mimeType: string; buffer: Buffer };

/** /[workspace]/actors/import: file, column mapping, value mapping, check (rows set aside, likely duplicates), confirm. */
export class ActorsImportPage extends WorkspacePage {
  get m() {
    return this.t.actorsImport;
  }

  get fileInput(): Locator {
    return this.page.getByLabel(this.m.file, { exact: true });
  }

  get analyseButton(): Locator {
    return this.page.getByRole('button', { name: this.m.analyse });
  }

  get mappingHeading(): Locator {
    return this.page.getByRole('heading', { name: this.m.stepMapping });
  }

  get checkRegion(): Locator {
    return this.page.getByRole('region', { name: this.m.stepCheck });
  }

  get valuesRegion(): Locator {
    return this.page.getByRole('region', { name: this.m.stepValues });
  }

  /** The table of rows set aside, with their reason. */
  get asideTable(): Locator {
    return this.page.getByRole('table', { name: this.m.asideCaption });
  }

  /** The row of the set-aside table for a line of the file. */
  asideRow(line: number): Locator {
    return this.asideTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: this.m.lineN.replace('{line}', String(line)), exact: true }) });
  }

  /** The select that maps one distinct value of the file ("Collectivité territoriale (en France)"). */
  valueSelect(shown: string): Locator {
    return this.page.getByRole('combobox', { name: this.m.targetFor.replace('{value}', shown), exact: true });
  }

  /** A value as the values table shows it when its target depends on the rows' country. */
  scoped(value: string, scope: 'fr' | 'abroad'): string {
    return this.m.valueWithScope.replace('{value}', value).replace('{scope}', this.m.scopes[scope]);
  }

  /** The check step's count of rows to import and to set aside. */
  get plan(): Locator {
    return this.checkRegion.getByRole('status');
  }

  /** The button that opens the confirmation. */
  get commitButton(): Locator {
    return this.page.getByRole('button', { name: this.m.review, exact: true });
  }

  get confirmGroup(): Locator {
    return this.page.getByRole('group', { name: this.m.confirmTitle });
  }

  get doneRegion(): Locator {
    return this.page.getByRole('region', { name: this.m.done });
  }

  async goto(slug: string) {
    await this.openScreen(`/${slug}/actors/import`, this.m.title, 'import: choose a file', this.analyseButton);
  }

  /** Chooses a file and analyses it; waits for the mapping and check steps. */
  async analyse(file: UploadFile) {
    await this.fileInput.setInputFiles(file);
    await this.analyseButton.click();
    // The first analysis loads the spreadsheet readers on the server: allow for a cold start.
    await expect(this.mappingHeading).toBeVisible({ timeout: 20_000 });
    await expect(this.mappingHeading).toBeFocused();
    await expect(this.checkRegion).toBeVisible();
  }

  async mergeAll() {
    await this.page.getByRole('button', { name: this.m.mergeAll }).click();
  }

  /** Opens the confirmation (which states the counts), confirms, and waits for the result. */
  async commit(expectedPlan?: RegExp | string) {
    await expect(this.commitButton).toBeEnabled();
    await this.commitButton.click();
    await expect(this.page.getByRole('heading', { name: this.m.confirmTitle })).toBeFocused();
    if (expectedPlan) await expect(this.confirmGroup).toContainText(expectedPlan);
    await this.confirmGroup.getByRole('button', { name: this.m.confirm, exact: true }).click();
    await expect(this.doneRegion).toBeVisible({ timeout: 20_000 });
    await expect(this.page.getByRole('heading', { name: this.m.done })).toBeFocused();
  }
}
