import { expect, test } from './fixtures';
import { expectNonceCsp } from './security-http';

test('pages carry a nonce-based Content-Security-Policy and the other security headers', async ({ page, axe }) => {
  const first = await page.goto('/sign-in');
  const headers = first!.headers();
  const csp = headers['content-security-policy'] ?? '';
  expectNonceCsp(csp);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  // A fresh nonce on every request.
  const second = await page.goto('/sign-in');
  expect(second!.headers()['content-security-policy']).not.toBe(csp);
  // Over plain HTTP (as here) there is no HSTS; behind HTTPS the proxy adds it.
  expect(headers['strict-transport-security']).toBeUndefined();
  await axe(page, 'sign-in');
});

test('every response carries the security headers: API answers and their 404s, the world map, unknown links, Next files, /health', async ({ request }) => {
  const chunk = /src="(\/_next\/static\/[^"]+\.js)"/.exec(await (await request.get('/sign-in')).text())?.[1];
  expect(chunk).toBeTruthy();
  const urls: [string, number][] = [
    ['/sign-in', 200],
    ['/api/does-not-exist', 404],
    ['/api/maps/world', 200],
    ['/api/workspaces/val-d-argence/actors/graph', 401],
    ['/q/unknown-census-link', 404],
    ['/p/no-such-authority/pdf', 404],
    ['/icon.svg', 200],
    ['/health', 200],
    [chunk!, 200],
  ];
  const seen: string[] = [];
  for (const [url, status] of urls) {
    const response = await request.get(url, { maxRedirects: 0 });
    const headers = response.headers();
    expect(response.status(), url).toBe(status);
    expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
    seen.push(`${url.replace(/\/_next\/static\/.*/, '/_next/static/…')} ${status}`);
  }
  // The world map is an SVG: its policy must keep any script in it from running if opened directly.
  const map = await request.get('/api/maps/world');
  expect(map.headers()['content-security-policy']).toContain("default-src 'none'");
  console.log(`[security-headers] ${seen.length} responses, each with CSP (frame-ancestors 'none'), nosniff and Referrer-Policy: ${seen.join(', ')}`);
});
