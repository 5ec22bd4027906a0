import { expect, type Locator, type Page } from '@playwright/test';
import { MESSAGES } from '../pages/base-page';

// A partnership space's reciprocity, as the partner reads it in English (partner returns, entry
// translations, the evaluation chain).

const en = MESSAGES.en;

/** The block of one kind (brings, expects, observed) in a side's column, found by its heading. */
export const kindBlock = (column: Locator, page: Page, heading: string) =>
  column.locator('div', { has: page.getByRole('heading', { name: heading, exact: true }) });

/** Opens the reciprocity's "add an entry" form and waits until its side select is hydrated; returns that select. */
export async function openEntryForm(reciprocity: Locator): Promise<Locator> {
  await reciprocity.locator('summary', { hasText: en.partnerships.addContribution }).click();
  const side = reciprocity.getByRole('combobox', { name: en.partnerships.fields.side, exact: true });
  await expect.poll(() => side.evaluate((el) => Object.keys(el).some((k) => k.startsWith('__reactProps$')))).toBe(true);
  return side;
}

/** Checks the entry is offered as written in English (the page's language), and adds it. */
export async function addInEnglish(reciprocity: Locator) {
  await expect(reciprocity.getByRole('combobox', { name: en.partnerships.entryTranslation.writtenIn, exact: true })).toHaveValue('en');
  await reciprocity.getByRole('button', { name: en.partnerships.add, exact: true }).click();
}

/** The partner adds an entry of `kind` on their side, in English. */
export async function addPartnerEntryInEnglish(reciprocity: Locator, kind: 'brings' | 'expects' | 'observed', text: string) {
  const side = await openEntryForm(reciprocity);
  await side.selectOption('partner');
  await reciprocity.getByRole('combobox', { name: en.partnerships.fields.kind, exact: true }).selectOption(kind);
  await reciprocity.getByRole('textbox', { name: en.partnerships.fields.text, exact: true }).fill(text);
  await addInEnglish(reciprocity);
}
