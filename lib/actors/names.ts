// Without zod: client components (the census moderation queue) use it too.

/** Lower-case, no accents, no punctuation, single spaces: "Lycée  Jean-Moulin" → "lycee jean moulin". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
