import { describe, expect, it } from 'vitest';
import type { IncomingHttpHeaders } from 'node:http';
import { clientAddressFrom } from '@/lib/auth/limiter';
import { normaliseProxyHeaders, trustProxy } from './proxy-headers';

const asHeaders = (raw: IncomingHttpHeaders) => new Headers(Object.entries(raw).map(([k, v]): [string, string] => [k, String(v)]));

describe('forwarded headers', () => {
  it('are replaced by the socket address unless TRUST_PROXY=1: a forged X-Forwarded-For does not escape the rate limits', () => {
    const raw: IncomingHttpHeaders = { host: 'app', 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'x-real-ip': '203.0.113.8', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    normaliseProxyHeaders(raw, '192.0.2.10', false);
    expect(raw).toEqual({ host: 'app', 'x-forwarded-for': '192.0.2.10' });
    expect(clientAddressFrom(asHeaders(raw))).toBe('192.0.2.10');
  });

  it('are kept behind a trusted proxy, whose first X-Forwarded-For is the client', () => {
    const raw: IncomingHttpHeaders = { host: 'app', 'x-forwarded-for': '203.0.113.7, 10.0.0.1', 'x-forwarded-proto': 'https' };
    normaliseProxyHeaders(raw, '10.0.0.1', true);
    expect(raw['x-forwarded-proto']).toBe('https');
    expect(clientAddressFrom(asHeaders(raw))).toBe('203.0.113.7');
  });

  it('TRUST_PROXY is off unless set to 1 (or true)', () => {
    expect(trustProxy({})).toBe(false);
    expect(trustProxy({ TRUST_PROXY: '0' })).toBe(false);
    expect(trustProxy({ TRUST_PROXY: '1' })).toBe(true);
    expect(trustProxy({ TRUST_PROXY: 'true' })).toBe(true);
  });
});
