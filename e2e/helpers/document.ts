import type { Page } from '@playwright/test';
import { DEMO, type A11yCheck, type SignIn } from '../fixtures';
import { DocumentPage } from '../pages/document-page';

/**
 * Signs the editor in on `page`, opens the demo workspace's strategy document and adds a section
 * titled `title`: where the co-writing specs start. Returns the document screen.
 */
export async function editorAddsSection(page: Page, axe: A11yCheck, signIn: SignIn, title: string) {
  await signIn(page, DEMO.accounts.editor.email);
  const doc = new DocumentPage(page, axe);
  await doc.goto(DEMO.workspace.slug);
  await doc.addSection(title);
  return doc;
}
