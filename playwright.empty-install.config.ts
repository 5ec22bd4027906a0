import path from 'node:path';
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The first day of an installation without the demo (issue 17): its own server on the next port,
 * its own empty database (FILROUGE_DEMO=0), and only the specs under e2e/empty-install. Run after
 * the main suite by `npm run test:e2e`; one server at a time keeps the shared machine light.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210) + 1;
const BASE_URL = `http://localhost:${PORT}`;
const runDir = process.env.FILROUGE_E2E_RUN_DIR!;
const server = Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!;
// Workers are not reached one by one here (that is e2e/collab-workers.spec.ts, in the main suite).
const { FILROUGE_WORKER_PORTS: _pinnedPorts, ...serverEnv } = server.env ?? {};

export default defineConfig({
  ...base,
  testDir: './e2e/empty-install',
  testIgnore: [],
  use: { ...base.use, baseURL: BASE_URL },
  webServer: {
    ...server,
    url: `${BASE_URL}/setup`,
    env: {
      ...serverEnv,
      PORT: String(PORT),
      DATABASE_PATH: path.join(runDir, 'empty-install.db'),
      NEXTAUTH_URL: BASE_URL,
      FILROUGE_DEMO: '0',
    },
  },
});
