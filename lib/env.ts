import 'server-only';
import { z } from 'zod';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const EnvSchema = z.object({
  DATABASE_PATH: z.string().default('./data/filrouge.db'),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  FILROUGE_DEMO: z.enum(['0', '1']).default('1'),
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('Fil rouge <no-reply@filrouge.local>'),
  SESSION_MAX_AGE_HOURS: z.coerce.number().int().positive().default(8),
});

/** Validated environment; read once per process. */
export const env = EnvSchema.parse(process.env);

/**
 * The secret that signs session tokens. Taken from NEXTAUTH_SECRET, or generated once and kept
 * beside the database so that a fresh clone runs without configuration and sessions survive a restart.
 */
export function authSecret(): string {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;
  const file = path.join(path.dirname(path.resolve(env.DATABASE_PATH)), '.auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
