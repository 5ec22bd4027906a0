import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { rendersPage, renderQueue } from './render-queue';

/**
 * Waits until `condition` holds. Every step of these tests waits for an event the server recorded
 * (a request arrived, a render started, a socket closed) rather than for a guessed delay, so the
 * order does not depend on how busy the machine is.
 */
async function until(condition: () => boolean, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/**
 * A real HTTP server whose page "renders" last until the test ends them with `finish`; APIs answer
 * at once. It records when each request arrived, when its render started and when its socket closed.
 */
async function startServer(limit: number, stuckMs?: number) {
  const arrived: string[] = [];
  const started: string[] = [];
  const closed: string[] = [];
  const rendering = new Map<string, () => void>();
  let most = 0;
  const serve = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = request.url!;
    started.push(url);
    if (!rendersPage(request)) return void response.end(url);
    rendering.set(url, () => {
      rendering.delete(url);
      response.end(url);
    });
    most = Math.max(most, rendering.size);
  };
  const queue = renderQueue(limit, serve, stuckMs);
  const server = http.createServer((request, response) => {
    arrived.push(request.url!);
    request.socket.once('close', () => closed.push(request.url!));
    void (rendersPage(request) ? queue(request, response) : serve(request, response));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  /**
   * Sends a GET and waits until the server has received it, so requests arrive in the order sent;
   * resolves to `{ answer }` (wrapped, or awaiting `send` would wait for the answer itself).
   */
  const send = async (path: string, signal?: AbortSignal) => {
    const count = arrived.filter((p) => p === path).length;
    const answer = fetch(base + path, { signal }).then((r) => r.text());
    answer.catch(() => undefined);
    await until(() => arrived.filter((p) => p === path).length > count, `${path} to arrive`);
    return { answer };
  };
  /** Ends the renders in progress, in the order they started. */
  const finish = () => {
    const now = started.filter((p) => rendering.has(p));
    for (const p of now) rendering.get(p)?.();
    return now;
  };
  return { base, send, finish, started, closed, rendering, most: () => most };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

describe('render queue', () => {
  it('tells page renders from APIs, server actions and Next files', () => {
    expect(rendersPage({ method: 'GET', url: '/region/actors?family=external' })).toBe(true);
    expect(rendersPage({ method: 'HEAD', url: '/' })).toBe(true);
    expect(rendersPage({ method: 'POST', url: '/region/actors' })).toBe(false);
    expect(rendersPage({ method: 'GET', url: '/api/workspaces/region/document/export' })).toBe(false);
    expect(rendersPage({ method: 'GET', url: '/_next/static/chunks/a.js' })).toBe(false);
    // The public PDF waits for the browser pool, never in a page's turn (issue 18).
    expect(rendersPage({ method: 'GET', url: '/p/region/pdf' })).toBe(false);
    expect(rendersPage({ method: 'GET', url: '/p/region/pdf?lang=en' })).toBe(false);
    expect(rendersPage({ method: 'GET', url: '/p/region' })).toBe(true);
    expect(rendersPage({ method: 'GET', url: '/p/region/pdfs' })).toBe(true);
  });

  it('renders pages two at a time, in the order they came, and every one is answered', async () => {
    const server = await startServer(2);
    const paths = ['/p1', '/p2', '/p3', '/p4', '/p5', '/p6'];
    const answers: Promise<string>[] = [];
    for (const p of paths) answers.push((await server.send(p)).answer);
    // All six are in; only the first two render.
    expect(server.started).toEqual(['/p1', '/p2']);
    const turns: string[][] = [];
    while (server.started.length < paths.length || server.rendering.size > 0) {
      const before = server.started.length;
      turns.push(server.finish());
      if (before < paths.length) await until(() => server.started.length > before, 'the next renders to start');
    }
    expect(turns).toEqual([
      ['/p1', '/p2'],
      ['/p3', '/p4'],
      ['/p5', '/p6'],
    ]);
    expect(await Promise.all(answers)).toEqual(paths);
    expect(server.started).toEqual(paths);
    expect(server.most()).toBe(2);
  });

  it('does not queue APIs behind pages', async () => {
    const server = await startServer(1);
    const pages = [(await server.send('/p1')).answer, (await server.send('/p2')).answer, (await server.send('/p3')).answer];
    expect(server.started).toEqual(['/p1']);
    // The API is answered while the first page still renders and two wait.
    expect(await (await server.send('/api/ping')).answer).toBe('/api/ping');
    expect(server.started).toEqual(['/p1', '/api/ping']);
    for (let i = 0; i < 3; i++) {
      const before = server.started.length;
      server.finish();
      if (i < 2) await until(() => server.started.length > before, 'the next page to start');
    }
    expect(await Promise.all(pages)).toEqual(['/p1', '/p2', '/p3']);
  });

  it('skips a page whose client left while it waited', async () => {
    const server = await startServer(1);
    const first = (await server.send('/p1')).answer;
    const leaving = new AbortController();
    const gone = (await server.send('/gone', leaving.signal)).answer.catch(() => 'aborted');
    leaving.abort();
    expect(await gone).toBe('aborted');
    await until(() => server.closed.includes('/gone'), 'the server to see /gone closed');
    server.finish();
    expect(await first).toBe('/p1');
    const third = (await server.send('/p3')).answer;
    await until(() => server.rendering.has('/p3'), '/p3 to start');
    server.finish();
    expect(await third).toBe('/p3');
    expect(server.started).toEqual(['/p1', '/p3']);
  });

  it('gives up the turn of a render that never ends', async () => {
    const server = await startServer(1, 100);
    const never = new AbortController();
    await server.send('/never', never.signal);
    const after = (await server.send('/after')).answer;
    expect(server.started).toEqual(['/never']);
    // /never is never finished: /after starts once its turn is given up.
    await until(() => server.rendering.has('/after'), '/after to start after the stuck render');
    server.rendering.get('/after')!();
    expect(await after).toBe('/after');
    expect(server.started).toEqual(['/never', '/after']);
    never.abort();
  });
});
