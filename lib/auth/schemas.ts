import { z } from 'zod';

export const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());
export const Password = z.string().min(12, { message: 'passwordTooShort' }).max(200);

export const SignInInput = z.object({
  email: Email,
  password: z.string().min(1).max(200),
});
export type SignInInput = z.infer<typeof SignInInput>;
