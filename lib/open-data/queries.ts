import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { externalActions, workspaces } from '@/db/schema';
import { findPublicStrategy } from '@/lib/publication/queries';
import { iatiReporter, loadIatiActivities } from '@/lib/iati/queries';
import { activityIdentifier } from '@/lib/iati/identifiers';
import { dacSector } from '@/lib/iati/sectors';
import { centsToDecimal } from '@/lib/iati/transactions';
import type { IatiActivity, IatiReporter } from '@/lib/iati/types';
import { dictionaryFor, type DictionaryEntry } from './dictionary';

export type OpenDataRecord = Record<string, string>;

/** What a published strategy opens: its actions, as records, IATI activities and their dictionary. */
export type OpenData = {
  authority: string;
  slug: string;
  withBudget: boolean;
  dictionary: readonly DictionaryEntry[];
  records: OpenDataRecord[];
  activities: IatiActivity[];
  reporter: IatiReporter | null;
};

/**
 * The open data of `slug`'s published strategy, or null when nothing is published (404). Only what
 * the publication allows: the actions the adopted version lists on its axes (matched by title in
 * the workspace), with non-personal fields only (no people, no partner names, no evidence, no
 * budget-line labels), and budgets only when the publication shows the budget block.
 */
export function findOpenData(tx: Tx, slug: string, publicUrl: string): OpenData | null {
  const strategy = findPublicStrategy(tx, slug);
  if (!strategy) return null;
  const ws = tx.select({ id: workspaces.id, languages: workspaces.languages }).from(workspaces).where(eq(workspaces.slug, slug)).get();
  if (!ws) return null;
  const withBudget = 'budget' in strategy.blocks;
  const axisOf = new Map<string, string>();
  for (const axis of strategy.axes) for (const title of axis.actions) if (!axisOf.has(title)) axisOf.set(title, axis.title);
  const titles = [...axisOf.keys()];
  const rows = titles.length
    ? tx
        .select({ id: externalActions.id, title: externalActions.title, type: externalActions.type })
        .from(externalActions)
        .where(and(eq(externalActions.workspaceId, ws.id), inArray(externalActions.title, titles)))
        .all()
    : [];
  const reporter = iatiReporter(tx, ws.id);
  const lang = ws.languages[0] ?? 'fr';
  const activities = loadIatiActivities(tx, ws.id, lang, {
    actionIds: rows.map((r) => r.id),
    money: withBudget,
    partners: false,
    results: false,
    labels: false,
    documentUrl: publicUrl,
  });
  const typeOf = new Map(rows.map((r) => [r.id, r.type]));
  const titleOf = new Map(rows.map((r) => [r.id, r.title]));
  const records = activities.map((a) => {
    const total = a.budgets.reduce((sum, b) => sum + b.amountCents, 0);
    const record: OpenDataRecord = {
      identifier: reporter ? activityIdentifier(reporter.siren, a.id) : a.id,
      title: a.title[0]!.text,
      description: a.description[0]!.text === a.title[0]!.text ? '' : a.description[0]!.text,
      axis: axisOf.get(titleOf.get(a.id)!) ?? '',
      type: typeOf.get(a.id) ?? '',
      status: a.status,
      start_date: a.startDate ?? '',
      end_date: a.endDate ?? '',
      countries: a.countries.join(';'),
      dac_sector: a.sector,
      dac_sector_name: dacSector(a.sector)?.[lang === 'fr' ? 'fr' : 'en'] ?? '',
      sdgs: a.sdgs.join(';'),
    };
    if (withBudget) {
      record.budget_total_eur = centsToDecimal(total);
      record.budget_by_year = a.budgets.map((b) => `${b.year}:${centsToDecimal(b.amountCents)}`).join(';');
    }
    return record;
  });
  return { authority: strategy.authority, slug, withBudget, dictionary: dictionaryFor(withBudget), records, activities, reporter };
}

/** Whether the public IATI file of `slug` can be built (the authority entered its SIREN). */
export function publicIatiAvailable(tx: Tx, slug: string): boolean {
  return !!tx.select({ siren: workspaces.siren }).from(workspaces).where(eq(workspaces.slug, slug)).get()?.siren;
}
