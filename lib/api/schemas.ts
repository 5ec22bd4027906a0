import { z } from 'zod';

/** Longest lifetime of a personal access token, in days (one year). */
export const TOKEN_MAX_DAYS = 365;
export const TOKEN_DAY_CHOICES = [7, 30, 90, 365] as const;

export const CreateApiTokenInput = z.object({
  name: z.string().trim().min(1, 'required').max(80, 'tooLong'),
  days: z.coerce.number().int('invalid').min(1, 'invalid').max(TOKEN_MAX_DAYS, 'invalid'),
});
export type CreateApiTokenInput = z.infer<typeof CreateApiTokenInput>;

export const ApiTokenRef = z.object({ id: z.string().min(1).max(64) });
