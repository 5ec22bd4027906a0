import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, guardServerAction, isServerActionCall, refuseOversizedBody, wellFormedActionBody, withSecurityHeaders } from './edge-guards';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A real HTTP server wired as scripts/server.ts wires these guards; the "app" echoes the body it reads. */
async function start(appHeaders: Record<string, string> = {}) {
  const server = http.createServer((request, response) => {
    withSecurityHeaders(request, response);
    if (refuseOversizedBody(request, response)) return;
    const app = (req: IncomingMessage) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        for (const [k, v] of Object.entries(appHeaders)) response.setHeader(k, v);
        response.end(`app read ${Buffer.concat(chunks).length} bytes`);
      });
    };
    if (isServerActionCall(request)) return void guardServerAction(request, response).then((replayed) => replayed && app(replayed));
    app(request);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const action = { 'next-action': 'abc123', 'content-type': 'text/plain;charset=UTF-8' };

describe('edge guards (issue 18.2 and 18.10)', () => {
  it('tells the bodies React sends from malformed ones', () => {
    expect(wellFormedActionBody('text/plain;charset=UTF-8', Buffer.from('["ws",{"name":"x"}]'))).toBe(true);
    expect(wellFormedActionBody('text/plain;charset=UTF-8', Buffer.from('{not json'))).toBe(false);
    expect(wellFormedActionBody('text/plain', Buffer.from('{"a":1}'))).toBe(false);
    expect(
      wellFormedActionBody('multipart/form-data; boundary=xx', Buffer.from('--xx\r\nContent-Disposition: form-data; name="0"\r\n\r\n[]\r\n--xx--\r\n')),
    ).toBe(true);
    expect(wellFormedActionBody('multipart/form-data; boundary=xx', Buffer.from('--xx\r\nContent-Disposition: form-data; name="0"\r\n\r\n['))).toBe(false);
    expect(wellFormedActionBody('multipart/form-data', Buffer.from('garbage'))).toBe(false);
  });

  it('replays a sound server action body to the app, and answers 400 or 413 with a message otherwise', async () => {
    const base = await start();
    const sound = await fetch(base, { method: 'POST', headers: action, body: '["ws",{}]' });
    expect(await sound.text()).toBe('app read 9 bytes');
    const malformed = await fetch(base, { method: 'POST', headers: { ...action, 'accept-language': 'en' }, body: '{not json' });
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain('malformed');
    // Over the limit without a Content-Length (streamed): counted while reading.
    const big = Buffer.alloc(BODY_LIMIT_BYTES + 1024, 'a');
    const streamed = await fetch(base, {
      method: 'POST',
      headers: action,
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(big);
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await streamed.text()).toContain('8 Mo');
    // Declared over the limit: refused before reading, for any request.
    const declared = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: big });
    expect(declared.status).toBe(413);
  });

  it('puts the security headers on every response, a strict policy outside the pages, and keeps a policy the app set', async () => {
    const plain = await fetch(`${await start()}/api/anything`);
    expect(plain.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(plain.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
    expect(plain.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    const page = await fetch(`${await start({ 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'" })}/api/own-policy`);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'; frame-ancestors 'none'");
    // Pages get their nonce policy from proxy.ts: none is set here.
    const pageOutsideApi = await fetch(`${await start()}/some/page`);
    expect(pageOutsideApi.headers.get('content-security-policy')).toBeNull();
    expect(pageOutsideApi.headers.get('x-content-type-options')).toBe('nosniff');
    const https = await fetch(await start(), { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers.get('strict-transport-security')).toContain('max-age=63072000');
  });
});
