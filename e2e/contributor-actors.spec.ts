import path from 'node:path';
import { loadDemoIds } from '../lib/security/demo-ids';
import { DEMO, expect, test } from './fixtures';

/**
 * Issue 18, point 8: a contributor edits only the actors assigned to them (lib/actors/access.ts) —
 * those they created and those an external action of their department involves. The demo
 * contributor's department takes part in an action with Nioro-Kaya, none with Tamboura.
 */
const ws = DEMO.workspace.slug;
const demo = () => loadDemoIds(path.join(process.env.FILROUGE_E2E_RUN_DIR!, 'filrouge.db'));

test('a contributor sees the edit control only on an assigned actor, and the other edit page answers 403', async ({ page, axe, signIn }) => {
  const { partnerActor, otherPartnerActor } = demo();
  await signIn(page, DEMO.accounts.contributor.email);
  const edit = page.getByRole('link', { name: 'Modifier', exact: true });

  await page.goto(`/${ws}/actors/${partnerActor}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commune de Nioro-Kaya');
  await expect(edit).toBeVisible();
  await axe(page, 'an assigned actor');

  await page.goto(`/${ws}/actors/${otherPartnerActor}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commune de Tamboura');
  await expect(edit).toHaveCount(0);
  const response = await page.goto(`/${ws}/actors/${otherPartnerActor}/edit`);
  expect(response?.status()).toBe(403);

  // An editor still edits it.
  await page.context().clearCookies();
  await signIn(page, DEMO.accounts.editor.email);
  await page.goto(`/${ws}/actors/${otherPartnerActor}`);
  await expect(edit).toBeVisible();
});
