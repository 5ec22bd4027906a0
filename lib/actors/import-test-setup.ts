import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors } from '@/db/schema';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { makeWorkspace } from '@/lib/test/fixtures';
import type { Locale } from '@/lib/i18n/config';
import { insertActor } from './queries';
import { ActorInput } from './schemas';
import { guessMapping } from './import';
import type { ImportChoices, ImportDecisions, ImportMapping, ImportPreview, ImportTable } from './import-schemas';
import '@/lib/actors/import-actions';

// Shared by the actors import's Vitest files: the wizard's preview and commit called as the
// editor, with the counts the person would confirm; a good CSV; actors seeded and read back.

export const preview = workspaceActionRegistry.find((d) => d.name === 'actors.importPreview')!;
export const commit = workspaceActionRegistry.find((d) => d.name === 'actors.import')!;

export type Ws = ReturnType<typeof makeWorkspace>;

export function runPreview(ws: Ws, table: ImportTable, mapping?: ImportMapping, locale: Locale = 'fr', choices: ImportChoices = {}) {
  const result = executeWorkspaceAction(preview, ws.people.editor.id, ws.id, { table, mapping, choices, locale });
  if (!result.ok) throw new Error(`preview failed: ${JSON.stringify(result)}`);
  return result.data as ImportPreview;
}

/** The counts the wizard would show and the person confirm, for a file, mapping, choices and decisions. */
export function confirmedCounts(ws: Ws, table: ImportTable, mapping: ImportMapping, decisions: ImportDecisions, choices: ImportChoices = {}) {
  const result = executeWorkspaceAction(preview, ws.people.editor.id, ws.id, { table, mapping, choices });
  if (!result.ok) return { imported: 0, setAside: 0 };
  const p = result.data as ImportPreview;
  return { imported: p.validCount - p.duplicates.filter((d) => decisions[String(d.line)] !== 'merge').length, setAside: p.asideCount };
}

export function runCommit(
  ws: Ws,
  table: ImportTable,
  decisions: ImportDecisions = {},
  mapping = guessMapping(table.headers),
  locale: Locale = 'fr',
  choices: ImportChoices = {},
) {
  const expected = confirmedCounts(ws, table, mapping, decisions, choices);
  return executeWorkspaceAction(commit, ws.people.editor.id, ws.id, { table, mapping, choices, decisions, expected, locale }, locale);
}

export function actorsOf(ws: Ws) {
  return db.select().from(actors).where(eq(actors.workspaceId, ws.id)).orderBy(actors.normalizedName).all();
}

export function seedActor(ws: Ws, input: Partial<ActorInput> & { name: string }) {
  return db.transaction((tx) => insertActor(tx, ws.ctx('editor'), ActorInput.parse({ category: 'association', ...input })));
}

export const GOOD_CSV = [
  'Name,Category,Country,City,Themes,Languages,Influence,Interest,Tags,Website,Contact name,Contact email',
  'Lycée Jean-Moulin,School,France,Argence-la-Ville,"youth, mobility",fr|es,4,5,erasmus,www.lycee-jm.fr,Anne Petit,anne.petit@lycee-jm.fr',
  'Commune de Ndiaffate,partner_authority,SN,Ndiaffate,water|health,fr;wo,3,4,,https://ndiaffate.sn,,',
  'Agence française de développement,Funder: development agency,FRA,Paris,,French,5,3,funder,,,',
].join('\n');
