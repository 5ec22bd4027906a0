import { z } from 'zod';
import { ACTION_STATUSES } from '@/db/enums/external-actions';
import { isDacSector } from './sectors';
import { isGeoCode, isSiren } from './identifiers';

/** The register's filters an export accepts (`?axis=&status=`); anything else is ignored. */
export const IatiFilter = z.object({
  axis: z.string().uuid().optional().catch(undefined),
  status: z.enum(ACTION_STATUSES).optional().catch(undefined),
});
export type IatiFilter = z.infer<typeof IatiFilter>;

/** Empty or absent: nothing (clears the value). */
const optional = (v: unknown) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : v);

/** The authority's identifiers (workspace settings): SIREN and INSEE COG code, at least one of them. */
export const WorkspaceIdentifiersInput = z
  .object({
    siren: z.preprocess(
      optional,
      z
        .string()
        .transform((s) => s.replace(/\s+/g, ''))
        .refine(isSiren, { message: 'sirenInvalid' })
        .nullable(),
    ),
    geoCode: z.preprocess(optional, z.string().trim().toUpperCase().refine(isGeoCode, { message: 'geoCodeInvalid' }).nullable()),
  })
  // Saving nothing at all is a slip, not a way to clear: one of the two must be given.
  .refine((v) => v.siren !== null || v.geoCode !== null, { path: ['siren'], message: 'identifiersRequired' });
export type WorkspaceIdentifiersInput = z.infer<typeof WorkspaceIdentifiersInput>;

/** The DAC sector an officer chooses for an action (null: back to the suggestion). */
export const ActionSectorInput = z.object({
  actionId: z.string().min(1).max(64),
  sector: z.preprocess(optional, z.string().refine(isDacSector, { message: 'sectorInvalid' }).nullable()),
});
export type ActionSectorInput = z.infer<typeof ActionSectorInput>;
