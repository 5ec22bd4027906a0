import { z } from 'zod';

/** A member of the caller's workspace, for an admin's personal-data export or erasure. */
export const MemberPersonRef = z.object({ userId: z.string().uuid({ message: 'invalid' }) });
export type MemberPersonRef = z.infer<typeof MemberPersonRef>;

/** The person confirms their own erasure by typing their email address. */
export const EraseOwnAccountInput = z.object({ confirmEmail: z.string().trim().toLowerCase().max(320) });
