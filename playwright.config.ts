import { defineConfig, devices } from '@playwright/test';
import path from 'node:path';
import { oidcE2eSettings } from './e2e/oidc-provider';
import { CHROMIUM_ARGS, systemChromium } from './lib/http/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3210);
/**
 * The server's worker processes: two, whatever the machine, as `npm start` runs on two cores.
 * `E2E_SERVER_WORKERS=1 npx playwright test` runs the whole suite on one process instead (then the
 * spec that holds two browsers to two workers has nothing to hold them to and is left out).
 */
const SERVER_WORKERS = process.env.E2E_SERVER_WORKERS ?? '2';
const BASE_URL = `http://localhost:${PORT}`;
/** The local OpenID Connect provider that e2e/oidc.spec.ts starts (it listens only during that spec). */
const OIDC = oidcE2eSettings(PORT);

/**
 * Each run serves a fresh SQLite file, which the server migrates and seeds with the demo on start
 * (instrumentation.ts). The path is chosen once, in the main process, and inherited by the workers
 * through the environment so every process agrees. global-setup.ts removes older runs' folders.
 */
process.env.FILROUGE_E2E_RUN_DIR ??= path.join(process.cwd(), '.tmp', 'e2e', `run-${Date.now()}-${process.pid}`);
const runDir = process.env.FILROUGE_E2E_RUN_DIR;

/** Debian's Chromium when installed (CI installs it); otherwise Playwright's own browser. */
const executablePath = systemChromium();

export default defineConfig({
  testDir: './e2e',
  // The empty installation's first day runs on its own server: playwright.empty-install.config.ts.
  testIgnore: ['**/empty-install/**', ...(SERVER_WORKERS === '1' ? ['**/collab-workers.spec.ts'] : [])],
  globalSetup: './e2e/global-setup.ts',
  // One worker: the machine has two cores and the tests share one database.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 7_500 },
  reporter: 'list',
  outputDir: './test-results',
  use: {
    baseURL: BASE_URL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: executablePath ? CHROMIUM_ARGS : [],
        },
      },
    },
  ],
  // The production build made by `npm run build` (npm test builds before Playwright): never build here.
  webServer: {
    // Next.js and the collaboration server on one port, as `npm start` serves them.
    command: 'node --import tsx scripts/server.ts',
    url: `${BASE_URL}/sign-in`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATABASE_PATH: path.join(runDir, 'filrouge.db'),
      NEXTAUTH_URL: BASE_URL,
      // Each worker also alone on PORT + 30 + its number, for e2e/collab-workers.spec.ts.
      // playwright.one-process.config.ts runs the co-writing specs again with one process.
      FILROUGE_WORKERS: SERVER_WORKERS,
      FILROUGE_WORKER_PORTS: String(PORT + 30),
      NEXTAUTH_SECRET: 'e2e-only-secret-not-used-anywhere-else',
      FILROUGE_DEMO: '1',
      NEXT_TELEMETRY_DISABLED: '1',
      SMTP_URL: '',
      // The tests stand in for a reverse proxy: they set X-Forwarded-For (each rate-limit test its own
      // address) and X-Forwarded-Proto (HSTS). Without it the server uses the socket's address.
      TRUST_PROXY: '1',
      OIDC_ISSUER: OIDC.issuer,
      OIDC_CLIENT_ID: OIDC.clientId,
      OIDC_CLIENT_SECRET: OIDC.clientSecret,
      OIDC_NAME: OIDC.name,
    },
  },
});
