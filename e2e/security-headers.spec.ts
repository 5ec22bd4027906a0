import { expect, test } from './fixtures';

test('pages carry a nonce-based Content-Security-Policy and the other security headers', async ({ page, axe }) => {
  const first = await page.goto('/sign-in');
  const headers = first!.headers();
  const csp = headers['content-security-policy'] ?? '';
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src')) ?? '';
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // A fresh nonce on every request.
  const second = await page.goto('/sign-in');
  expect(second!.headers()['content-security-policy']).not.toBe(csp);
  // Over plain HTTP (as here) there is no HSTS; behind HTTPS the proxy adds it.
  expect(headers['strict-transport-security']).toBeUndefined();
  await axe(page, 'sign-in');
});
