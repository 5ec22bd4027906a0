import en from '../messages/en.json';
import fr from '../messages/fr.json';
import { DEMO, expect, test } from './fixtures';

const ws = DEMO.workspace;

test('an admin creates an API token, another tool reads with it, the admin revokes it', async ({ page, request, axe, signIn }) => {
  test.setTimeout(90_000);
  const t = fr.apiTokens;
  const name = `Portail e2e ${Date.now().toString(36)}`;
  await signIn(page, DEMO.accounts.admin.email);
  await page.goto(`/${ws.slug}/settings`);
  await expect(page.getByRole('heading', { name: t.title })).toBeVisible();
  await page.getByLabel(t.name).fill(name);
  await page.getByRole('button', { name: t.create }).click();
  const secretField = page.getByLabel(t.secretLabel.replace('{name}', name));
  await expect(secretField).toBeVisible();
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^frpat_/);
  await axe(page, 'settings with a new API token');

  const ok = await request.get(`/api/v1/workspaces/${ws.slug}/actors?limit=2`, { headers: { authorization: `Bearer ${secret}` } });
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.data).toHaveLength(2);
  expect(body.limit).toBe(2);

  await page.getByRole('button', { name: t.revoke.replace('{name}', name) }).click();
  await page.getByRole('button', { name: t.confirm, exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: name }).getByText(t.revoked, { exact: true })).toBeVisible();
  const refused = await request.get(`/api/v1/workspaces/${ws.slug}/actors`, { headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
});

test('the API reference and the OpenAPI document are served without a session', async ({ page, request, axe }) => {
  await page.goto('/api/v1/docs?lang=en');
  await expect(page.getByRole('heading', { level: 1, name: en.apiTokens.docs.title })).toBeVisible();
  await axe(page, 'API reference');
  const doc = await request.get('/api/v1/openapi.json');
  expect(doc.status()).toBe(200);
  expect((await doc.json()).openapi).toBe('3.1.0');
});
