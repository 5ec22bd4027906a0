import { describe, expect, it } from 'vitest';
import { safeRedirectTarget } from './safe-redirect';

const ORIGIN = 'https://app.example.fr';
const HOME = `${ORIGIN}/`;

/**
 * Tricks that make a "starts with /" check send the browser elsewhere (issue 18, point 3), written as
 * they appear in `?callbackUrl=` (URL-encoded or not): the page reads them decoded.
 */
const OFF_SITE = [
  '/%5Cevil.example/x',
  '/%5C%5Cevil.example',
  '%2F%5Cevil.example',
  '%5C%5Cevil.example',
  '/\\evil.example/x',
  '/\\/evil.example',
  '/%09/evil.example',
  '/%0A/evil.example',
  '/%0D%0A/evil.example',
  '%09//evil.example',
  '%20//evil.example',
  '/%2F/evil.example',
  '%2F%2Fevil.example',
  '//evil.example',
  '///evil.example',
  '////evil.example/x',
  'https://evil.example',
  'https%3A%2F%2Fevil.example',
  'HTTPS://EVIL.EXAMPLE/',
  'http:%5C%5Cevil.example',
  'http://app.example.fr', // same host, another scheme
  'https://app.example.fr:8443/',
  'https://app.example.fr.evil.example/',
  'https://evil.example@app.example.fr/',
  'https://app.example.fr@evil.example/',
  'https://user:pass@app.example.fr/',
  'https://app.example.fr%40evil.example/',
  'javascript:alert(1)',
  'javascript%3Aalert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  'java%09script:alert(1)',
  '%20javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data%3Atext%2Fhtml%3Bbase64%2CPHNjcmlwdD4%3D',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://evil.example/uuid',
  '//evil%2Eexample',
  '/%5C%09evil.example',
];

/** What `useSearchParams().get('callbackUrl')` returns for `?callbackUrl=<raw>`. */
const asRead = (raw: string) => new URLSearchParams(`callbackUrl=${raw}`).get('callbackUrl');

describe('redirect targets after sign-in', () => {
  it.each(OFF_SITE)('refuses ?callbackUrl=%s', (raw) => {
    expect(safeRedirectTarget(asRead(raw), ORIGIN)).toBe(HOME);
  });

  it('keeps paths of the app, with their query and fragment, as absolute URLs on its origin', () => {
    expect(safeRedirectTarget('/val-d-argence/actors?family=external#top', ORIGIN)).toBe(`${ORIGIN}/val-d-argence/actors?family=external#top`);
    expect(safeRedirectTarget('/invite/abc', ORIGIN)).toBe(`${ORIGIN}/invite/abc`);
    expect(safeRedirectTarget(`${ORIGIN}/account`, ORIGIN)).toBe(`${ORIGIN}/account`);
    // A path that looks like an authority stays a path on our origin: the browser cannot leave.
    expect(new URL(safeRedirectTarget('/.//evil.example', ORIGIN)).host).toBe('app.example.fr');
    // Same scheme without slashes is a relative path in the URL standard: it stays on our host.
    expect(safeRedirectTarget('https:evil.example', ORIGIN)).toBe(`${ORIGIN}/evil.example`);
  });

  it('gives the home page for nothing or garbage', () => {
    expect(safeRedirectTarget(null, ORIGIN)).toBe(HOME);
    expect(safeRedirectTarget('', ORIGIN)).toBe(HOME);
    expect(safeRedirectTarget('http://[::1', ORIGIN)).toBe(HOME);
  });

  it('the check it replaces let the first two through (the proof the corpus can fail)', () => {
    const old = (c: string) => c.startsWith('/') && !c.startsWith('//');
    const escaped = OFF_SITE.filter((raw) => {
      const read = asRead(raw)!;
      return old(read) && new URL(read, ORIGIN).origin !== ORIGIN;
    });
    expect(escaped).toEqual(expect.arrayContaining(['/%5Cevil.example/x', '/%09/evil.example']));
  });
});
