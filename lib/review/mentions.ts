/**
 * The members a comment names with `@Full Name` (case-insensitive, longest names first so that
 * "@Anne Marie Duval" is not read as "@Anne Marie"). Pure: the caller passes who may be named.
 */
export function extractMentions(body: string, members: readonly { userId: string; name: string }[]): string[] {
  const text = body.toLocaleLowerCase('fr');
  const found: string[] = [];
  let rest = text;
  for (const m of [...members].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length)) {
    const needle = `@${m.name.toLocaleLowerCase('fr')}`;
    if (!rest.includes(needle)) continue;
    found.push(m.userId);
    rest = rest.split(needle).join(' ');
  }
  return [...new Set(found)];
}
