/**
 * Some of an object's fields under their own names: `{ ...pickFields(row, ['id', 'title']), due:
 * ... }` copies `id` and `title` of `row`, typed as if written out one by one (the plain-object
 * sibling of `pickColumns`).
 */
export function pickFields<T extends object, const K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;
}
