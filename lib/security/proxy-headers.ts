import type { IncomingHttpHeaders } from 'node:http';
import { isIP } from 'node:net';

/**
 * Who is calling, as the rate limits see it (sign-in failures per address, census submissions per
 * address). Each proxy appends the address it received the request from to X-Forwarded-For, so only
 * the entries written by our own proxies can be believed, and they are at the right end: the
 * left-most entries are whatever the client sent. `TRUST_PROXY` says how many proxies are ours —
 * a number of hops (`1`: one reverse proxy in front) or a comma-separated list of their addresses —
 * and the client is read that many hops from the right. Unset, every forwarded header is replaced
 * by the socket's address, so a forged `X-Forwarded-For` never escapes the limits.
 * scripts/server.ts rewrites the headers before Next.js or the collaboration server reads one, and
 * leaves a single address in X-Forwarded-For (see docs/decisions/0013-sessions-and-abuse.md).
 *
 * No `server-only`: scripts/server.ts runs it outside Next.
 */
export const FORWARDED_HEADERS = ['x-forwarded-for', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'] as const;

/** How far the forwarding chain is believed: a number of hops, or the addresses of our proxies. */
export type TrustedProxies = { hops: number } | { addresses: ReadonlySet<string> } | null;

/** Strips an IPv4-mapped IPv6 prefix so that `::ffff:10.0.0.1` and `10.0.0.1` compare equal. */
function plain(address: string): string {
  const trimmed = address.trim().replace(/^\[|\]$/g, '');
  return trimmed.toLowerCase().startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed;
}

/** Reads TRUST_PROXY: unset/0/false → nothing trusted; `true` is read as one hop; a list → those addresses. */
export function trustProxy(env: Record<string, string | undefined> = process.env): TrustedProxies {
  const value = (env.TRUST_PROXY ?? '').trim();
  if (!value || value === '0' || value === 'false') return null;
  if (value === 'true') return { hops: 1 };
  if (/^\d+$/.test(value)) return { hops: Math.min(Number(value), 32) };
  const addresses = value
    .split(',')
    .map(plain)
    .filter((a) => isIP(a) !== 0);
  if (!addresses.length) throw new Error(`TRUST_PROXY: "${value}" is neither a number of hops nor a list of IP addresses`);
  return { addresses: new Set(addresses) };
}

/**
 * The client's address: the socket's address, then X-Forwarded-For read from the right. With `hops`,
 * the entry that many hops away (our first proxy's view of the client); with `addresses`, the first
 * entry from the right that is not one of our proxies. A chain shorter than expected gives its
 * left-most entry (the best there is).
 */
export function clientAddress(forwardedFor: string | undefined, remoteAddress: string | undefined, trusted: TrustedProxies): string {
  const socket = remoteAddress ? plain(remoteAddress) : 'unknown';
  if (!trusted) return socket;
  // From the nearest hop to the farthest: the socket, then X-Forwarded-For right to left.
  const chain = [socket, ...(forwardedFor ?? '').split(',').map(plain).filter(Boolean).reverse()];
  if ('hops' in trusted) return chain[Math.min(trusted.hops, chain.length - 1)]!;
  for (const address of chain) if (!trusted.addresses.has(address)) return address;
  return chain[chain.length - 1]!;
}

/**
 * Rewrites a raw request's headers in place: X-Forwarded-For becomes the one client address found by
 * `clientAddress`; the other forwarded headers are dropped unless the request came through a trusted
 * proxy.
 */
export function normaliseProxyHeaders(headers: IncomingHttpHeaders, remoteAddress: string | undefined, trusted: TrustedProxies = trustProxy()): void {
  const raw = headers['x-forwarded-for'];
  const forwardedFor = Array.isArray(raw) ? raw.join(',') : raw;
  const client = clientAddress(forwardedFor, remoteAddress, trusted);
  const viaProxy = trusted && ('hops' in trusted ? true : trusted.addresses.has(remoteAddress ? plain(remoteAddress) : ''));
  for (const name of FORWARDED_HEADERS) if (!viaProxy || name === 'x-forwarded-for' || name === 'x-real-ip') delete headers[name];
  headers['x-forwarded-for'] = client;
}
