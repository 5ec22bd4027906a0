/**
 * Reading, mapping and checking an actors spreadsheet: plain functions with no database and no
 * request, so that every rule of the import is testable on its own. The database half (likely
 * duplicates against the workspace, the commit) is in ./import-queries.ts.
 */

export { ImportFileError, escapeCell, unescapeCell, decodeText, detectDelimiter, parseCsv, parseXlsx, readImportFile } from './import-file';
export { columnHeader, guessMapping, missingTargets } from './import-columns';
export { resolveCategory, resolveCountry, resolveLanguage } from './import-lookups';
export { duplicateKey, findDuplicates, providedValues, planImport, sampleRows } from './import-plan';
export type { ValidRow, ExistingActorRef, ImportPlan } from './import-plan';
