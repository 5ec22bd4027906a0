import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The co-writing specs again, against a server of one process (FILROUGE_WORKERS=1: pages, actions
 * and the collaboration server together, as a small installation may run it). Its own port and a
 * fresh demo database (each `playwright test` run chooses its own run folder in playwright.config.ts).
 * The main suite runs two workers; `npm run test:e2e` runs this one after it.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210) + 2;
const BASE_URL = `http://localhost:${PORT}`;
const server = Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!;
const { FILROUGE_WORKER_PORTS: _pinnedPorts, ...env } = server.env ?? {};

export default defineConfig({
  ...base,
  testMatch: ['document.spec.ts', 'collab-weak-links.spec.ts'],
  use: { ...base.use, baseURL: BASE_URL },
  webServer: {
    ...server,
    url: `${BASE_URL}/sign-in`,
    env: { ...env, PORT: String(PORT), NEXTAUTH_URL: BASE_URL, FILROUGE_WORKERS: '1' },
  },
});
