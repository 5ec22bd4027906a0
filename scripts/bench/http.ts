/**
 * HTTP side of the benchmark: the production server on the large database, a session signed in
 * through next-auth's credentials endpoint, autocannon runs, SQL statements per request and the
 * document exports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';

const require = createRequire(import.meta.url);

type Histogram = { average: number; mean: number; p50: number; p99: number; max: number };
type AutocannonResult = { requests: Histogram; latency: Histogram; non2xx: number; errors: number; timeouts: number; '2xx': number };
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<AutocannonResult>;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * What Chromium sends: every request of the bench asks for a compressed answer, as a browser does
 * (our server compresses pages on each request, lib/http/compression.ts; the graph's JSON is sent
 * as compressed once).
 * Until the evening of 5 December 2026 the load asked for none, and measured neither cost.
 */
export const BROWSER_ACCEPT_ENCODING = 'gzip, deflate, br, zstd';

export type Server = { base: string; process: ChildProcess; stop: () => Promise<void> };

/** Starts the server as `npm start` does (scripts/start.mjs: Next + collaboration) on `database`, counting SQL statements. */
export async function startServer(root: string, database: string, port: number, extraEnv: Record<string, string> = {}): Promise<Server> {
  const base = `http://localhost:${port}`;
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'start.mjs')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_PATH: database,
      NEXTAUTH_URL: base,
      NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-only-secret-not-used-anywhere-else',
      FILROUGE_DEMO: '0',
      FILROUGE_SQL_COUNT: '1',
      FILROUGE_BENCH: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      SMTP_URL: '',
      ...extraEnv,
    },
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${base}/sign-in`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`server not ready after 90 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 8000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  return { base, process: child, stop };
}

function cookiesFrom(response: Response, jar: Map<string, string>) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const eq = pair!.indexOf('=');
    jar.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1));
  }
}

const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** Signs in with next-auth's credentials provider over HTTP and returns the Cookie header. */
export async function signIn(base: string, email: string, password: string): Promise<{ cookie: string; cookies: { name: string; value: string }[] }> {
  const jar = new Map<string, string>();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookiesFrom(csrf, jar);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookieHeader(jar), Origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true', callbackUrl: `${base}/` }).toString(),
  });
  cookiesFrom(response, jar);
  if (![...jar.keys()].some((k) => k.includes('session-token'))) throw new Error(`sign-in failed (${response.status}): ${await response.text()}`);
  return { cookie: cookieHeader(jar), cookies: [...jar].map(([name, value]) => ({ name, value })) };
}

export async function get(base: string, route: string, cookie: string) {
  const response = await fetch(base + route, { headers: { Cookie: cookie, 'Accept-Encoding': BROWSER_ACCEPT_ENCODING }, redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes: body.byteLength, body, headers: response.headers };
}

/** CPU time (ms, user + system) used so far by a process and every process below it (Linux /proc; 100 ticks a second). */
export function processTreeCpuMs(rootPid: number): number {
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      children.set(Number(fields[1]), [...(children.get(Number(fields[1])) ?? []), Number(entry)]);
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const visit = (pid: number) => {
    total += ticks.get(pid) ?? 0;
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return total * 10;
}

export type Alone = { p50: number; cpuMs: number; requests: number };

/**
 * One request at a time for `seconds`, after a second of warm-up: the median time of a request,
 * from sending to the last byte of its body, to a tenth of a millisecond (autocannon counts whole
 * milliseconds: at 1–4 ms a growth was mostly rounding), and the server's CPU time per request
 * (every process of the server, from /proc) — its cost, which other programs running on the machine
 * stretch much less than they stretch its latency.
 */
export async function alone(base: string, route: string, cookie: string, serverPid: number, seconds = 3): Promise<Alone> {
  const times: number[] = [];
  let cpuBefore = 0;
  for (const [phase, ms] of [
    ['warm-up', 1000],
    ['measure', seconds * 1000],
  ] as const) {
    if (phase === 'measure') cpuBefore = processTreeCpuMs(serverPid);
    const end = performance.now() + ms;
    while (performance.now() < end) {
      const started = performance.now();
      const response = await fetch(base + route, { headers: { Cookie: cookie, 'Accept-Encoding': BROWSER_ACCEPT_ENCODING }, redirect: 'manual' });
      await response.arrayBuffer();
      if (phase === 'measure') times.push(performance.now() - started);
    }
  }
  const cpuMs = (processTreeCpuMs(serverPid) - cpuBefore) / times.length;
  times.sort((a, b) => a - b);
  return { p50: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10, cpuMs: Math.round(cpuMs * 100) / 100, requests: times.length };
}

/** SQL statements run while serving one request, alone on the server (median of three). */
export async function sqlPerRequest(base: string, route: string, cookie: string): Promise<number> {
  const counts: number[] = [];
  const read = async () => ((await (await fetch(`${base}/__bench/sql-count`)).json()) as { count: number }).count;
  for (let i = 0; i < 3; i++) {
    const before = await read();
    await get(base, route, cookie);
    counts.push((await read()) - before);
  }
  return counts.sort((a, b) => a - b)[1]!;
}

export type LoadResult = { rps: number; p50: number; p99: number; max: number; requests: number; non2xx: number; errors: number };

/** autocannon at `connections` for `seconds`, after a short warm-up. */
export async function load(base: string, route: string, cookie: string, connections: number, seconds: number): Promise<LoadResult> {
  const options = { url: base + route, connections, headers: { cookie, 'accept-encoding': BROWSER_ACCEPT_ENCODING }, timeout: 30 };
  await autocannon({ ...options, duration: 2 });
  const r = await autocannon({ ...options, duration: seconds });
  return {
    rps: Math.round(r.requests.average * 10) / 10,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    requests: r['2xx'] + r.non2xx,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

/** Time to export the current document (median of `runs`, after one warm-up). */
export async function exportTime(base: string, slug: string, format: 'docx' | 'pdf', cookie: string, runs = 3) {
  const route = `/api/workspaces/${slug}/document/export?format=${format}&lang=fr`;
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i <= runs; i++) {
    const started = performance.now();
    const response = await get(base, route, cookie);
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`${format} export answered ${response.status}`);
    bytes = response.bytes;
    if (i > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[Math.floor(times.length / 2)]!), max: Math.round(times[times.length - 1]!), bytes };
}

/** Resident memory (MB) of a process and every process below it (Linux /proc), keyed by pid and command. */
export function processTreeRss(rootPid: number): { pid: number; command: string; rssMb: number }[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const out: { pid: number; command: string; rssMb: number }[] = [];
  const visit = (pid: number) => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      const command = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(-1)[0] ?? '?';
      out.push({ pid, command: path.basename(command), rssMb: Math.round(rss / 1024) });
    } catch {
      return;
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return out;
}
