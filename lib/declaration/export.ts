import ExcelJS from 'exceljs';
import { countryName } from '@/lib/geo';
import { translatorFor } from '@/lib/message-catalogue';
import type { Locale } from '@/lib/i18n/config';
import { escapeHtml } from '@/lib/strategy-document/rich-text';
import { AID_CATEGORY_INFO, NOT_ALLOCABLE } from './categories';
import type { DeclarationSnapshot } from './assemble';

// The declaration as the State's form reads it: an XLSX (summary by category in the form's order,
// then countries, lines and what was left out) and a self-contained printable HTML page.

/** A message of `declaration` in a language (through a translator: the catalogues are precompiled in the build). */
type Texts = (key: string, values?: Record<string, string | number>) => string;

export type DeclarationDocument = {
  snapshot: DeclarationSnapshot;
  authority: string;
  /** The frozen version, or null for a draft (live figures). */
  frozen: { version: number; frozenAt: Date } | null;
};

function textsFor(locale: Locale): Texts {
  const t = translatorFor(locale);
  return (key, values) => t(`declaration.${key}`, values);
}

const day = (date: Date, locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(date);
const money = (cents: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100);
const countryLabel = (code: string, locale: Locale) => (code === NOT_ALLOCABLE ? textsFor(locale)('notAllocable') : `${countryName(code, locale)} (${code})`);
const SOURCE_KEYS = { mission: 'sourceMission', action: 'sourceAction', co_financing: 'sourceCoFinancing' } as const;
const sourceLabel = (source: string, t: Texts) => (source in SOURCE_KEYS ? t(SOURCE_KEYS[source as keyof typeof SOURCE_KEYS]) : source);

function statusLine(doc: DeclarationDocument, locale: Locale) {
  const t = textsFor(locale);
  return doc.frozen ? t('export.frozen', { version: doc.frozen.version, date: day(doc.frozen.frozenAt, locale) }) : t('export.draft');
}

/** The XLSX file: the summary sheet follows the State form's order of categories. */
export async function declarationToXlsx(doc: DeclarationDocument, locale: Locale): Promise<Buffer> {
  const t = textsFor(locale);
  const { snapshot } = doc;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Fil rouge';
  workbook.created = new Date();
  const euros = '#,##0.00 "€"';
  const summary = workbook.addWorksheet(t('export.sheetSummary'));
  summary.columns = [{ width: 60 }, { width: 22 }];
  summary.addRow([t('export.heading', { year: snapshot.year })]).font = { bold: true, size: 14 };
  summary.addRow([t('export.authority'), doc.authority]);
  summary.addRow([t('export.status'), statusLine(doc, locale)]);
  summary.addRow([t('export.list'), snapshot.odaList]);
  summary.addRow([]);
  summary.addRow([t('category'), t('amount')]).font = { bold: true };
  for (const row of snapshot.byCategory) summary.addRow([AID_CATEGORY_INFO[row.category].label[locale], row.cents / 100]);
  summary.addRow([t('totalRow'), snapshot.totalCents / 100]).font = { bold: true };
  summary.getColumn(2).numFmt = euros;

  const countries = workbook.addWorksheet(t('export.sheetCountries'), { views: [{ state: 'frozen', ySplit: 1 }] });
  countries.columns = [
    { header: t('country'), width: 40 },
    { header: t('amount'), width: 22, style: { numFmt: euros } },
  ];
  countries.getRow(1).font = { bold: true };
  for (const row of snapshot.byCountry) countries.addRow([countryLabel(row.country, locale), row.cents / 100]);

  const lines = workbook.addWorksheet(t('export.sheetLines'), { views: [{ state: 'frozen', ySplit: 1 }] });
  lines.columns = [
    { header: t('category'), width: 40 },
    { header: t('country'), width: 30 },
    { header: t('export.source'), width: 12 },
    { header: t('item'), width: 50 },
    { header: t('amount'), width: 18, style: { numFmt: euros } },
  ];
  lines.getRow(1).font = { bold: true };
  const order = new Map(snapshot.byCategory.map((c, i) => [c.category, i]));
  for (const line of [...snapshot.lines].sort((a, b) => order.get(a.category)! - order.get(b.category)!))
    lines.addRow([
      AID_CATEGORY_INFO[line.category].label[locale],
      countryLabel(line.country, locale),
      sourceLabel(line.source, t),
      line.label,
      line.cents / 100,
    ]);

  const excluded = workbook.addWorksheet(t('export.sheetExcluded'), { views: [{ state: 'frozen', ySplit: 1 }] });
  excluded.columns = [
    { header: t('country'), width: 30 },
    { header: t('export.source'), width: 12 },
    { header: t('item'), width: 50 },
    { header: t('amount'), width: 18, style: { numFmt: euros } },
  ];
  excluded.getRow(1).font = { bold: true };
  for (const line of snapshot.excluded) excluded.addRow([countryLabel(line.country, locale), sourceLabel(line.source, t), line.label, line.cents / 100]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `declaration-apd-2025-v1.xlsx`, safe for a Content-Disposition header. */
export function declarationFileName(doc: DeclarationDocument, locale: Locale) {
  return `${textsFor(locale)('export.fileName')}-${doc.snapshot.year}${doc.frozen ? `-v${doc.frozen.version}` : ''}.xlsx`;
}

const CSS = `
:root { color: #1d1d1f; font-family: 'Marianne', 'DejaVu Sans', Arial, sans-serif; line-height: 1.5; }
body { margin: 0 auto; max-width: 48rem; padding: 2rem 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 0.25rem; color: #8c1d18; }
h2 { font-size: 1.25rem; margin: 1.75rem 0 0.5rem; border-bottom: 2px solid #b3261e; }
.meta { color: #555a60; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 0.92rem; }
caption { text-align: left; font-weight: 700; padding: 0.25rem 0; }
th, td { border: 1px solid #c5c8cc; padding: 0.35rem 0.55rem; text-align: left; }
thead th { background: #f1f1ef; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tfoot th, tfoot td { font-weight: 700; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print { body { max-width: none; padding: 0; } .no-print { display: none; } table, tr { break-inside: avoid; } }
`;

/** The printable summary: one self-contained page (no script), categories in the form's order, then countries and what was left out. */
export function renderDeclarationHtml(doc: DeclarationDocument, locale: Locale, backHref: string, now = new Date()): string {
  const t = textsFor(locale);
  const { snapshot } = doc;
  const e = escapeHtml;
  const rows = (items: [string, number][]) =>
    items.map(([label, cents]) => `<tr><th scope="row">${e(label)}</th><td class="num">${e(money(cents, locale))}</td></tr>`).join('');
  const table = (caption: string, head: string, items: [string, number][], total?: number) =>
    `<table><caption>${e(caption)}</caption><thead><tr><th scope="col">${e(head)}</th><th scope="col" class="num">${e(t('amount'))}</th></tr></thead><tbody>${rows(items)}</tbody>${
      total === undefined ? '' : `<tfoot><tr><th scope="row">${e(t('totalRow'))}</th><td class="num">${e(money(total, locale))}</td></tr></tfoot>`
    }</table>`;
  const title = t('export.heading', { year: snapshot.year });
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${e(title)}</title><style>${CSS}</style></head>
<body>
<p class="no-print"><a href="${e(backHref)}">${e(t('export.back'))}</a></p>
<h1>${e(title)}</h1>
<p class="meta">${e(doc.authority)} · ${e(statusLine(doc, locale))} · ${e(t('export.list'))} — ${e(snapshot.odaList)}</p>
<h2>${e(t('byCategory'))}</h2>
${table(
  t('byCategoryCaption'),
  t('category'),
  snapshot.byCategory.map((c) => [AID_CATEGORY_INFO[c.category].label[locale], c.cents]),
  snapshot.totalCents,
)}
<h2>${e(t('byCountry'))}</h2>
${table(
  t('byCountryCaption'),
  t('country'),
  snapshot.byCountry.map((c) => [countryLabel(c.country, locale), c.cents]),
  snapshot.totalCents,
)}
<h2>${e(t('excludedTitle'))}</h2>
${
  snapshot.excluded.length === 0
    ? `<p>${e(t('excludedNone'))}</p>`
    : table(
        t('excludedCaption'),
        t('item'),
        snapshot.excluded.map((x) => [`${x.label} — ${countryLabel(x.country, locale)}`, x.cents]),
        snapshot.excludedCents,
      )
}
<p class="meta">${e(t('export.generated', { date: day(now, locale) }))}</p>
</body></html>`;
}
