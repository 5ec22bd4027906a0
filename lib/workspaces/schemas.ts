import { z } from 'zod';
import { AUTHORITY_LEVELS, ROLES } from '@/db/schema/workspaces';
import { isCountryCode, isLanguageCode } from '@/lib/geo';
import { Email, Password } from '@/lib/auth/schemas';

/** Paths used by the app itself, which a workspace slug may not take. */
export const RESERVED_SLUGS = new Set([
  'api',
  'sign-in',
  'sign-out',
  'setup',
  'invite',
  'account',
  'workspaces',
  'new',
  'admin',
  '_next',
  'public',
  'static',
  'favicon.ico',
  'robots.txt',
  'forbidden',
  'q',
  'p',
  'forgot-password',
  'reset-password',
]);

export const Slug = z
  .string()
  .trim()
  .min(3, { message: 'slugFormat' })
  .max(48, { message: 'slugFormat' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'slugFormat' })
  .refine((s) => !RESERVED_SLUGS.has(s), { message: 'slugReserved' });

export const WorkspaceProfileInput = z.object({
  name: z.string().trim().min(2, { message: 'nameLength' }).max(160, { message: 'nameLength' }),
  level: z.enum(AUTHORITY_LEVELS),
  country: z.string().trim().toUpperCase().refine(isCountryCode, { message: 'countryCode' }),
  population: z.preprocess(
    (v) => (v === '' || v === undefined || v === null ? null : Number(v)),
    z
      .number({ message: 'populationRange' })
      .int({ message: 'populationRange' })
      .min(0, { message: 'populationRange' })
      .max(2_000_000_000, { message: 'populationRange' })
      .nullable(),
  ),
  languages: z
    .array(z.string().refine(isLanguageCode, { message: 'languageCode' }))
    .min(1, { message: 'languagesRequired' })
    .max(12)
    .transform((codes) => [...new Set(codes)]),
});
export type WorkspaceProfileInput = z.infer<typeof WorkspaceProfileInput>;

export const CreateWorkspaceInput = WorkspaceProfileInput.extend({ slug: Slug });
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceInput>;

export const Role = z.enum(ROLES);

export const InviteInput = z.object({ email: Email, role: Role });
export type InviteInput = z.infer<typeof InviteInput>;

export const UpdateRoleInput = z.object({ membershipId: z.string().min(1).max(64), role: Role });
export const MembershipRef = z.object({ membershipId: z.string().min(1).max(64) });
export const InvitationRef = z.object({ invitationId: z.string().min(1).max(64) });

export const PersonName = z.string().trim().min(1, { message: 'nameRequired' }).max(120);

export const AcceptInvitationInput = z
  .object({
    token: z.string().min(20).max(200),
    name: PersonName,
    password: Password,
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'passwordMismatch' });
export type AcceptInvitationInput = z.infer<typeof AcceptInvitationInput>;

/** First run with no demo: the first admin and their workspace. */
export const SetupInput = CreateWorkspaceInput.extend({
  adminName: PersonName,
  adminEmail: Email,
  password: Password,
  confirm: z.string(),
}).refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'passwordMismatch' });
export type SetupInput = z.infer<typeof SetupInput>;

export const AccountInput = z.object({ name: PersonName, locale: z.enum(['fr', 'en']) });
export const LocaleInput = z.enum(['fr', 'en']);
