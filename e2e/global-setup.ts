import fs from 'node:fs';
import path from 'node:path';

/**
 * Keeps `.tmp/e2e` to this run's folder only. The folder of this run (chosen in
 * playwright.config.ts) is left alone: the web server may already have created its database there.
 */
export default function globalSetup() {
  const current = process.env.FILROUGE_E2E_RUN_DIR;
  const root = path.join(process.cwd(), '.tmp', 'e2e');
  if (!fs.existsSync(root)) return;
  for (const entry of fs.readdirSync(root)) {
    const dir = path.join(root, entry);
    if (current && path.resolve(dir) === path.resolve(current)) continue;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
