/** Two values compared as JSON (lists and objects by content). */
export const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What an update changed, for the audit log: `{ field: { from, to } }` for each field of `after`
 * whose value differs from `before`'s (`same` decides; strict equality unless given).
 */
export function fieldChanges<T extends object>(
  before: T,
  after: Partial<T>,
  same: (a: unknown, b: unknown) => boolean = (a, b) => a === b,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key as keyof T];
    if (!same(old, value)) changes[key] = { from: old, to: value };
  }
  return changes;
}
