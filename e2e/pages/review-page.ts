import { expect, type Locator } from '@playwright/test';
import { WorkspacePage } from './workspace-page';

/** /[workspace]/document/review and one review cycle: submit, comment, decide, adopt. */
export class ReviewPage extends WorkspacePage {
  get r() {
    return this.t.review;
  }

  async goto(slug: string) {
    await this.openScreen(`/${slug}/document/review`, this.r.title, 'review');
  }

  async open(url: string, versionName: string) {
    await this.openScreen(url, this.r.detailTitle.replace('{name}', versionName), `review of ${versionName}`);
  }

  /** Submits (or resubmits) a saved version to the named reviewers; lands on the new cycle's page. */
  async submit(versionName: string, reviewers: string[], message: string) {
    const version = this.page.getByRole('combobox', { name: this.r.version, exact: true });
    await this.hydrated(version);
    const label = (await version.getByRole('option').allTextContents()).find((l) => l.startsWith(`${versionName} — `));
    expect(label, `version ${versionName} offered for review`).toBeTruthy();
    await version.selectOption({ label: label! });
    for (const name of reviewers) await this.page.getByRole('checkbox', { name, exact: true }).check();
    await this.page.getByRole('textbox', { name: this.r.message, exact: true }).fill(message);
    await this.page.getByRole('button', { name: new RegExp(`^(${this.r.submit}|${this.r.resubmit})$`) }).click();
    await expect(this.heading).toHaveText(this.r.detailTitle.replace('{name}', versionName), { timeout: 15_000 });
    await this.expectAccessible('new review cycle');
    return this.page.url();
  }

  /** A section of the version under review, named by its title. */
  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The status shown under the title. */
  get status(): Locator {
    return this.page.locator('.lead .review-status');
  }

  /** A comment thread of a section, found by a text it contains. */
  thread(section: string, text: string): Locator {
    return this.section(section).getByRole('article').filter({ hasText: text });
  }

  /** Selects a passage of a section's text with the mouse, as a reviewer does; returns it. */
  async selectPassage(section: string, length: number) {
    const text = this.section(section).locator('.review-text');
    await this.hydrated(text);
    const quote = await text.evaluate((el, n) => {
      const node = el.firstChild!;
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, n);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return range.toString();
    }, length);
    await expect(this.section(section).getByRole('textbox', { name: this.r.passage, exact: true })).toHaveValue(quote);
    return quote;
  }

  async comment(section: string, body: string) {
    const region = this.section(section);
    const box = region.getByRole('textbox', { name: this.r.comment, exact: true });
    await this.hydrated(box);
    await box.fill(body);
    await region.getByRole('button', { name: this.r.post }).click();
    await expect(region.getByRole('status').filter({ hasText: this.r.posted })).toBeVisible();
    await expect(this.thread(section, body)).toBeVisible();
  }

  async reply(section: string, threadText: string, body: string) {
    const thread = this.thread(section, threadText);
    const box = thread.getByRole('textbox', { name: this.r.reply, exact: true });
    await this.hydrated(box);
    await box.fill(body);
    await thread.getByRole('button', { name: this.r.postReply }).click();
    await expect(thread.getByRole('listitem').filter({ hasText: body })).toBeVisible();
  }

  /**
   * Records `reviewer`'s decision. The outcome is read from the decisions table, which lasts: the
   * form and its confirmation leave the page when this decision closes the cycle.
   */
  async decide(reviewer: string, decision: 'approve' | 'requestChanges', note = '') {
    const option = this.page.getByRole('radio', { name: decision === 'approve' ? this.r.approve : this.r.requestChanges });
    await this.hydrated(option);
    await option.check();
    if (note) await this.page.getByRole('textbox', { name: this.r.decisionNote, exact: true }).fill(note);
    await this.page.getByRole('button', { name: this.r.decide }).click();
    const row = this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: reviewer, exact: true }) });
    await expect(row).toContainText(this.r.decision[decision === 'approve' ? 'approved' : 'changes_requested']);
  }

  async adopt(body: string, reference: string) {
    const field = this.page.getByRole('textbox', { name: this.r.body, exact: true });
    await this.hydrated(field);
    await field.fill(body);
    await this.page.getByRole('textbox', { name: this.r.reference, exact: true }).fill(reference);
    await this.page.getByRole('button', { name: this.r.adopt }).click();
    await expect(this.page.locator('.adopted-banner')).toContainText(reference);
  }
}
