import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { AID_CATEGORIES, AID_CATEGORY_INFO } from './categories';
import { placeItems } from './assemble';
import { declarationFileName, declarationToXlsx, renderDeclarationHtml, type DeclarationDocument } from './export';

const doc: DeclarationDocument = {
  authority: 'Département <b>test</b>',
  frozen: { version: 2, frozenAt: new Date('2026-05-20T09:00:00Z') },
  snapshot: placeItems(2025, [
    { source: 'action', refId: 'a', label: 'Eau <script>alert(1)</script>', category: 'decentralised_cooperation', countries: ['SN'], cents: 123_456 },
    { source: 'mission', refId: 'm', label: 'Mission', category: 'staff_follow_up', countries: ['MA'], cents: 50_000 },
    { source: 'action', refId: 'c', label: 'Québec <img src=x onerror=alert(1)>', category: 'ngo_grants', countries: ['CA'], cents: 9_900 },
  ]),
};

describe('the declaration exports', () => {
  it('writes the XLSX summary in the State form’s order, adding up to the declared total', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await declarationToXlsx(doc, 'en')) as unknown as ArrayBuffer);
    const summary = book.getWorksheet('Summary')!;
    const labels = summary.getColumn(1).values.slice(7, 15);
    expect(labels).toEqual(AID_CATEGORIES.map((c) => AID_CATEGORY_INFO[c].label.en));
    const amounts = summary.getColumn(2).values.slice(7, 15) as number[];
    expect(Math.round(amounts.reduce((s, v) => s + v, 0) * 100)).toBe(173_456);
    expect(summary.getCell('B15').value).toBe(1734.56);
    expect(book.getWorksheet('Left out')!.getCell('C2').value).toBe('Québec <img src=x onerror=alert(1)>');
    expect(declarationFileName(doc, 'fr')).toBe('declaration-apd-2025-v2.xlsx');
  });

  it('prints a self-contained summary with every text escaped', () => {
    const html = renderDeclarationHtml(doc, 'fr', '/ws/actions/declaration?year=2025');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>test</b>');
    expect(html).toContain('Département &lt;b&gt;test&lt;/b&gt;');
    expect(html).toContain('Projets de coopération décentralisée');
    expect(html.indexOf('Projets de coopération décentralisée')).toBeLessThan(html.indexOf('Contributions multilatérales'));
    expect(html).toContain('Québec &lt;img src=x onerror=alert(1)&gt;');
  });
});
