/**
 * Hostile values for the property-based input tests (lib/security/hostile/*.test.ts): for a
 * field of a valid input, fast-check arbitraries of values that no endpoint may accept there.
 * Each value carries a label so that the summary and any failure say what was tried.
 */
import fc from 'fast-check';

export type Hostile = { label: string; value: unknown };

/** Runs per endpoint and the seed; override with HOSTILE_RUNS / HOSTILE_SEED to explore further. */
export const HOSTILE_RUNS = Number(process.env.HOSTILE_RUNS ?? 25);
export const HOSTILE_SEED = Number(process.env.HOSTILE_SEED ?? 20_261_126);

export const ONE_MB = 1024 * 1024;
const big = 'x'.repeat(ONE_MB);

const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff'];

/** An object whose own keys are `__proto__` and `constructor` (as JSON.parse or a server action body makes them). */
export const prototypeKeys = () => JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}') as object;

const c = (label: string, value: unknown): fc.Arbitrary<Hostile> => fc.constant({ label, value });

/** A string around `base` with one character inserted that no text field may hold. */
function spliced(base: string, chars: string[], label: string): fc.Arbitrary<Hostile> {
  const text = base.length >= 2 ? base : `${base}abc`;
  return fc
    .tuple(fc.integer({ min: 0, max: text.length }), fc.constantFrom(...chars))
    .map(([at, ch]) => ({ label, value: text.slice(0, at) + ch + text.slice(at) }));
}

/** Values refused for any field, whatever its type. */
function universal(base: unknown): fc.Arbitrary<Hostile>[] {
  const text = typeof base === 'string' ? base : 'texte';
  return [
    c('string of 1 MB', big),
    spliced(text, CONTROLS, 'control character'),
    spliced(text, SURROGATES, 'unpaired surrogate'),
    c('NaN', Number.NaN),
    fc.constantFrom(Infinity, -Infinity).map((value) => ({ label: 'Infinity', value })),
    c('array of objects', [{ nested: true }]),
    fc.constant(null).map(() => ({ label: '__proto__/constructor keys', value: prototypeKeys() })),
    c('invalid Date object', new Date(Number.NaN)),
  ];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENUM_KEYS = new Set([
  'type',
  'status',
  'role',
  'category',
  'level',
  'format',
  'mode',
  'direction',
  'dimension',
  'frequency',
  'domain',
  'nature',
  'fundingSource',
  'locale',
  'ruleKey',
  'questionKey',
  'family',
  'scope',
  'kind',
  'lang',
]);

/** Hostile values for the field `key` whose valid value is `base`; `required` adds null and empty values. */
export function hostileFor(key: string, base: unknown, required: boolean): fc.Arbitrary<Hostile> {
  const arbs = [...universal(base)];
  if (required) arbs.push(c('null', null), c('undefined', undefined));
  if (typeof base === 'string') {
    arbs.push(
      fc.oneof(fc.integer(), fc.double({ noNaN: true })).map((value) => ({ label: 'number instead of text', value })),
      c('boolean instead of text', true),
      c('object instead of text', { value: base }),
    );
    // Empty text only where the valid value is not empty itself (an empty list of lines is a valid answer).
    if (required && base.trim() !== '') arbs.push(c('empty text', ''), c('blank text', ' \t\n '));
    if (DATE.test(base)) {
      arbs.push(
        fc
          .constantFrom('2026-02-30', '2026-02-31', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-32')
          .map((value) => ({ label: 'impossible date', value })),
        fc.constantFrom('31/12/2026', '2026-1-1', 'demain', '+275760-09-13', '2026-01-01T00:00:00Z').map((value) => ({ label: 'badly formed date', value })),
      );
    }
    if (base.includes('@')) {
      arbs.push(
        fc
          .constantFrom('not-an-email', 'a@', '@example.org', 'a b@example.org', '<script>@x.fr', 'a@b@c.fr')
          .map((value) => ({ label: 'invalid email', value })),
      );
    }
    if (ENUM_KEYS.has(key)) {
      arbs.push(
        fc.constantFrom('not_an_option', '__proto__', 'constructor', 'toString', 'hasOwnProperty').map((value) => ({ label: 'value outside the enum', value })),
      );
    }
    if (/(^id$|Id$)/.test(key)) {
      arbs.push(fc.constantFrom("' OR '1'='1", '../../etc/passwd', 'x'.repeat(65), '%00').map((value) => ({ label: 'forged id', value })));
    }
  } else if (typeof base === 'number') {
    arbs.push(
      fc.constantFrom('abc', '1e', '١٢', '0x1G').map((value) => ({ label: 'text instead of number', value })),
      c('object instead of number', {}),
      fc
        .oneof(fc.integer({ min: -2_000_000_000, max: -1_000_000_000 }), fc.constant(-Number.MAX_VALUE))
        .map((value) => ({ label: 'huge negative number', value })),
      fc.oneof(fc.double({ min: 1e15, max: 1e300, noNaN: true }), fc.constant(Number.MAX_SAFE_INTEGER + 2)).map((value) => ({ label: 'huge number', value })),
    );
  } else if (Array.isArray(base)) {
    arbs.push(
      c(
        '10 000 items',
        Array.from({ length: 10_000 }, (_, i) => (typeof base[0] === 'string' ? `${base[0]}${i}` : (base[0] ?? i))),
      ),
      c('object instead of array', { 0: base[0], length: 1 }),
      c('array of arrays', [[base[0]]]),
    );
  } else if (base !== null && typeof base === 'object') {
    arbs.push(c('text instead of object', 'table'), c('array instead of object', [base]), c('number instead of object', 42));
  }
  return fc.oneof(...arbs);
}

/** Every path to a value inside `input` (objects and arrays, depth-first), the input's root excluded. */
export function fieldPaths(input: unknown, prefix: (string | number)[] = [], depth = 0): (string | number)[][] {
  if (depth > 4 || input === null || typeof input !== 'object') return [];
  const entries = Array.isArray(input) ? input.slice(0, 3).map((v, i) => [i, v] as const) : Object.entries(input);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...fieldPaths(v, [...prefix, k], depth + 1)]);
}

export function getAt(input: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], input);
}

/** A deep copy of `input` with the value at `path` replaced (or removed when `value` is undefined). */
export function setAt(input: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(input) ? [...input] : { ...(input as object) }) as Record<string | number, unknown>;
  const next = setAt(copy[head!], rest, value);
  if (next === undefined && rest.length === 0 && !Array.isArray(copy)) delete copy[head!];
  else copy[head!] = next;
  return copy;
}

/** How a value looks in a failure message: long strings cut, characters escaped. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value);
  if (typeof value === 'number' || value === undefined) return String(value);
  try {
    const s = JSON.stringify(value);
    return s.length > 60 ? `${s.slice(0, 60)}…` : s;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
