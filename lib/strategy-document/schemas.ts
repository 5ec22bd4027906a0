import { z } from 'zod';
import { Id } from '@/lib/zod-fields';
import { LOCALES } from '@/lib/i18n/config';

// Messages are keys under `document.validation` (components/strategy-document/use-document-message.ts).

const OptionalId = z.preprocess((v) => (v === '' || v === undefined ? null : v), Id.nullable());
const Title = z.string().trim().min(2, { message: 'titleLength' }).max(120, { message: 'titleLength' });

/** Creates the default outline, with the written sections' titles in this language. */
export const InitializeInput = z.object({ locale: z.enum(LOCALES) });
export type InitializeInput = z.infer<typeof InitializeInput>;

export const SectionRef = z.object({ sectionId: Id });
export type SectionRef = z.infer<typeof SectionRef>;

/** A new written section, placed at the end of the outline. */
export const AddSectionInput = z.object({ title: Title });
export type AddSectionInput = z.infer<typeof AddSectionInput>;

export const RenameSectionInput = z.object({ sectionId: Id, title: Title });
export type RenameSectionInput = z.infer<typeof RenameSectionInput>;

export const MoveSectionInput = z.object({ sectionId: Id, direction: z.enum(['up', 'down']) });
export type MoveSectionInput = z.infer<typeof MoveSectionInput>;

/** Who writes a section; null leaves it to the managers alone. */
export const AssignSectionInput = z.object({ sectionId: Id, assigneeId: OptionalId });
export type AssignSectionInput = z.infer<typeof AssignSectionInput>;

export const SaveVersionInput = z.object({
  name: z.string().trim().min(2, { message: 'versionNameLength' }).max(120, { message: 'versionNameLength' }),
  note: z.string().trim().max(2000, { message: 'noteLength' }).default(''),
});
export type SaveVersionInput = z.infer<typeof SaveVersionInput>;

/** Export options read from a query string: format, language, and the version (none: the current document). */
export const ExportQuery = z.object({
  format: z.enum(['docx', 'pdf']),
  lang: z.enum(LOCALES),
  version: Id.optional(),
});
export type ExportQuery = z.infer<typeof ExportQuery>;
