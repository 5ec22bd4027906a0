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

test('a contributor is shown the relation controls the policy allows them, and no others', async ({ page, axe, signIn }) => {
  const { partnerActor, otherPartnerActor } = demo();
  const removeButtons = page.getByRole('button', { name: /^Supprimer la relation/ });
  const relationsOf = (section: typeof page) => section.getByRole('region', { name: 'Relations' }).getByRole('listitem');
  const picker = page.getByLabel('Autre acteur');
  await signIn(page, DEMO.accounts.contributor.email);

  // Their actor: every relation can be removed, and it may be linked to any actor.
  await page.goto(`/${ws}/actors/${partnerActor}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commune de Nioro-Kaya');
  const assigned = await relationsOf(page).count();
  expect(assigned).toBeGreaterThan(0);
  await expect(removeButtons).toHaveCount(assigned);
  await expect(picker.getByRole('option', { name: 'Agence française de développement', exact: true })).toHaveCount(1);

  // Tamboura, whose relations all join actors that are not theirs: no remove button; the picker
  // offers only their own actors (a relation from one of them is theirs to keep up).
  await page.goto(`/${ws}/actors/${otherPartnerActor}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Commune de Tamboura');
  const others = await relationsOf(page).count();
  expect(others).toBeGreaterThan(0);
  await expect(removeButtons).toHaveCount(0);
  await expect(picker.getByRole('option', { name: 'Commune de Nioro-Kaya', exact: true })).toHaveCount(1);
  await expect(picker.getByRole('option', { name: 'Agence française de développement', exact: true })).toHaveCount(0);
  await axe(page, 'an actor that is not theirs');
  console.log(`[contributor-actors] contributor: ${assigned} of ${assigned} relations removable on an assigned actor, 0 of ${others} on another`);

  // An editor manages them all.
  await page.context().clearCookies();
  await signIn(page, DEMO.accounts.editor.email);
  await page.goto(`/${ws}/actors/${otherPartnerActor}`);
  await expect(removeButtons).toHaveCount(others);
  await expect(picker.getByRole('option', { name: 'Agence française de développement', exact: true })).toHaveCount(1);
});
