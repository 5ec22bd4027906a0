import { z } from 'zod';
import { optionalText } from '@/lib/zod-fields';
import { COMPETENCY_DOMAINS, COMPETENCY_NATURES } from '@/db/schema/competencies';
import { catalogueEntry } from './catalogue';

// Messages are keys under `externalActions.validation` (components/external-actions/use-message.ts).

const CUSTOM_PREFIX = 'custom:';

/**
 * A competency as actions refer to it: a catalogue key (`departement.pmi`) or one of the
 * workspace's own competencies (`custom:<id>`).
 */
export type CompetencyRef = { catalogueKey: string; customId: null } | { catalogueKey: null; customId: string };

/** Reads a competency reference; null when it names nothing the app knows. */
export function parseCompetencyRef(ref: string): CompetencyRef | null {
  if (ref.startsWith(CUSTOM_PREFIX)) {
    const id = ref.slice(CUSTOM_PREFIX.length);
    return /^[\w-]{1,64}$/.test(id) ? { catalogueKey: null, customId: id } : null;
  }
  return catalogueEntry(ref) ? { catalogueKey: ref, customId: null } : null;
}

/** The string form of a competency reference, as used in forms, filters and links. */
export function competencyRef(row: { catalogueKey: string | null; customId: string | null }): string {
  return row.catalogueKey ?? `${CUSTOM_PREFIX}${row.customId}`;
}

export const CompetencyRefString = z
  .string({ message: 'competencyRequired' })
  .trim()
  .min(1, { message: 'competencyRequired' })
  .max(80, { message: 'competencyUnknown' })
  .refine((v) => parseCompetencyRef(v) !== null, { message: 'competencyUnknown' });

/** Hides a catalogue entry from the workspace, or shows it again. */
export const CompetencyVisibilityInput = z.object({
  key: z
    .string()
    .max(80)
    .refine((k) => !!catalogueEntry(k), { message: 'competencyUnknown' }),
  hidden: z.boolean(),
});
export type CompetencyVisibilityInput = z.infer<typeof CompetencyVisibilityInput>;

/** One of the workspace's own competencies. */
export const CustomCompetencyInput = z.object({
  title: z.string().trim().min(2, { message: 'titleLength' }).max(160, { message: 'titleLength' }),
  domain: z.enum(COMPETENCY_DOMAINS, { message: 'choose' }),
  nature: z.enum(COMPETENCY_NATURES, { message: 'choose' }),
  reference: optionalText(200),
  note: optionalText(1000),
});
export type CustomCompetencyInput = z.infer<typeof CustomCompetencyInput>;
export type CustomCompetencyFormValues = z.input<typeof CustomCompetencyInput>;

export const CustomCompetencyId = z.string().min(1).max(64);
export const UpdateCustomCompetencyInput = CustomCompetencyInput.extend({ id: CustomCompetencyId });
export const CustomCompetencyRef = z.object({ id: CustomCompetencyId });
