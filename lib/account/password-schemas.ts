import { z } from 'zod';
import { Email, Password } from '@/lib/auth/schemas';

/** Change of one's own password: the current one, then the new one twice. */
export const ChangePasswordInput = z
  .object({ current: z.string().min(1, { message: 'passwordCurrentRequired' }).max(200), password: Password, confirm: z.string().max(200) })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'passwordMismatch' });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** "Forgot your password?" (only when email is set up). */
export const RequestPasswordResetInput = z.object({ email: Email });

/** A new password through a one-time reset link (the token is the credential). */
export const ResetPasswordInput = z
  .object({ token: z.string().min(20).max(200), password: Password, confirm: z.string().max(200) })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'passwordMismatch' });
export type ResetPasswordInput = z.infer<typeof ResetPasswordInput>;

/** An admin acts on one member's account (end their sessions, generate a reset link). */
export const MemberAccountRef = z.object({ userId: z.string().min(1).max(64) });

/** "Sign out everywhere" is confirmed explicitly (a call without it changes nothing). */
export const SignOutEverywhereInput = z.object({ confirm: z.literal(true) });
