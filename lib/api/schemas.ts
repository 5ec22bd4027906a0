import { z } from 'zod';

import { TOKEN_MAX_DAYS } from './token-options';

export const CreateApiTokenInput = z.object({
  name: z.string().trim().min(1, 'nameRequired').max(80, 'tooLong'),
  days: z.coerce.number('tokenDays').int('tokenDays').min(1, 'tokenDays').max(TOKEN_MAX_DAYS, 'tokenDays'),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

export const ApiTokenRef = z.object({ id: z.string().min(1).max(64) });
