import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** A file handed to the file input, as Playwright takes it. */
export type UploadFile = { name: string; mimeType: string; buffer: Buffer };

/** /[workspace]/actors/import: file, column mapping, check (invalid rows, likely duplicates), commit. */
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

  get errorsTable(): Locator {
    return this.page.getByRole('table', { name: this.m.errorsCaption });
  }

  /** The row of the errors table for a line of the file. */
  errorRow(line: number): Locator {
    return this.errorsTable.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: this.m.lineN.replace('{line}', String(line)) }) });
  }

  /** The commit button, whose name carries the number of rows ("Importer 2 lignes"). */
  get commitButton(): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${this.m.commit.split('{')[0]}`) });
  }

  get doneRegion(): Locator {
    return this.page.getByRole('region', { name: this.m.done });
  }

  async goto(slug: string) {
    await this.page.goto(`/${slug}/actors/import`);
    await expect(this.heading).toHaveText(this.m.title);
    await this.hydrated(this.analyseButton);
    await this.expectAccessible('import: choose a file');
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

  async commit() {
    await expect(this.commitButton).toBeEnabled();
    await this.commitButton.click();
    await expect(this.doneRegion).toBeVisible({ timeout: 20_000 });
    await expect(this.page.getByRole('heading', { name: this.m.done })).toBeFocused();
  }
}
