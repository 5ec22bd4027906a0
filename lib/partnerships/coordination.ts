import 'server-only';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { actors, coordinationSettings, externalActions, workspaces } from '@/db/schema';
import type { MemberContext } from '@/lib/auth/session';
import type { MutationOutcome } from '@/lib/auth/action';
import type { CoordinationConsentInput } from './schemas';

/** Whether a workspace has consented to coordination (no row: it has not). */
export function hasConsented(tx: Tx, workspaceId: string): boolean {
  return !!tx.select({ optedIn: coordinationSettings.optedIn }).from(coordinationSettings).where(eq(coordinationSettings.workspaceId, workspaceId)).get()
    ?.optedIn;
}

/** Gives or withdraws the workspace's consent (admins only, through the policy). */
export function setCoordinationConsent(tx: Tx, ctx: MemberContext, input: CoordinationConsentInput, now = new Date()): MutationOutcome<null> {
  tx.insert(coordinationSettings)
    .values({ workspaceId: ctx.workspaceId, optedIn: input.optedIn, updatedBy: ctx.userId, updatedAt: now })
    .onConflictDoUpdate({ target: coordinationSettings.workspaceId, set: { optedIn: input.optedIn, updatedBy: ctx.userId, updatedAt: now } })
    .run();
  return { data: null, audit: { action: input.optedIn ? 'coordination.optIn' : 'coordination.optOut', entityType: 'workspace', entityId: ctx.workspaceId } };
}

/** A foreign partner authority's key across workspaces: its normalised name and country. */
function partnerKey(normalizedName: string, country: string) {
  return `${normalizedName.replace(/\s+/g, ' ').trim()}|${country}`;
}

export type CoordinationMatch = {
  workspaceName: string;
  /** The common foreign partners, named as in the caller's own map. */
  partners: string[];
  /** The common countries (ISO codes) of partners and actions. */
  countries: string[];
};

/**
 * The other workspaces of the installation that work with the same foreign partners or in the
 * same countries — names and counts only. Nothing at all unless the caller's workspace has
 * consented, and only workspaces that have consented too.
 */
export function coordinationMatches(tx: Tx, ctx: MemberContext): { optedIn: boolean; matches: CoordinationMatch[] } {
  if (!hasConsented(tx, ctx.workspaceId)) return { optedIn: false, matches: [] };
  const opted = tx
    .select({ id: workspaces.id, name: workspaces.name, country: workspaces.country })
    .from(coordinationSettings)
    .innerJoin(workspaces, eq(workspaces.id, coordinationSettings.workspaceId))
    .where(eq(coordinationSettings.optedIn, true))
    .all();
  const ids = opted.map((w) => w.id);
  const home = new Map(opted.map((w) => [w.id, w.country]));
  const partnerRows = tx
    .select({ workspaceId: actors.workspaceId, name: actors.name, normalizedName: actors.normalizedName, country: actors.country })
    .from(actors)
    .where(and(inArray(actors.workspaceId, ids), eq(actors.category, 'partner_authority'), isNotNull(actors.country)))
    .all()
    .filter((a) => a.country !== home.get(a.workspaceId));
  const countryRows = tx.all<{ workspaceId: string; country: string }>(
    sql`select e.workspace_id as workspaceId, j.value as country from ${externalActions} e, json_each(e.countries) j where e.workspace_id in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  const partnersOf = new Map<string, Map<string, string>>();
  const countriesOf = new Map<string, Set<string>>();
  for (const id of ids) {
    partnersOf.set(id, new Map());
    countriesOf.set(id, new Set());
  }
  for (const a of partnerRows) {
    partnersOf.get(a.workspaceId)!.set(partnerKey(a.normalizedName, a.country!), a.name);
    countriesOf.get(a.workspaceId)!.add(a.country!);
  }
  for (const c of countryRows) if (c.country !== home.get(c.workspaceId)) countriesOf.get(c.workspaceId)!.add(c.country);
  const mine = partnersOf.get(ctx.workspaceId)!;
  const myCountries = countriesOf.get(ctx.workspaceId)!;
  const matches: CoordinationMatch[] = [];
  for (const other of opted) {
    if (other.id === ctx.workspaceId) continue;
    const theirs = partnersOf.get(other.id)!;
    const partners = [...mine.entries()]
      .filter(([key]) => theirs.has(key))
      .map(([, name]) => name)
      .sort((a, b) => a.localeCompare(b));
    const countries = [...myCountries].filter((c) => countriesOf.get(other.id)!.has(c)).sort();
    if (partners.length || countries.length) matches.push({ workspaceName: other.name, partners, countries });
  }
  matches.sort((a, b) => b.partners.length - a.partners.length || b.countries.length - a.countries.length || a.workspaceName.localeCompare(b.workspaceName));
  return { optedIn: true, matches };
}
