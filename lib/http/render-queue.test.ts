import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { rendersPage, renderQueue } from './render-queue';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A real HTTP server whose "render" takes `ms` and records what ran when. */
async function startServer(limit: number, ms: number, stuckMs?: number) {
  const started: string[] = [];
  let active = 0;
  let most = 0;
  const serve = (request: http.IncomingMessage, response: http.ServerResponse) => {
    started.push(request.url!);
    active++;
    most = Math.max(most, active);
    if (request.url === '/never') return; // a render that never answers
    setTimeout(() => {
      active--;
      response.end(request.url);
    }, ms);
  };
  const queue = renderQueue(limit, serve, stuckMs);
  const server = http.createServer((request, response) => void (rendersPage(request) ? queue(request, response) : serve(request, response)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { base, started, most: () => most };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});

/** Sends requests one after the other (so they arrive in this order), without waiting for answers. */
async function send(base: string, paths: string[]) {
  const answers: Promise<string>[] = [];
  for (const p of paths) {
    answers.push(fetch(base + p).then((r) => r.text()));
    await sleep(15);
  }
  return Promise.all(answers);
}

describe('render queue', () => {
  it('tells page renders from APIs, server actions and Next files', () => {
    expect(rendersPage({ method: 'GET', url: '/region/actors?family=external' })).toBe(true);
    expect(rendersPage({ method: 'HEAD', url: '/' })).toBe(true);
    expect(rendersPage({ method: 'POST', url: '/region/actors' })).toBe(false);
    expect(rendersPage({ method: 'GET', url: '/api/workspaces/region/document/export' })).toBe(false);
    expect(rendersPage({ method: 'GET', url: '/_next/static/chunks/a.js' })).toBe(false);
  });

  it('renders pages two at a time, in the order they came, and every one is answered', async () => {
    const { base, started, most } = await startServer(2, 40);
    const paths = ['/p1', '/p2', '/p3', '/p4', '/p5', '/p6'];
    expect(await send(base, paths)).toEqual(paths);
    expect(started).toEqual(paths);
    expect(most()).toBe(2);
  });

  it('does not queue APIs behind pages', async () => {
    const { base, started } = await startServer(1, 150);
    const pages = send(base, ['/p1', '/p2', '/p3']);
    await sleep(20);
    await fetch(`${base}/api/ping`).then((r) => r.text());
    await pages;
    // The API started while the first page was still rendering, before the others.
    expect(started.indexOf('/api/ping')).toBe(1);
  });

  it('skips a page whose client left while it waited', async () => {
    const { base, started } = await startServer(1, 80);
    const first = fetch(`${base}/p1`).then((r) => r.text());
    await sleep(10);
    const leaving = new AbortController();
    const gone = fetch(`${base}/gone`, { signal: leaving.signal }).catch(() => 'aborted');
    await sleep(10);
    leaving.abort();
    expect(await gone).toBe('aborted');
    expect(await first).toBe('/p1');
    expect(await fetch(`${base}/p3`).then((r) => r.text())).toBe('/p3');
    expect(started).toEqual(['/p1', '/p3']);
  });

  it('gives up the turn of a render that never ends', async () => {
    const { base, started } = await startServer(1, 10, 100);
    const never = new AbortController();
    void fetch(`${base}/never`, { signal: never.signal }).catch(() => undefined);
    await sleep(10);
    expect(await fetch(`${base}/after`).then((r) => r.text())).toBe('/after');
    expect(started).toEqual(['/never', '/after']);
    never.abort();
  });
});
