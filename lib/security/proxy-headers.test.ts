import { describe, expect, it } from 'vitest';
import type { IncomingHttpHeaders } from 'node:http';
import { clientAddressFrom } from '@/lib/auth/limiter';
import { clientAddress, normaliseProxyHeaders, trustProxy } from './proxy-headers';

const asHeaders = (raw: IncomingHttpHeaders) => new Headers(Object.entries(raw).map(([k, v]): [string, string] => [k, String(v)]));

describe('forwarded headers', () => {
  it('are replaced by the socket address unless TRUST_PROXY is set: a forged X-Forwarded-For does not escape the rate limits', () => {
    const raw: IncomingHttpHeaders = {
      host: 'app',
      'x-forwarded-for': '203.0.113.7, 10.0.0.1',
      'x-real-ip': '203.0.113.8',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    };
    normaliseProxyHeaders(raw, '192.0.2.10', null);
    expect(raw).toEqual({ host: 'app', 'x-forwarded-for': '192.0.2.10' });
    expect(clientAddressFrom(asHeaders(raw))).toBe('192.0.2.10');
  });

  it('behind one trusted proxy, the client is the right-most X-Forwarded-For entry (the one the proxy wrote), not the forged left-most', () => {
    const raw: IncomingHttpHeaders = {
      host: 'app',
      'x-forwarded-for': '198.51.100.99, 203.0.113.7',
      'x-real-ip': '198.51.100.98',
      'x-forwarded-proto': 'https',
    };
    normaliseProxyHeaders(raw, '10.0.0.1', { hops: 1 });
    expect(raw['x-forwarded-proto']).toBe('https');
    expect(raw['x-real-ip']).toBeUndefined();
    expect(clientAddressFrom(asHeaders(raw))).toBe('203.0.113.7');
  });

  it('reads the client that many hops from the right, or past the listed proxies', () => {
    const chain = '6.6.6.6, 203.0.113.7, 10.0.0.2';
    expect(clientAddress(chain, '10.0.0.1', { hops: 1 })).toBe('10.0.0.2');
    expect(clientAddress(chain, '10.0.0.1', { hops: 2 })).toBe('203.0.113.7');
    expect(clientAddress(chain, '::ffff:10.0.0.1', trustProxy({ TRUST_PROXY: '10.0.0.1, 10.0.0.2' }))).toBe('203.0.113.7');
    // A request that did not come through a listed proxy is the client itself, whatever it says.
    expect(clientAddress(chain, '192.0.2.50', trustProxy({ TRUST_PROXY: '10.0.0.1,10.0.0.2' }))).toBe('192.0.2.50');
    // A chain shorter than the hops: its left-most entry; no header at all: the socket.
    expect(clientAddress('203.0.113.7', '10.0.0.1', { hops: 3 })).toBe('203.0.113.7');
    expect(clientAddress(undefined, '10.0.0.1', { hops: 1 })).toBe('10.0.0.1');
  });

  it('a list of proxies keeps X-Forwarded-Host/-Proto only from those proxies', () => {
    const trusted = trustProxy({ TRUST_PROXY: '10.0.0.1' });
    const direct: IncomingHttpHeaders = { host: 'app', 'x-forwarded-for': '203.0.113.7', 'x-forwarded-host': 'evil.example' };
    normaliseProxyHeaders(direct, '192.0.2.50', trusted);
    expect(direct).toEqual({ host: 'app', 'x-forwarded-for': '192.0.2.50' });
    const proxied: IncomingHttpHeaders = { host: 'app', 'x-forwarded-for': '203.0.113.7', 'x-forwarded-host': 'app.example' };
    normaliseProxyHeaders(proxied, '10.0.0.1', trusted);
    expect(proxied).toEqual({ host: 'app', 'x-forwarded-for': '203.0.113.7', 'x-forwarded-host': 'app.example' });
  });

  it('TRUST_PROXY: unset/0/false off, a number of hops (1 and true = one), or a list of addresses', () => {
    expect(trustProxy({})).toBeNull();
    expect(trustProxy({ TRUST_PROXY: '0' })).toBeNull();
    expect(trustProxy({ TRUST_PROXY: '1' })).toEqual({ hops: 1 });
    expect(trustProxy({ TRUST_PROXY: 'true' })).toEqual({ hops: 1 });
    expect(trustProxy({ TRUST_PROXY: '2' })).toEqual({ hops: 2 });
    expect(trustProxy({ TRUST_PROXY: '10.0.0.1,::1' })).toEqual({ addresses: new Set(['10.0.0.1', '::1']) });
    expect(() => trustProxy({ TRUST_PROXY: 'yes please' })).toThrow(/TRUST_PROXY/);
  });
});
