'use server';

import { getTranslations } from 'next-intl/server';
import { workspaceAction, workspaceQueryAction } from '@/lib/auth/action';
import { authorizeBeforeReading } from '@/lib/auth/authorize-before-reading';
import type { ActionResult } from '@/lib/errors';
import { ImportFileError, readImportFile } from '@/lib/actors/import-file';
import { ImportFileInput } from '@/lib/actors/import-schemas';
import { notify } from '@/lib/notifications/notify';
import { closeRound, openRound } from '@/lib/strategy/round-queries';
import { importRound } from '@/lib/strategy/round-import';
import { importRowsFrom } from './xlsx';
import { setIndicatorTerm, setThresholdDefaults } from '@/lib/strategy/term-queries';
import { IndicatorTermInput, OpenRoundInput, RoundImportInput, RoundRef, ThresholdDefaultsInput } from '@/lib/strategy/term-schemas';

// Indicators over the term and the yearly reporting round (issue 21, points 1–2).

export const setIndicatorTermAction = workspaceQueryAction('strategy.setTerm', IndicatorTermInput, 'strategy.manage', setIndicatorTerm);

export const setThresholdDefaultsAction = workspaceQueryAction('strategy.setThresholds', ThresholdDefaultsInput, 'strategy.manage', setThresholdDefaults);

/** Opens a round and tells each reporter how many indicators await their value (in the same transaction). */
export const openRoundAction = workspaceAction('rounds.open', OpenRoundInput, 'strategy.rounds.manage', (ctx, input, tx) => {
  const outcome = openRound(tx, ctx, input);
  for (const [userId, count] of outcome.data.counts) {
    notify(tx, {
      workspaceId: ctx.workspaceId,
      recipients: [userId],
      kind: 'reporting_round',
      params: { year: String(input.year), count: String(count), due: input.dueOn },
      href: '/strategy/rounds',
      actorId: ctx.userId,
      permission: 'strategy.indicators.update',
      dedupeKey: `round-${outcome.data.id}`,
    });
  }
  return { data: { id: outcome.data.id }, audit: outcome.audit };
});

export const closeRoundAction = workspaceQueryAction('rounds.close', RoundRef, 'strategy.rounds.manage', closeRound);

// The import proper takes the rows once read: reading an XLSX is asynchronous and cannot happen
// inside the synchronous transaction (as lib/actors/import-actions.ts does).
const importRoundDefinition = workspaceQueryAction('rounds.import', RoundImportInput, 'strategy.indicators.update', importRound);

/** Reads a round's spreadsheet sent back (after checking that the caller may record values), then applies it. */
export async function importRoundAction(
  workspaceId: string,
  input: { roundId: string; file: ImportFileInput },
): Promise<ActionResult<{ added: number; updated: number; unchanged: number }>> {
  const refused = await authorizeBeforeReading(workspaceId, 'strategy.indicators.update');
  if (refused) return refused;
  const file = ImportFileInput.safeParse(input?.file);
  const t = await getTranslations('actorsImport.errors');
  if (!file.success || file.data.format !== 'xlsx') return { ok: false, code: 'invalid', message: t('importFileUnreadable') };
  try {
    const table = await readImportFile(file.data);
    return importRoundDefinition(workspaceId, { roundId: input.roundId, rows: importRowsFrom(table) });
  } catch (error) {
    const key = error instanceof ImportFileError ? error.key : 'importFileUnreadable';
    return { ok: false, code: 'invalid', message: t(key) };
  }
}
