import fs from 'node:fs';
import path from 'node:path';

/** A run folder none of whose files changed for this long belongs to a finished run. */
const STALE_MS = 30 * 60_000;

function lastChange(dir: string): number {
  let latest = fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir)) {
    latest = Math.max(latest, fs.statSync(path.join(dir, entry)).mtimeMs);
  }
  return latest;
}

/**
 * Removes the databases of earlier runs from `.tmp/e2e`. This run's folder (chosen in
 * playwright.config.ts) is kept, and so is any folder still in use: another run of the suite in
 * the same checkout (on another E2E_PORT) keeps writing to its database.
 */
export default function globalSetup() {
  const current = process.env.FILROUGE_E2E_RUN_DIR;
  const root = path.join(process.cwd(), '.tmp', 'e2e');
  if (!fs.existsSync(root)) return;
  for (const entry of fs.readdirSync(root)) {
    const dir = path.join(root, entry);
    if (current && path.resolve(dir) === path.resolve(current)) continue;
    try {
      if (Date.now() - lastChange(dir) > STALE_MS) fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // Removed meanwhile by another run: nothing to do.
    }
  }
}
