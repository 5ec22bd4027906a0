// No zod here: the admin card (a client component) imports these.

/** Longest lifetime of a personal access token, in days (one year). */
export const TOKEN_MAX_DAYS = 365;
/** The validities offered when creating a token. */
export const TOKEN_DAY_CHOICES = [7, 30, 90, 365] as const;
