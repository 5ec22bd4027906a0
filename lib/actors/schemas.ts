import { z } from 'zod';
import { optionalDay, optionalEmail, optionalPhone, optionalText, stringList, listOrder, optionalCountry, countryParam } from '@/lib/zod-fields';
import { ACTOR_FAMILIES, ALL_ACTOR_CATEGORIES, RELATION_TYPES, type ActorCategory } from '@/db/schema/actors';
import { isLanguageCode } from '@/lib/geo';
import { Version } from '@/lib/concurrency';

const score = z.preprocess(
  (v) => (v === '' || v === undefined || v === null ? 3 : Number(v)),
  z.number({ message: 'scoreRange' }).int({ message: 'scoreRange' }).min(1, { message: 'scoreRange' }).max(5, { message: 'scoreRange' }),
);

export const ActorCategoryInput = z.enum(ALL_ACTOR_CATEGORIES as [ActorCategory, ...ActorCategory[]], { message: 'categoryUnknown' });

/** An actor as typed in the form or read from an imported row. */
export const ActorInput = z.object({
  name: z.string().trim().min(2, { message: 'nameLength' }).max(160, { message: 'nameLength' }),
  category: ActorCategoryInput,
  portfolio: optionalText(160),
  country: optionalCountry,
  city: optionalText(120),
  themes: stringList(20, 60),
  languages: stringList(12, 12).refine((codes) => codes.every((c) => isLanguageCode(c.toLowerCase())), { message: 'languageCode' }),
  links: optionalText(4000),
  influence: score,
  interest: score,
  tags: stringList(20, 40),
  website: z
    .string()
    .trim()
    .max(300)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^https?:\/\/[^\s<>"]+$/i.test(v), { message: 'websiteFormat' }),
  contactName: optionalText(120),
  contactRole: optionalText(120),
  contactEmail: optionalEmail(),
  contactPhone: optionalPhone(),
});
export type ActorInput = z.infer<typeof ActorInput>;
export type ActorFormValues = z.input<typeof ActorInput>;

export const ActorId = z.string().min(1).max(64);
export const UpdateActorInput = ActorInput.extend({ id: ActorId, version: Version });

type StoredActor = { [K in keyof ActorInput]: ActorInput[K] | null };

/** A stored actor as the edit form shows it (lists as comma-separated text, no nulls). */
export function actorFormValues(actor: StoredActor): ActorFormValues {
  const text = (v: string | null) => v ?? '';
  return {
    name: text(actor.name),
    category: actor.category as ActorFormValues['category'],
    portfolio: text(actor.portfolio),
    country: text(actor.country),
    city: text(actor.city),
    themes: (actor.themes ?? []).join(', '),
    languages: (actor.languages ?? []).join(', '),
    links: text(actor.links),
    influence: actor.influence ?? 3,
    interest: actor.interest ?? 3,
    tags: (actor.tags ?? []).join(', '),
    website: text(actor.website),
    contactName: text(actor.contactName),
    contactRole: text(actor.contactRole),
    contactEmail: text(actor.contactEmail),
    contactPhone: text(actor.contactPhone),
  };
}
export const ActorRef = z.object({ id: ActorId });

/** Moving an actor on the influence/interest grid. */
export const ActorScoresInput = z.object({ id: ActorId, influence: score, interest: score });

const isoDate = optionalDay;

export const RelationInput = z
  .object({
    sourceId: ActorId,
    targetId: ActorId,
    type: z.enum(RELATION_TYPES),
    // A checkbox: true, false or a form's spelling of them; anything else is refused, not read as false.
    directed: z.preprocess(
      (v) => (v === true || v === 'true' || v === 'on' ? true : v === false || v === 'false' || v === '' || v === undefined || v === null ? false : v),
      z.boolean(),
    ),
    strength: score,
    startDate: isoDate,
    endDate: isoDate,
    notes: optionalText(2000),
  })
  .refine((r) => r.sourceId !== r.targetId, { path: ['targetId'], message: 'relationSelf' })
  .refine((r) => !r.startDate || !r.endDate || r.startDate <= r.endDate, { path: ['endDate'], message: 'dateRangeOrder' });
export type RelationInput = z.infer<typeof RelationInput>;
export const RelationRef = z.object({ id: z.string().min(1).max(64) });

export const SORTABLE = ['name', 'category', 'country', 'influence', 'interest', 'updatedAt'] as const;

const listParam = z
  .string()
  .max(200)
  .optional()
  .transform((v) => (v ? v : undefined));

/** Table filters, read from the query string; unknown values fall back to "no filter". */
export const ActorFilter = z.object({
  q: z
    .string()
    .trim()
    .max(120)
    .optional()
    .transform((v) => (v ? v : undefined)),
  family: z.enum(ACTOR_FAMILIES).optional().catch(undefined),
  category: ActorCategoryInput.optional().catch(undefined),
  country: countryParam,
  tag: listParam,
  theme: listParam,
  ...listOrder(SORTABLE, { sort: 'name', dir: 'asc', size: 50 }),
});
export type ActorFilter = z.infer<typeof ActorFilter>;

export { normalizeName } from './names';
