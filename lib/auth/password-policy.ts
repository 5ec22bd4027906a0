import 'server-only';
import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The most common passwords (about 49,000, from leaked password lists), as maintained by the
 * zxcvbn-ts project (@zxcvbn-ts/language-common, MIT). Lower-cased once.
 */
const COMMON = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));

/**
 * True when a new password is one of the most common ones, or one of them with digits and symbols
 * only around it ("dragon123456", "!!motdepasse2024"): the first guesses of every attack.
 * Length (at least 12) is checked by the zod schema (lib/auth/schemas.ts `Password`).
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON.has(lower)) return true;
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  return core.length > 0 && core !== lower && COMMON.has(core);
}

/** Field errors for a new password that is too common (message key of messages/*.json `validation`), or null. */
export function commonPasswordErrors(password: string): Record<string, string> | null {
  return isCommonPassword(password) ? { password: 'passwordCommon' } : null;
}
