import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { actors } from '@/db/schema';
import { makeWorkspace } from '@/lib/test/fixtures';
import { listAllActors } from './queries';
import { guessMapping, parseCsv, parseXlsx } from './import';
import { actorsToCsv, actorsToXlsx, exportHeaders } from './export';
import type { ImportTable } from './import-schemas';
import '@/lib/actors/import-actions';
import { type Ws, runPreview, runCommit, actorsOf, seedActor } from './import-test-setup';

describe('export → import round trip', () => {
  function seedVariety(ws: Ws) {
    seedActor(ws, {
      name: '=HYPERLINK("http://evil.example","cliquez")',
      category: 'association',
      country: 'SN',
      city: 'Thiès',
      themes: ['eau', 'santé'],
      languages: ['fr', 'wo'],
      links: 'Partenariat depuis 2004;\n"forages", formation',
      influence: 2,
      interest: 5,
      tags: ['jumelage'],
      website: 'https://amis-thies.example',
      contactName: 'Aïssatou Ndiaye',
      contactRole: '-Présidente',
      contactEmail: 'aissatou@example.org',
      contactPhone: '+221 33 000 00 00',
    });
    seedActor(ws, { name: 'Conseil départemental', category: 'elected_official', portfolio: 'Relations internationales', country: 'FR' });
    seedActor(ws, { name: 'Ambassade du Japon', category: 'embassy', country: 'JP', city: 'Paris' });
    seedActor(ws, { name: 'Réseau sans pays', category: 'network' });
  }

  const comparable = (rows: ReturnType<typeof actorsOf>) =>
    rows.map(({ id: _id, workspaceId: _w, createdBy: _b, createdAt: _c, updatedAt: _u, version: _v, ...rest }) => rest);

  for (const [format, locale] of [
    ['csv', 'fr'],
    ['csv', 'en'],
    ['xlsx', 'fr'],
    ['xlsx', 'en'],
  ] as const) {
    it(`${format} in ${locale}: headers are recognised, formulas are neutralised, and every field comes back`, async () => {
      const source = makeWorkspace('alpha');
      const target = makeWorkspace('bravo');
      seedVariety(source);
      const exported = listAllActors(db, source.ctx('editor'), {});
      let table: ImportTable;
      if (format === 'csv') {
        const csv = actorsToCsv(exported, locale);
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv).toContain(`'=HYPERLINK`);
        expect(csv).toContain(`'+221 33`);
        table = parseCsv(csv, 'export.csv');
      } else {
        const buffer = await actorsToXlsx(exported, locale);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
        const cells = wb.worksheets[0]!.getSheetValues().flat();
        expect(cells).toContain(`'=HYPERLINK("http://evil.example","cliquez")`);
        expect(cells).not.toContain(`=HYPERLINK("http://evil.example","cliquez")`);
        table = await parseXlsx(new Uint8Array(buffer), 'export.xlsx');
      }
      expect(table.headers).toEqual(exportHeaders(locale));
      // Every column is recognised: nothing to map by hand.
      expect(Object.keys(guessMapping(table.headers))).toHaveLength(table.headers.length);
      expect(runPreview(target, table)).toMatchObject({ rowCount: 4, validCount: 4, asideCount: 0, duplicates: [] });
      expect(runCommit(target, table)).toMatchObject({ ok: true, data: { created: 4 } });
      expect(comparable(actorsOf(target))).toEqual(comparable(actorsOf(source)));

      // Re-importing into the same workspace: every row is a likely duplicate; merging changes nothing.
      const dup = runPreview(source, table);
      expect(dup.duplicates).toHaveLength(4);
      expect(dup.duplicates.every((d) => d.match.kind === 'existing')).toBe(true);
      const beforeMerge = comparable(actorsOf(source));
      const decisions = Object.fromEntries(dup.duplicates.map((d) => [String(d.line), 'merge' as const]));
      expect(runCommit(source, table, decisions)).toMatchObject({ ok: true, data: { created: 0, merged: 4, skipped: 0 } });
      expect(comparable(actorsOf(source))).toEqual(beforeMerge);
    });
  }

  it('exports only what the filters select', () => {
    const ws = makeWorkspace('alpha');
    seedVariety(ws);
    const rows = listAllActors(db, ws.ctx('editor'), { family: 'external' });
    expect(rows.map((r) => r.name).sort()).toEqual(['Ambassade du Japon', 'Réseau sans pays']);
    const csv = actorsToCsv(rows, 'fr');
    expect(csv.trim().split('\r\n')).toHaveLength(3);
    expect(
      db
        .select()
        .from(actors)
        .where(and(eq(actors.workspaceId, ws.id), eq(actors.family, 'external')))
        .all(),
    ).toHaveLength(2);
  });
});
