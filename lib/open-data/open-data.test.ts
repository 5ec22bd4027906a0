import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { desc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { adoptions, documentVersions, users, workspaces } from '@/db/schema';
import { personalValuesInDatabase } from '@/lib/test/personal-values';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { getAdoptedVersion } from '@/lib/review/queries';
import { seedDemo, DEMO_WORKSPACE_SLUG } from '@/lib/seed/demo';
import { validateIati } from '@/lib/iati/xsd';
import { DICTIONARY } from './dictionary';
import { findOpenData } from './queries';
import { dictionaryCsv, openDataCsv, openDataIati, openDataJson } from './format';
import '@/lib/publication/actions';

const publish = workspaceActionRegistry.find((d) => d.name === 'publication.publish')!;
const unpublish = workspaceActionRegistry.find((d) => d.name === 'publication.unpublish')!;
const URL_ = 'https://filrouge.example/p/val-d-argence';

/** The demo with its latest saved version adopted (as the review workflow records it). */
function adoptedDemo() {
  seedDemo(db, 'not-a-real-hash');
  const ws = db.select().from(workspaces).where(eq(workspaces.slug, DEMO_WORKSPACE_SLUG)).get()!;
  const admin = db.select().from(users).where(eq(users.email, 'admin@demo.filrouge.eu')).get()!;
  let versionId = getAdoptedVersion(db, ws.id)?.versionId;
  if (!versionId) {
    versionId = db.select().from(documentVersions).where(eq(documentVersions.workspaceId, ws.id)).orderBy(desc(documentVersions.createdAt)).get()!.id;
    db.insert(adoptions)
      .values({
        id: crypto.randomUUID(),
        workspaceId: ws.id,
        versionId,
        reviewId: null,
        adoptedOn: '2026-03-12',
        body: 'Assemblée départementale',
        reference: 'Délibération n° 2026-045',
        recordedById: null,
        recorderName: 'Claire Fontaine',
        createdAt: new Date(),
      })
      .run();
  }
  return { ws, admin, versionId };
}

describe('open data of a published strategy', () => {
  it('is nothing (404) while the strategy is not published, and again once unpublished', () => {
    const { ws, admin, versionId } = adoptedDemo();
    expect(findOpenData(db, DEMO_WORKSPACE_SLUG, URL_)).toBeNull();
    expect(findOpenData(db, 'no-such-workspace', URL_)).toBeNull();
    expect(executeWorkspaceAction(publish, admin.id, ws.id, { versionId, blocks: ['map'] })).toMatchObject({ ok: true });
    expect(findOpenData(db, DEMO_WORKSPACE_SLUG, URL_)).not.toBeNull();
    expect(executeWorkspaceAction(unpublish, admin.id, ws.id, { versionId })).toMatchObject({ ok: true });
    expect(findOpenData(db, DEMO_WORKSPACE_SLUG, URL_)).toBeNull();
  });

  it('opens only the published actions, with budgets only when the budget is published, and no personal data', async () => {
    const { ws, admin, versionId } = adoptedDemo();
    expect(executeWorkspaceAction(publish, admin.id, ws.id, { versionId, blocks: ['map', 'returns'] })).toMatchObject({ ok: true });
    const data = findOpenData(db, DEMO_WORKSPACE_SLUG, URL_)!;
    expect(data.records.length).toBeGreaterThan(3);
    expect(data.withBudget).toBe(false);
    const csv = openDataCsv(data);
    expect(csv.split('\r\n')[0]).toBe('identifier,title,description,axis,type,status,start_date,end_date,countries,dac_sector,dac_sector_name,sdgs');
    expect(csv).not.toContain('budget');
    expect(data.activities.every((a) => a.budgets.length === 0 && a.transactions.length === 0 && a.partners.length === 0 && a.results.length === 0)).toBe(true);
    // Every record's axis is an axis of the published version.
    const published = new Set(data.records.map((r) => r.axis));
    expect([...published].every((axis) => (axis ?? '').length > 0)).toBe(true);

    expect(executeWorkspaceAction(publish, admin.id, ws.id, { versionId, blocks: ['map', 'budget'] })).toMatchObject({ ok: true });
    const withBudget = findOpenData(db, DEMO_WORKSPACE_SLUG, URL_)!;
    expect(withBudget.withBudget).toBe(true);
    expect(withBudget.records.some((r) => Number(r.budget_total_eur) > 0)).toBe(true);
    expect(openDataCsv(withBudget).split('\r\n')[0]).toContain('budget_total_eur,budget_by_year');

    // The IATI file of the open data validates too, with the public page as document link.
    const xml = openDataIati(withBudget)!;
    const result = await validateIati(xml);
    expect(result.errors).toEqual([]);
    expect(xml).toContain(`url="${URL_}"`);

    const outputs = [openDataCsv(withBudget), openDataJson(withBudget), xml, openDataCsv(data), openDataJson(data)];
    const personal = personalValuesInDatabase();
    expect(personal.size).toBeGreaterThan(10);
    for (const output of outputs) {
      for (const value of personal) expect(output.toLowerCase().includes(value.toLowerCase()), `"${value}" must not be opened`).toBe(false);
      expect(output).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
    }
  });

  it('describes every column in French and English, in the JSON and the dictionary file', () => {
    const { ws, admin, versionId } = adoptedDemo();
    executeWorkspaceAction(publish, admin.id, ws.id, { versionId, blocks: ['budget'] });
    const data = findOpenData(db, DEMO_WORKSPACE_SLUG, URL_)!;
    const json = JSON.parse(openDataJson(data)) as {
      dictionary: { column: string; description: { fr: string; en: string } }[];
      actions: Record<string, string>[];
    };
    const columns = Object.keys(json.actions[0]!);
    expect(json.dictionary.map((d) => d.column)).toEqual(columns);
    expect(columns).toEqual(DICTIONARY.map((d) => d.column));
    for (const d of json.dictionary) {
      expect(d.description.fr.length, d.column).toBeGreaterThan(8);
      expect(d.description.en.length, d.column).toBeGreaterThan(8);
      expect(d.description.fr).not.toBe(d.description.en);
    }
    expect(dictionaryCsv(data).split('\r\n').length).toBe(DICTIONARY.length + 2);
  });
});
