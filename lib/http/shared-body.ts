import zlib from 'node:zlib';

// No `server-only`: scripts/server.ts (through lib/http/compression.ts) reads its constants.

/**
 * A response body that many requests share (a cached answer, kept until the data changes: the
 * actors graph's JSON), with its compressed forms made once, the first time a client asks for each.
 * Next drops `Content-Encoding` from what a route handler returns, so the route names the encoding
 * in `PRECOMPRESSED_ENCODING` and our server (lib/http/compression.ts) turns it back into
 * `Content-Encoding`, which also keeps the answer from being compressed again. A route does so only
 * when our server marked the request (`PRECOMPRESSED_OK`): behind `next dev` it sends the body as it is.
 */
export type Encoding = 'br' | 'gzip' | 'identity';

/** The encodings a client accepts (`Accept-Encoding`, with its q-values), in the order we prefer. */
export function acceptedEncodings(header: string | null): Encoding[] {
  const q = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.toLowerCase().split(';');
    const token = name!.trim();
    if (!token) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = weight ? Number(weight.slice(2)) : 1;
    q.set(token, Number.isFinite(value) ? value : 0);
  }
  const accepts = (name: string) => (q.get(name) ?? q.get('*') ?? 0) > 0;
  return [...(['br', 'gzip'] as const).filter(accepts), 'identity'];
}

const compress: Record<Exclude<Encoding, 'identity'>, (body: Uint8Array) => Buffer> = {
  // Quality 5: within 3 % of quality 9's size on the graph's JSON, in a quarter of the time.
  br: (body) =>
    zlib.brotliCompressSync(body, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
    }),
  gzip: (body) => zlib.gzipSync(body, { level: 9 }),
};

/** Set by our server on every request it hands to Next (whatever a client sent under that name). */
export const PRECOMPRESSED_OK = 'x-filrouge-precompressed-ok';
/** Set by a route on a body it compressed itself: the `Content-Encoding` our server writes. */
export const PRECOMPRESSED_ENCODING = 'x-filrouge-content-encoding';

export class SharedBody {
  private readonly forms = new Map<Encoding, Uint8Array<ArrayBuffer>>();

  constructor(readonly body: Uint8Array<ArrayBuffer>) {
    this.forms.set('identity', body);
  }

  /** The body in the first encoding the client accepts, compressed now if nobody asked for it before. */
  encodedFor(acceptEncoding: string | null): { encoding: Encoding; bytes: Uint8Array<ArrayBuffer> } {
    const encoding = acceptedEncodings(acceptEncoding)[0]!;
    return { encoding, bytes: this.bytes(encoding) };
  }

  /** What a route answers `request` with: compressed by us when our server carries it, else as it is. */
  forRequest(request: Request): { bytes: Uint8Array<ArrayBuffer>; headers: Record<string, string> } {
    if (request.headers.get(PRECOMPRESSED_OK) !== '1') return { bytes: this.body, headers: {} };
    const { encoding, bytes } = this.encodedFor(request.headers.get('accept-encoding'));
    return { bytes, headers: encoding === 'identity' ? {} : { [PRECOMPRESSED_ENCODING]: encoding } };
  }

  private bytes(encoding: Encoding): Uint8Array<ArrayBuffer> {
    let bytes = this.forms.get(encoding);
    if (!bytes) {
      const made = compress[encoding as Exclude<Encoding, 'identity'>](this.body);
      bytes = new Uint8Array(made.buffer, made.byteOffset, made.byteLength) as Uint8Array<ArrayBuffer>;
      this.forms.set(encoding, bytes);
    }
    return bytes;
  }
}
