import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncodings, PRECOMPRESSED_ENCODING, PRECOMPRESSED_OK, SharedBody } from './shared-body';

describe('acceptedEncodings', () => {
  it('prefers brotli, then gzip, and always ends with identity', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('gzip')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings(null)).toEqual(['identity']);
    expect(acceptedEncodings('')).toEqual(['identity']);
    expect(acceptedEncodings('deflate, zstd')).toEqual(['identity']);
  });

  it('honours q-values, wildcards and letter case', () => {
    expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('*')).toEqual(['br', 'gzip', 'identity']);
    expect(acceptedEncodings('*;q=0, GZIP')).toEqual(['gzip', 'identity']);
    expect(acceptedEncodings('br;q=nonsense, gzip ; q=1')).toEqual(['gzip', 'identity']);
  });
});

describe('SharedBody', () => {
  const body = new TextEncoder().encode(JSON.stringify({ rows: Array.from({ length: 500 }, (_, i) => ({ i, name: `acteur ${i}` })) }));

  it('sends each encoding the client accepts, decoding to the same bytes, compressed once', () => {
    const shared = new SharedBody(body);
    const br = shared.encodedFor('gzip, deflate, br, zstd');
    expect(br.encoding).toBe('br');
    expect(br.bytes.byteLength).toBeLessThan(body.byteLength / 3);
    expect(Buffer.from(zlib.brotliDecompressSync(br.bytes)).equals(Buffer.from(body))).toBe(true);
    expect(shared.encodedFor('br').bytes).toBe(br.bytes);

    const gzip = shared.encodedFor('gzip');
    expect(gzip.encoding).toBe('gzip');
    expect(Buffer.from(zlib.gunzipSync(gzip.bytes)).equals(Buffer.from(body))).toBe(true);

    const plain = shared.encodedFor(null);
    expect(plain).toEqual({ encoding: 'identity', bytes: body });
  });

  it('compresses only for a request our server carries; elsewhere Next compresses', () => {
    const shared = new SharedBody(body);
    const browser = { 'accept-encoding': 'gzip, deflate, br, zstd' };
    expect(shared.forRequest(new Request('http://x/', { headers: browser }))).toEqual({ bytes: body, headers: {} });
    const ours = shared.forRequest(new Request('http://x/', { headers: { ...browser, [PRECOMPRESSED_OK]: '1' } }));
    expect(ours.headers).toEqual({ [PRECOMPRESSED_ENCODING]: 'br' });
    expect(ours.bytes).toBe(shared.encodedFor('br').bytes);
    expect(shared.forRequest(new Request('http://x/', { headers: { [PRECOMPRESSED_OK]: '1' } }))).toEqual({ bytes: body, headers: {} });
  });
});
