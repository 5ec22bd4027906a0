import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// No `server-only` here: the collaboration server decodes session cookies with the same secret.
// Re-exported by lib/env.ts.

/**
 * The secret that signs session tokens. Taken from NEXTAUTH_SECRET, or generated once and kept
 * beside the database so that a fresh clone runs without configuration and sessions survive a restart.
 */
export function authSecret(): string {
  const configured = process.env.NEXTAUTH_SECRET;
  if (configured && configured.length >= 16) return configured;
  const file = path.join(path.dirname(path.resolve(process.env.DATABASE_PATH ?? './data/filrouge.db')), '.auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
