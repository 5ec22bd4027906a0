// No zod here: the admin card (a client component) imports these.

/** Longest lifetime of a personal access token, in days (one year). */
export const TOKEN_MAX_DAYS = 365;
/** The validities offered when creating a token. */
export const TOKEN_DAY_CHOICES = [7, 30, 90, 365] as const;

/** One token as the admin card shows it (dates already written in the person's language). */
export type ApiTokenRow = {
  id: string;
  name: string;
  prefix: string;
  created: string;
  expires: string;
  lastUsed: string | null;
  state: 'active' | 'expired' | 'revoked';
};
