import type { Locale } from '@/lib/i18n/config';
import { countryName, languageName } from '@/lib/geo';
import { translatorFor } from '@/lib/strategy-document/render';
import type { Cell, EvaluationSnapshot } from './types';

// One neutral reading of an evaluation in a chosen language: the web page, the print view (PDF)
// and the DOCX render the same strings, so they cannot disagree.

export type TableView = { id: string; caption: string; head: string[]; rows: string[][]; numeric: boolean[] };
export type ChapterView = { key: string; title: string; tables: TableView[]; note: string | null; empty: string };
export type EvaluationView = { title: string; data: ChapterView[]; written: { chapter: string; title: string; html: string }[] };

type T = ReturnType<typeof translatorFor>;

/** One cell as text in `locale`: numbers and amounts with the language's separators, days long-form, labels translated. */
export function formatCell(cell: Cell, locale: Locale, t: T = translatorFor(locale)): string {
  if (cell === null) return t('evaluation.noValue');
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(cell);
  if ('money' in cell) return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cell.money / 100);
  if ('percent' in cell)
    return cell.percent === null ? t('evaluation.noValue') : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(cell.percent);
  if ('day' in cell) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${cell.day}T00:00:00Z`));
  if ('country' in cell) return countryName(cell.country, locale);
  if ('language' in cell) return languageName(cell.language, locale);
  return t(cell.label as never);
}

const isNumeric = (cell: Cell | undefined) => typeof cell === 'number' || (!!cell && typeof cell === 'object' && ('money' in cell || 'percent' in cell));

/** The evaluation in `locale`: every chapter's title, tables (caption, head, formatted rows) and the written chapters. */
export function evaluationView(snapshot: EvaluationSnapshot, workspaceName: string, locale: Locale): EvaluationView {
  const t = translatorFor(locale);
  return {
    title: t('evaluation.docTitle', { workspace: workspaceName, year: snapshot.year }),
    data: snapshot.data.map((chapter) => ({
      key: chapter.key,
      title: t(`evaluation.chapters.${chapter.key}` as never),
      note: chapter.note ? t(`evaluation.notes.${chapter.note}` as never) : null,
      empty: t('evaluation.empty'),
      tables: chapter.tables.map((table) => ({
        id: table.id,
        caption: t(`evaluation.tables.${table.caption}` as never),
        head: table.columns.map((c) => t(`evaluation.columns.${c}` as never)),
        rows: table.rows.map((row) => row.map((cell) => formatCell(cell, locale, t))),
        numeric: table.columns.map((_, i) => table.rows.length > 0 && table.rows.every((row) => row[i] === null || isNumeric(row[i]))),
      })),
    })),
    written: snapshot.written.map((w) => ({ chapter: w.chapter, title: t(`evaluation.chapters.${w.chapter}`), html: w.html })),
  };
}
