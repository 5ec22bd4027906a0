import { z } from 'zod';
import { CONTRIBUTION_KINDS, EXCHANGE_KINDS, PARTNERSHIP_SIDES, TRANSLATABLE_TARGETS } from '@/db/schema/partnerships';
import { Email } from '@/lib/auth/schemas';
import { optionalText } from '@/lib/external-actions/fields';

// Messages are keys under `partnerships.validation`, then the app-wide `validation` namespace.

const Id = z.string().min(1).max(64);

/** The languages a section can be translated into (the study's partner countries speak these). */
export const TRANSLATION_LANGUAGES = ['fr', 'en', 'es', 'pt', 'de', 'it', 'ar'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** The language an entry is written in; an older client that does not say is taken as French (the original). */
const WrittenIn = z.enum(TRANSLATION_LANGUAGES, { message: 'choose' }).default('fr');

const requiredText = (min: number, max: number, message: string) => z.string({ message }).trim().min(min, { message }).max(max, { message });

export const CreatePartnershipInput = z.object({
  actorId: Id.refine(Boolean, { message: 'partnershipActorRequired' }),
  title: requiredText(3, 160, 'partnershipTitleLength'),
});
export type CreatePartnershipInput = z.infer<typeof CreatePartnershipInput>;

export const PartnershipRef = z.object({ partnershipId: Id });

export const RenamePartnershipInput = z.object({ partnershipId: Id, title: requiredText(3, 160, 'partnershipTitleLength') });
export type RenamePartnershipInput = z.infer<typeof RenamePartnershipInput>;

export const InvitePartnerInput = z.object({ partnershipId: Id, email: Email });
export type InvitePartnerInput = z.infer<typeof InvitePartnerInput>;

export const ShareSectionInput = z.object({ partnershipId: Id, sectionId: Id, shared: z.boolean() });
export type ShareSectionInput = z.infer<typeof ShareSectionInput>;

export const ContributionInput = z.object({
  partnershipId: Id,
  side: z.enum(PARTNERSHIP_SIDES, { message: 'choose' }),
  kind: z.enum(CONTRIBUTION_KINDS, { message: 'choose' }),
  text: requiredText(3, 600, 'partnershipContributionLength'),
  language: WrittenIn,
});
/** What the query takes: the language may be left out (the original's). */
export type ContributionInput = z.input<typeof ContributionInput>;

/** Rewrites a reciprocity entry (brings, expects, observed): its translations then show as out of date. */
export const UpdateContributionInput = z.object({
  entryId: Id,
  text: requiredText(3, 600, 'partnershipContributionLength'),
  language: WrittenIn,
});
export type UpdateContributionInput = z.input<typeof UpdateContributionInput>;

export const ContactInput = z.object({
  partnershipId: Id,
  side: z.enum(PARTNERSHIP_SIDES, { message: 'choose' }),
  name: requiredText(2, 120, 'partnershipContactName'),
  role: optionalText(160),
  email: z
    .string()
    .trim()
    .max(254, { message: 'partnershipContactEmail' })
    .optional()
    .nullable()
    .transform((v) => (v ? v.toLowerCase() : null))
    .refine((v) => v === null || z.email().safeParse(v).success, { message: 'partnershipContactEmail' }),
});
export type ContactInput = z.infer<typeof ContactInput>;

/** A calendar date (YYYY-MM-DD). */
const ExchangeDate = z
  .string({ message: 'partnershipDate' })
  .trim()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), { message: 'partnershipDate' });

export const ExchangeInput = z.object({
  partnershipId: Id,
  date: ExchangeDate,
  kind: z.enum(EXCHANGE_KINDS, { message: 'choose' }),
  summary: requiredText(3, 1000, 'partnershipEntryLength'),
  language: WrittenIn,
});
export type ExchangeInput = z.input<typeof ExchangeInput>;

/** Removes one entry (contribution, contact or exchange) of a partnership. */
export const EntryRef = z.object({ entryId: Id });

export const CommentInput = z.object({
  partnershipId: Id,
  /** `page`, or the id of a section shared with the partnership. */
  target: Id,
  parentId: Id.optional()
    .nullable()
    .transform((v) => v ?? null),
  body: requiredText(1, 2000, 'partnershipCommentLength'),
});
export type CommentInput = z.infer<typeof CommentInput>;

export const TranslationInput = z.object({
  sectionId: Id,
  language: z.enum(TRANSLATION_LANGUAGES, { message: 'choose' }),
});
export type TranslationInput = z.infer<typeof TranslationInput>;

/**
 * A translation of a text of a partnership's space into one language (saved again, it replaces the
 * previous one and follows the original as it is now). `targetId` is the entry's or the joint
 * action's id; for the joint objectives, the partnership's.
 */
export const EntryTranslationInput = z.object({
  partnershipId: Id,
  targetType: z.enum(TRANSLATABLE_TARGETS, { message: 'choose' }),
  targetId: Id,
  language: z.enum(TRANSLATION_LANGUAGES, { message: 'choose' }),
  text: requiredText(1, 8000, 'partnershipTranslationLength'),
});
export type EntryTranslationInput = z.infer<typeof EntryTranslationInput>;

export const CoordinationConsentInput = z.object({ optedIn: z.boolean() });
export type CoordinationConsentInput = z.infer<typeof CoordinationConsentInput>;
