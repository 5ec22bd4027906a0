import fs from 'node:fs';

// No `server-only`: Playwright's configuration and the bench read these too.

/** Debian's Chromium (installed by .ci/run). */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium when installed, else undefined (then Playwright's own build is used). */
export function systemChromium(): string | undefined {
  return fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/**
 * How Debian's Chromium is launched headless in a container: no sandbox (no user namespaces), no GPU,
 * /tmp rather than a small /dev/shm, and nothing fetched from the network in the background.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
