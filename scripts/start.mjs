#!/usr/bin/env node
// `npm start`: builds when there is no production build yet, then serves it with scripts/server.ts
// (Next.js and the collaboration server on one port). Migrations and the demo seed run in
// instrumentation.ts when the server starts. Honours PORT and DATABASE_PATH.
import { existsSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

// NEXT_DIST_DIR: a build kept elsewhere than .next (next.config.mjs; scripts/bench/cpu-ab.ts).
if (!existsSync(path.join(root, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID'))) {
  console.log('[fil-rouge] no production build yet: running next build');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// One process: Node loads the TypeScript server through tsx's hooks. A young generation of 64 MB
// per half (16 MB by default): a page render allocates a few MB that die with it, and with the
// default they were promoted and swept by full collections (+5–15 % pages per second on the large
// workspace; README, Performance). npm run bench starts the server through this file too.
const env = { ...process.env, PORT: process.env.PORT ?? '3000', NODE_ENV: 'production' };
const server = spawn(process.execPath, ['--max-semi-space-size=64', '--import', 'tsx', path.join(root, 'scripts', 'server.ts')], {
  cwd: root,
  stdio: 'inherit',
  env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
