import { diffWordsWithSpace } from 'diff';
import type { Locale } from '@/lib/i18n/config';
import { sectionText, sectionTitle } from './render';
import type { DocumentSnapshot, SectionSnapshot } from './types';

export type DiffPart = { text: string; change: 'same' | 'added' | 'removed' };

export type SectionDiff = {
  id: string;
  title: string;
  /** `added`/`removed`: the section exists on one side only; `moved` counts as changed when its text changed. */
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  parts: DiffPart[];
  added: number;
  removed: number;
};

/** Word-level differences between two texts, with the count of words added and removed. */
export function diffTexts(before: string, after: string): { parts: DiffPart[]; added: number; removed: number } {
  const parts: DiffPart[] = diffWordsWithSpace(before, after).map((change) => ({
    text: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  return {
    parts,
    added: parts.filter((p) => p.change === 'added').reduce((n, p) => n + words(p.text), 0),
    removed: parts.filter((p) => p.change === 'removed').reduce((n, p) => n + words(p.text), 0),
  };
}

/**
 * Compares two snapshots section by section, in the order of the newer one (sections only in the
 * older one follow). Sections are matched by id, so a renamed or moved section is still compared
 * with itself; data sections compare their figures as rendered in `locale`.
 */
export function diffSnapshots(before: DocumentSnapshot, after: DocumentSnapshot, locale: Locale): SectionDiff[] {
  const beforeById = new Map(before.sections.map((s) => [s.id, s]));
  const afterIds = new Set(after.sections.map((s) => s.id));
  const result: SectionDiff[] = [];
  const one = (section: SectionSnapshot, status: 'added' | 'removed'): SectionDiff => {
    const text = sectionText(section, locale);
    const words = text.split(/\s+/).filter(Boolean).length;
    return {
      id: section.id,
      title: sectionTitle(section, locale),
      status,
      parts: [{ text, change: status }],
      added: status === 'added' ? words : 0,
      removed: status === 'removed' ? words : 0,
    };
  };
  for (const section of after.sections) {
    const old = beforeById.get(section.id);
    if (!old) {
      result.push(one(section, 'added'));
      continue;
    }
    const oldTitle = sectionTitle(old, locale);
    const newTitle = sectionTitle(section, locale);
    const body = diffTexts(sectionText(old, locale), sectionText(section, locale));
    const titleChange = oldTitle === newTitle ? null : diffTexts(oldTitle, newTitle);
    const parts = titleChange ? [...titleChange.parts, { text: '\n', change: 'same' as const }, ...body.parts] : body.parts;
    const added = body.added + (titleChange?.added ?? 0);
    const removed = body.removed + (titleChange?.removed ?? 0);
    result.push({ id: section.id, title: newTitle, status: added || removed ? 'changed' : 'unchanged', parts, added, removed });
  }
  for (const section of before.sections) if (!afterIds.has(section.id)) result.push(one(section, 'removed'));
  return result;
}
