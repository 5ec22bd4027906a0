import { afterAll, expect } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import { rawSqlite } from '@/db/client';
import type { ActionResult } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { fieldErrorsFrom, parseInput } from '@/lib/validation';
import { HOSTILE_RUNS, HOSTILE_SEED, fieldPaths, getAt, hostileFor, setAt, type Hostile } from './values';

/**
 * Hostile input (issue 10.2): every validated endpoint receives invalid and oversized values, one
 * field at a time, through the same code path as in production (real SQLite, real migrations, no
 * mocks). Each must be refused with a localised message and leave the database exactly as it was
 * (row counts of every table and a checksum of their content).
 *
 * Bounded and reproducible: HOSTILE_RUNS (default 25) runs per endpoint with the fixed seed
 * HOSTILE_SEED (default 20261126). `HOSTILE_RUNS=500 HOSTILE_SEED=$RANDOM npx vitest run lib/security/hostile`
 * explores further. Each test file of this folder prints its part of the summary when it is done
 * (the sum is the one docs/security.md quotes).
 *
 * This module holds what the test files share: the fast-check options, the tally, the checks of a
 * refusal and the field mutations.
 */

export const options = { numRuns: HOSTILE_RUNS, seed: HOSTILE_SEED, endOnFailure: true };

/**
 * `refused`: turned down with a localised message. `harmless`: accepted by design and proven inert
 * (unknown keys stripped, an imported cell stored as plain text and neutralised in the export, a
 * page filter reset or bounded). Anything else fails its test before it is counted.
 */
type Outcome = 'refused' | 'harmless';
const tally = { endpoints: new Set<string>(), tried: 0, refused: 0, harmless: 0, unchanged: 0, labels: new Map<string, number>() };
export function count(endpoint: string, label: string, outcome: Outcome, unchanged: boolean) {
  tally.endpoints.add(endpoint);
  tally.tried++;
  tally[outcome]++;
  if (unchanged) tally.unchanged++;
  tally.labels.set(label, (tally.labels.get(label) ?? 0) + 1);
}

/**
 * Prints this test file's part of the summary once its tests are done, then starts the tally again
 * (each test file has its own copy of this module; the reset keeps parts apart if they ever share one).
 */
export function printTallyAfterAll(part: string) {
  afterAll(() => {
    const kinds = [...tally.labels.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([l, n]) => `${l} ${n}`)
      .join(', ');
    console.log(
      `[hostile-input] ${part}: ${tally.endpoints.size} endpoints, ${tally.tried} hostile inputs: ${tally.refused} refused with a localised message, ` +
        `${tally.harmless} accepted as inert (extra keys stripped, import cells kept as text, filters bounded), 0 accepted otherwise or crashed; ` +
        `database unchanged after ${tally.unchanged} (seed ${HOSTILE_SEED}, ${HOSTILE_RUNS} runs per endpoint)\n[hostile-input] kinds: ${kinds}`,
    );
    Object.assign(tally, { endpoints: new Set<string>(), tried: 0, refused: 0, harmless: 0, unchanged: 0, labels: new Map<string, number>() });
  });
}
// ---------------------------------------------------------------------------------------------
// Localised messages

/** Every key under an `errors` or `validation` object of the messages, at any depth, in both languages. */
function messageKeys(messages: object): Set<string> {
  const keys = new Set<string>();
  const walk = (node: unknown, inside: boolean) => {
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (typeof v === 'string' && inside) keys.add(k);
      else walk(v, inside || /errors|validation/i.test(k));
    }
  };
  walk(messages, false);
  return keys;
}
const FR_KEYS = messageKeys(fr);
const EN_KEYS = messageKeys(en);

/** A message the person can read: a key translated in both languages, or zod's own text in their language. */
export function expectLocalised(message: string, where: string) {
  expect(message, where).toBeTruthy();
  if (/^[a-zA-Z][\w.]*$/.test(message)) {
    expect(FR_KEYS.has(message) && EN_KEYS.has(message), `${where}: message key "${message}" has no French and English text`).toBe(true);
  }
}

/** A refusal (4xx): a known error code with a localised message and localised field messages. */
export function expectRefused(result: ActionResult<unknown>, where: string) {
  expect(result.ok, `${where} was ACCEPTED`).toBe(false);
  if (result.ok) return;
  expect(['invalid', 'not_found', 'conflict', 'forbidden'], where).toContain(result.code);
  expectLocalised(result.message, where);
  for (const [field, message] of Object.entries(result.fieldErrors ?? {})) expectLocalised(message, `${where} → ${field}`);
}

export function parseRefusal(schema: z.ZodType, raw: unknown, locale: Locale): ActionResult<unknown> {
  const parsed = parseInput(schema, raw, locale);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, code: 'invalid', message: 'invalid', fieldErrors: fieldErrorsFrom(parsed.error) };
}

export function dumpContains(marker: string) {
  const tables = rawSqlite().prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
  return tables.some(({ name }) => JSON.stringify(rawSqlite().prepare(`select * from "${name}"`).all()).includes(marker));
}

/** Mutations of one field of `base`: a path and a hostile value fitting what is there. */
export function mutations(
  schema: z.ZodType,
  base: unknown,
  keep = (_path: (string | number)[]) => true,
): fc.Arbitrary<{ path: (string | number)[]; hostile: Hostile }> {
  const paths = fieldPaths(base).filter(keep);
  return fc.constantFrom(...paths).chain((path) => {
    // An array's element is never "required" (lists drop empty entries); a property is when the input fails without it.
    const required = typeof path.at(-1) !== 'number' && !schema.safeParse(setAt(base, path, undefined)).success;
    return hostileFor(String(path.at(-1)), getAt(base, path), required).map((hostile) => ({ path, hostile }));
  });
}

export function expectNoPollution() {
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
}
