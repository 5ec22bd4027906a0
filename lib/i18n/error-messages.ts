// Actions return message keys; the wrapper translates them (lib/auth/action.ts translateResult).
// A domain keeps its refusals under `<domain>.errors` or `<domain>.validation`, so a key missing
// from the app-wide `errors`/`validation` is looked up there too: a refusal never reaches a person
// as a raw key, whichever component shows it (issue 17, point 7).

type Messages = Record<string, unknown>;

/** The message at `path`, or null. In the Next build the catalogues are precompiled (next.config.mjs): a message with an argument is an array there. */
function at(messages: Messages, path: string[]): unknown {
  let node: unknown = messages;
  for (const part of path) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' || Array.isArray(node) ? node : null;
}

/** The message namespace of an action's domain, from its name (`strategy.place` → `strategy`). */
const DOMAIN_OF_ACTION: Record<string, string> = {
  departments: 'externalActions',
  competencies: 'externalActions',
  relations: 'actors',
  translations: 'partnerships',
  coordination: 'partnerships',
  members: 'workspace',
};

/** The namespace to look in first for an action's refusals. */
export function domainOfAction(name: string): string {
  const prefix = name.split('.')[0]!;
  return DOMAIN_OF_ACTION[prefix] ?? prefix;
}

/**
 * The dotted path of the message that says `key`, or null: the app-wide namespace first (`errors`
 * for a result's message, `validation` for a field's), then the other one, then the action's own
 * domain (`domain`), then any domain's `errors` and `validation`, in the files' order.
 */
export function messagePathFor(messages: Messages, key: string, kind: 'message' | 'field', domain?: string): string | null {
  if (!/^[A-Za-z_]+$/.test(key)) return null;
  const first = kind === 'message' ? ['errors', 'validation'] : ['validation', 'errors'];
  for (const ns of first) if (at(messages, [ns, key]) !== null) return `${ns}.${key}`;
  if (domain) for (const ns of ['errors', 'validation']) if (at(messages, [domain, ns, key]) !== null) return `${domain}.${ns}.${key}`;
  for (const [domain, value] of Object.entries(messages)) {
    if (!value || typeof value !== 'object') continue;
    for (const ns of ['errors', 'validation']) if (at(messages, [domain, ns, key]) !== null) return `${domain}.${ns}.${key}`;
  }
  return null;
}
