import http from 'node:http';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressResponses } from './compression';
import { PRECOMPRESSED_ENCODING, PRECOMPRESSED_OK, SharedBody } from './shared-body';

describe('compressResponses', () => {
  it("marks the request, whatever the client sent, and writes the route's encoding as Content-Encoding", () => {
    const request = new http.IncomingMessage(null as never);
    request.headers[PRECOMPRESSED_OK] = 'forged';
    const response = new http.ServerResponse(request);
    compressResponses(request, response);
    expect(request.headers[PRECOMPRESSED_OK]).toBe('1');
    response.appendHeader(PRECOMPRESSED_ENCODING, 'br');
    response.setHeader('X-Other', 'kept');
    expect(response.getHeader('content-encoding')).toBe('br');
    expect(response.getHeader(PRECOMPRESSED_ENCODING)).toBeUndefined();
    expect(response.getHeader('x-other')).toBe('kept');
  });
});

describe('compressResponses, on a real server', () => {
  const page = '<!doctype html><main>' + 'Une stratégie internationale ancrée dans le territoire. '.repeat(400) + '</main>';
  const json = new SharedBody(new TextEncoder().encode(JSON.stringify({ actors: Array.from({ length: 300 }, (_, i) => `acteur ${i}`) })));

  async function withServer(
    run: (get: (path: string, acceptEncoding?: string) => Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>) => Promise<void>,
  ) {
    const server = http.createServer((request, response) => {
      compressResponses(request, response);
      if (request.url === '/shared') {
        // What a route handler does with a shared body, as Next hands its headers over.
        const answer = json.forRequest(new Request('http://x/', { headers: request.headers as Record<string, string> }));
        for (const [name, value] of Object.entries(answer.headers)) response.appendHeader(name, value);
        response.setHeader('Content-Type', 'application/json');
        response.end(answer.bytes);
        return;
      }
      // A streamed page: Next flushes after each chunk.
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.write(page.slice(0, 5000));
      (response as unknown as { flush: () => void }).flush();
      response.end(page.slice(5000));
    });
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const port = (server.address() as { port: number }).port;
    const get = (path: string, acceptEncoding?: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        http
          .get({ port, path, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
          })
          .on('error', reject);
      });
    try {
      await run(get);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('sends pages in brotli to a browser, gzip to a client that takes only gzip, as they are to the others', async () => {
    await withServer(async (get) => {
      const browser = await get('/page', 'gzip, deflate, br, zstd');
      expect(browser.headers['content-encoding']).toBe('br');
      expect(browser.headers.vary).toMatch(/Accept-Encoding/);
      expect(browser.body.byteLength).toBeLessThan(Buffer.byteLength(page) / 10);
      expect(zlib.brotliDecompressSync(browser.body).toString('utf8')).toBe(page);
      const gzip = await get('/page', 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(zlib.gunzipSync(gzip.body).toString('utf8')).toBe(page);
      const plain = await get('/page');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString('utf8')).toBe(page);
    });
  });

  it('passes a body compressed once as it is, under its own Content-Encoding', async () => {
    await withServer(async (get) => {
      const shared = await get('/shared', 'gzip, deflate, br, zstd');
      expect(shared.headers['content-encoding']).toBe('br');
      expect(shared.headers[PRECOMPRESSED_ENCODING]).toBeUndefined();
      expect(shared.body.equals(Buffer.from(json.encodedFor('br').bytes))).toBe(true);
      expect(zlib.brotliDecompressSync(shared.body).equals(Buffer.from(json.body))).toBe(true);
    });
  });
});
