'use server';

import { getLocale, getTranslations } from 'next-intl/server';
import { workspaceQueryAction } from '@/lib/auth/action';
import { authorizeBeforeReading } from '@/lib/auth/authorize-before-reading';
import type { ActionResult } from '@/lib/errors';
import { toLocale } from '@/lib/i18n/config';
import { ImportFileError, readImportFile } from './import';
import { commitImport, previewImport } from './import-queries';
import {
  ImportCommitInput,
  ImportFileInput,
  ImportPreviewInput,
  type ImportChoices,
  type ImportDecisions,
  type ImportKind,
  type ImportMapping,
  type ImportPreview,
  type ImportSummary,
  type ImportTable,
} from './import-schemas';

// The workspace actions proper: authorised, validated and (for the commit) audited by the wrapper.
// They take the file once read; the exported functions below read it first, which is asynchronous
// for XLSX and so cannot happen inside the synchronous transaction.
const previewImportDefinition = workspaceQueryAction('actors.importPreview', ImportPreviewInput, 'actors.import', previewImport);

const commitImportDefinition = workspaceQueryAction('actors.import', ImportCommitInput, 'actors.import', commitImport);

/** Messages of the import's own errors live under `actorsImport.errors`. */
async function translateImportResult<R>(result: ActionResult<R>): Promise<ActionResult<R>> {
  if (result.ok) return result;
  const t = await getTranslations('actorsImport.errors');
  return { ...result, message: t.has(result.message) ? t(result.message) : result.message };
}

/**
 * Reads the uploaded file on the server, after checking that the caller may import at all (so
 * that nobody else can make the server parse a large spreadsheet).
 */
async function readFileForImport(workspaceId: string, rawFile: unknown): Promise<ActionResult<ImportTable>> {
  const refused = await authorizeBeforeReading(workspaceId, 'actors.import');
  if (refused) return refused;
  const file = ImportFileInput.safeParse(rawFile);
  if (!file.success) {
    const tooLarge = file.error.issues.some((i) => i.message === 'importFileTooLarge');
    return translateImportResult({ ok: false, code: 'invalid', message: tooLarge ? 'importFileTooLarge' : 'importFileUnreadable' });
  }
  try {
    return { ok: true, data: await readImportFile(file.data) };
  } catch (error) {
    const key = error instanceof ImportFileError ? error.key : 'importFileUnreadable';
    return translateImportResult({ ok: false, code: 'invalid', message: key });
  }
}

/**
 * Steps 2 to 4 of the wizard: reads the file, guesses or applies the column mapping and the value
 * choices, sorts the rows into ready and set aside, lists likely duplicates. Writes nothing.
 */
export async function previewImportAction(
  workspaceId: string,
  input: { file: ImportFileInput; kind?: ImportKind; mapping?: ImportMapping; choices?: ImportChoices },
): Promise<ActionResult<ImportPreview>> {
  const table = await readFileForImport(workspaceId, input?.file);
  if (!table.ok) return table;
  const locale = toLocale(await getLocale());
  return translateImportResult(
    await previewImportDefinition(workspaceId, { kind: input.kind, table: table.data, mapping: input.mapping, choices: input.choices, locale }),
  );
}

/**
 * The commit, once the person confirmed the counts: the ready rows are imported (duplicates merged
 * or skipped as decided), the others come back set aside with their reason; one audit entry.
 */
export async function commitImportAction(
  workspaceId: string,
  input: {
    file: ImportFileInput;
    kind?: ImportKind;
    mapping: ImportMapping;
    choices?: ImportChoices;
    decisions: ImportDecisions;
    expected: { imported: number; setAside: number };
  },
): Promise<ActionResult<ImportSummary>> {
  const table = await readFileForImport(workspaceId, input?.file);
  if (!table.ok) return table;
  const locale = toLocale(await getLocale());
  const { kind, mapping, choices, decisions, expected } = input;
  return translateImportResult(await commitImportDefinition(workspaceId, { kind, table: table.data, mapping, choices, decisions, expected, locale }));
}
