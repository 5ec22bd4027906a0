// Actions return message keys; the wrapper translates them (lib/auth/action.ts translateResult).
// A domain keeps its refusals under `<domain>.errors` or `<domain>.validation`, so a key missing
// from the app-wide `errors`/`validation` is looked up there too: a refusal never reaches a person
// as a raw key, whichever component shows it (issue 17, point 7).

type Messages = Record<string, unknown>;

function at(messages: Messages, path: string[]): string | null {
  let node: unknown = messages;
  for (const part of path) {
    if (!node || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : null;
}

/**
 * The dotted path of the message that says `key`, or null: the app-wide namespace first (`errors`
 * for a result's message, `validation` for a field's), then the other one, then any domain's
 * `errors` and `validation`, in the files' order.
 */
export function messagePathFor(messages: Messages, key: string, kind: 'message' | 'field'): string | null {
  if (!/^[A-Za-z_]+$/.test(key)) return null;
  const first = kind === 'message' ? ['errors', 'validation'] : ['validation', 'errors'];
  for (const ns of first) if (at(messages, [ns, key]) !== null) return `${ns}.${key}`;
  for (const [domain, value] of Object.entries(messages)) {
    if (!value || typeof value !== 'object') continue;
    for (const ns of ['errors', 'validation']) if (at(messages, [domain, ns, key]) !== null) return `${domain}.${ns}.${key}`;
  }
  return null;
}
