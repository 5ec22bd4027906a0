import { ActorInput, normalizeName } from './schemas';
import { type DuplicateDecision, type ImportDecisions, type ImportDuplicate, type ImportTable, type ImportTarget } from './import-schemas';
import { unescapeCell } from './import-file';

// Likely duplicates and the plan of the commit.

/** A row that passed ActorInput, and the fields whose cell was filled in (what a merge may overwrite). */
export type ValidRow = { line: number; input: ActorInput; provided: ImportTarget[] };

// Likely duplicates and the plan of the commit

/** Two actors with the same normalised name and country are likely the same. */
export function duplicateKey(name: string, country: string | null | undefined): string {
  return `${normalizeName(name)}|${country ?? ''}`;
}

export type ExistingActorRef = { id: string; name: string };

/** Rows that match an actor of the workspace, or an earlier row of the same file. */
export function findDuplicates(valid: ValidRow[], existing: Map<string, ExistingActorRef>): ImportDuplicate[] {
  const firstInFile = new Map<string, ValidRow>();
  const duplicates: ImportDuplicate[] = [];
  for (const row of valid) {
    const key = duplicateKey(row.input.name, row.input.country);
    const known = existing.get(key);
    const earlier = firstInFile.get(key);
    const base = { line: row.line, name: row.input.name, country: row.input.country };
    if (known) duplicates.push({ ...base, match: { kind: 'existing', actorId: known.id, name: known.name } });
    else if (earlier) duplicates.push({ ...base, match: { kind: 'file', line: earlier.line, name: earlier.input.name } });
    else firstInFile.set(key, row);
  }
  return duplicates;
}

/** The values of a row that a merge copies: only the cells that were filled in. */
export function providedValues(row: ValidRow): Partial<ActorInput> {
  const out: Record<string, unknown> = {};
  for (const field of row.provided) out[field] = row.input[field];
  return out as Partial<ActorInput>;
}

export type ImportPlan = {
  create: { line: number; values: ActorInput }[];
  update: { actorId: string; lines: number[]; values: Partial<ActorInput> }[];
  merged: number;
  skipped: number;
};

/**
 * What the commit will do. The first row of a new name and country creates an actor; each later
 * row with the same key, and each row matching an existing actor, is merged (its filled-in cells
 * overwrite) or skipped, as decided. A duplicate without a decision is skipped.
 */
export function planImport(valid: ValidRow[], existing: Map<string, ExistingActorRef>, decisions: ImportDecisions): ImportPlan {
  const decide = (line: number): DuplicateDecision => decisions[String(line)] ?? 'skip';
  const creates = new Map<string, { line: number; values: ActorInput }>();
  const updates = new Map<string, { actorId: string; lines: number[]; values: Partial<ActorInput> }>();
  let merged = 0;
  let skipped = 0;
  for (const row of valid) {
    const key = duplicateKey(row.input.name, row.input.country);
    const known = existing.get(key);
    const created = creates.get(key);
    if (!known && !created) {
      creates.set(key, { line: row.line, values: { ...row.input } });
      continue;
    }
    if (decide(row.line) === 'skip') {
      skipped++;
      continue;
    }
    merged++;
    if (created) {
      Object.assign(created.values, providedValues(row));
    } else if (known) {
      const update = updates.get(known.id) ?? { actorId: known.id, lines: [], values: {} };
      update.lines.push(row.line);
      Object.assign(update.values, providedValues(row));
      updates.set(known.id, update);
    }
  }
  return { create: [...creates.values()], update: [...updates.values()], merged, skipped };
}

/** The first few rows as they will be read, for the mapping step. */
export function sampleRows(table: ImportTable, count = 3): string[][] {
  return table.rows.slice(0, count).map((r) => r.cells.map((c) => unescapeCell(c).trim()));
}
