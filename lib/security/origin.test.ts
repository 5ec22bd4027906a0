import { describe, expect, it } from 'vitest';
import { crossSiteReason, crossSiteRefusal } from './origin';

const h = (init: Record<string, string>) => new Headers({ host: 'filrouge.example.org', ...init });

describe('cross-site refusal for route handlers', () => {
  it('lets reads through whatever their origin', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      expect(crossSiteReason(method, h({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }))).toBeNull();
  });

  it('refuses a POST from another site, by Sec-Fetch-Site or by Origin', () => {
    expect(crossSiteReason('POST', h({ 'sec-fetch-site': 'cross-site' }))).toMatch(/cross-site/);
    expect(crossSiteReason('POST', h({ 'sec-fetch-site': 'same-site' }))).toMatch(/same-site/);
    expect(crossSiteReason('POST', h({ origin: 'https://evil.example' }))).toMatch(/evil\.example/);
    expect(crossSiteReason('DELETE', h({ origin: 'https://filrouge.example.org.evil.example' }))).not.toBeNull();
    expect(crossSiteReason('POST', h({ origin: 'null' }))).not.toBeNull();
    // A port is part of the origin.
    expect(crossSiteReason('POST', h({ origin: 'https://filrouge.example.org:8443' }))).not.toBeNull();
  });

  it('accepts a same-origin POST, behind a proxy too, and a request that is not a browser’s', () => {
    expect(crossSiteReason('POST', h({ origin: 'https://filrouge.example.org', 'sec-fetch-site': 'same-origin' }))).toBeNull();
    expect(
      crossSiteReason('POST', new Headers({ host: '127.0.0.1:3000', 'x-forwarded-host': 'filrouge.example.org', origin: 'https://filrouge.example.org' })),
    ).toBeNull();
    expect(crossSiteReason('POST', h({}))).toBeNull();
    expect(crossSiteReason('POST', h({ 'sec-fetch-site': 'none' }))).toBeNull();
  });

  it('answers 403 without running anything', async () => {
    const refused = crossSiteRefusal(
      new Request('https://filrouge.example.org/api/auth/signout', { method: 'POST', headers: { origin: 'https://evil.example' } }),
    );
    expect(refused?.status).toBe(403);
    expect(await refused?.json()).toEqual({ error: 'cross_site' });
    expect(
      crossSiteRefusal(new Request('https://filrouge.example.org/api/auth/signout', { method: 'POST', headers: { origin: 'https://filrouge.example.org' } })),
    ).toBeNull();
  });
});
