import { z } from 'zod';
import { isRealDay, optionalEmail, optionalPhone, optionalText, requiredText, optionalId } from '@/lib/zod-fields';
import { RELATION_TYPES } from '@/db/schema/actors';
import { isCountryCode } from '@/lib/geo';
import { CENSUS_CATEGORIES, CENSUS_FREQUENCIES, CENSUS_LINK_KINDS, CENSUS_MAX_LINKS, PARTNER_CATEGORIES, type CensusFrequency } from './options';

export {
  CENSUS_CATEGORIES,
  CENSUS_FREQUENCIES,
  CENSUS_LINK_KINDS,
  CENSUS_MAX_LINKS,
  CENSUS_MAX_PAYLOAD,
  PARTNER_CATEGORIES,
  type CensusFrequency,
} from './options';

const text = (min: number, max: number, tooShort: string) => requiredText(min, max, tooShort, 'tooLong');

/** A checkbox or switch: true, false or a form's spelling of them; anything else is refused, not read as false. */
const checkbox = z.preprocess(
  (v) => (v === true || v === 'true' || v === 'on' ? true : v === false || v === 'false' || v === '' || v === undefined || v === null ? false : v),
  z.boolean(),
);

/** Today's date in France, as YYYY-MM-DD: links close at the end of their closing day there. */
export function todayInFrance(now = new Date()) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export const CensusLinkInput = z.object({
  title: text(3, 160, 'censusTitleLength'),
  closesAt: z
    .string()
    .trim()
    .optional()
    .nullable()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isRealDay(v), { message: 'dateFormat' })
    .refine((v) => v === null || v >= todayInFrance(), { message: 'censusClosesInPast' }),
});
export type CensusLinkInput = z.infer<typeof CensusLinkInput>;
export type CensusLinkFormValues = z.input<typeof CensusLinkInput>;

export const CensusLinkRef = z.object({ id: z.string().min(1).max(64) });
export const SetCensusLinkOpenInput = z.object({
  id: z.string().min(1).max(64),
  open: checkbox,
});

const censusLink = z.object({
  country: z
    .string({ message: 'countryCode' })
    .trim()
    .toUpperCase()
    .refine((v) => isCountryCode(v), { message: 'countryCode' }),
  partner: text(2, 160, 'censusPartnerRequired'),
  kind: z.enum(CENSUS_LINK_KINDS, { message: 'censusChoose' }),
  frequency: z.enum(CENSUS_FREQUENCIES, { message: 'censusChoose' }),
  potential: optionalText(600),
});
export type CensusLinkAnswer = z.infer<typeof censusLink>;

/**
 * The public questionnaire. Contact details are personal data: they are only accepted with the
 * person's consent. `homepage` is the spam trap, hidden from people: whatever fills it is a robot.
 */
export const CensusSubmission = z
  .object({
    token: z.string().min(20).max(100),
    homepage: z.string().max(500).optional(),
    organisation: text(2, 160, 'censusOrganisationLength'),
    category: z.enum(CENSUS_CATEGORIES, { message: 'censusChoose' }),
    city: text(1, 120, 'censusCityRequired'),
    description: optionalText(1500),
    contactName: optionalText(120),
    contactRole: optionalText(120),
    contactEmail: optionalEmail('tooLong'),
    contactPhone: optionalPhone('tooLong'),
    consent: checkbox,
    links: z.array(censusLink).min(1, { message: 'censusLinksRequired' }).max(CENSUS_MAX_LINKS, { message: 'tooMany' }),
  })
  .refine((s) => s.consent || !(s.contactName || s.contactRole || s.contactEmail || s.contactPhone), {
    path: ['consent'],
    message: 'censusConsentRequired',
  });
export type CensusSubmission = z.infer<typeof CensusSubmission>;
export type CensusSubmissionValues = z.input<typeof CensusSubmission>;

/** What is stored for moderation: the answer without the token or the trap. */
export type CensusPayload = Omit<CensusSubmission, 'token' | 'homepage'>;

/**
 * Accepting an answer: create a new actor or merge it into an existing one; for each declared
 * link, the category of the partner organisation and the kind of relation (the editor may correct
 * what the stakeholder chose).
 */
export const AcceptCensusInput = z
  .object({
    id: z.string().min(1).max(64),
    mode: z.enum(['create', 'merge']),
    actorId: optionalId,
    links: z
      .array(z.object({ partnerCategory: z.enum(PARTNER_CATEGORIES), relationType: z.enum(RELATION_TYPES) }))
      .max(CENSUS_MAX_LINKS)
      .default([]),
  })
  .refine((a) => a.mode === 'create' || !!a.actorId, { path: ['actorId'], message: 'censusChooseActor' });
export type AcceptCensusInput = z.infer<typeof AcceptCensusInput>;

export const CensusResponseRef = z.object({ id: z.string().min(1).max(64) });

/** Relation strength from how often the link is active. */
export const FREQUENCY_STRENGTH: Record<CensusFrequency, number> = { occasional: 2, yearly: 3, several_per_year: 4, continuous: 5 };
