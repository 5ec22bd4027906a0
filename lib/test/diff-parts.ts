import type { DiffPart } from '@/lib/strategy-document/diff';

/** The text of a diff's parts of one kind (added, removed or same), joined by `separator`. */
export function partsText(parts: DiffPart[], change: DiffPart['change'], separator = '') {
  return parts
    .filter((p) => p.change === change)
    .map((p) => p.text)
    .join(separator);
}
