import 'server-only';
import { z } from 'zod';

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

/** The secret that signs session tokens (shared with the collaboration server, hence its own module). */
export { authSecret } from '@/lib/auth/secret';
