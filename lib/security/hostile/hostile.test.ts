/**
 * Hostile input (issue 10.2): every validated endpoint receives invalid and oversized values, one
 * field at a time, through the same code path as in production (real SQLite, real migrations, no
 * mocks). Each must be refused with a localised message and leave the database exactly as it was
 * (row counts of every table and a checksum of their content).
 *
 * Bounded and reproducible: HOSTILE_RUNS (default 25) runs per endpoint with the fixed seed
 * HOSTILE_SEED (default 20261126). `HOSTILE_RUNS=500 HOSTILE_SEED=$RANDOM npx vitest run lib/security/hostile`
 * explores further. The summary printed at the end is the one the README quotes.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import { db, rawSqlite } from '@/db/client';
import { executeWorkspaceAction, workspaceActionRegistry } from '@/lib/auth/action';
import { databaseFingerprint, makeUser, makeWorkspace } from '@/lib/test/fixtures';
import { actionInputs } from '@/lib/test/action-inputs';
import type { ActionResult } from '@/lib/errors';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/config';
import { fieldErrorsFrom, parseInput } from '@/lib/validation';
import { SignInInput } from '@/lib/auth/schemas';
import { AcceptInvitationInput, AccountInput, CreateWorkspaceInput, LocaleInput, SetupInput } from '@/lib/workspaces/schemas';
import { acceptInvitation } from '@/lib/workspaces/queries';
import { processCensusSubmission } from '@/lib/census/submit';
import { createCensusLink } from '@/lib/census/queries';
import { CensusSubmission } from '@/lib/census/schemas';
import { ImportFileError, readImportFile } from '@/lib/actors/import';
import { ImportFileInput, IMPORT_MAX_BYTES } from '@/lib/actors/import-schemas';
import { actorsToCsv } from '@/lib/actors/export';
import { listAllActors } from '@/lib/actors/queries';
import { ActorFilter } from '@/lib/actors/schemas';
import { ExternalActionFilter } from '@/lib/external-actions/schemas';
import { AuditFilter } from '@/lib/audit/schemas';
import { ExportQuery } from '@/lib/strategy-document/schemas';
import { loadDocumentState } from '@/lib/strategy-document/export';
import { toLocale } from '@/lib/i18n/config';
import { HOSTILE_RUNS, HOSTILE_SEED, describe as show, fieldPaths, getAt, hostileFor, prototypeKeys, setAt, type Hostile } from './values';

const options = { numRuns: HOSTILE_RUNS, seed: HOSTILE_SEED, endOnFailure: true };

// ---------------------------------------------------------------------------------------------
// Tally for the summary

/**
 * `refused`: turned down with a localised message. `harmless`: accepted by design and proven inert
 * (unknown keys stripped, an imported cell stored as plain text and neutralised in the export, a
 * page filter reset or bounded). Anything else fails its test before it is counted.
 */
type Outcome = 'refused' | 'harmless';
const tally = { endpoints: new Set<string>(), tried: 0, refused: 0, harmless: 0, unchanged: 0, labels: new Map<string, number>() };
function count(endpoint: string, label: string, outcome: Outcome, unchanged: boolean) {
  tally.endpoints.add(endpoint);
  tally.tried++;
  tally[outcome]++;
  if (unchanged) tally.unchanged++;
  tally.labels.set(label, (tally.labels.get(label) ?? 0) + 1);
}

afterAll(() => {
  const kinds = [...tally.labels.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([l, n]) => `${l} ${n}`)
    .join(', ');
  console.log(
    `[hostile-input] ${tally.endpoints.size} endpoints, ${tally.tried} hostile inputs: ${tally.refused} refused with a localised message, ` +
      `${tally.harmless} accepted as inert (extra keys stripped, import cells kept as text, filters bounded), 0 accepted otherwise or crashed; ` +
      `database unchanged after ${tally.unchanged} (seed ${HOSTILE_SEED}, ${HOSTILE_RUNS} runs per endpoint)\n[hostile-input] kinds: ${kinds}`,
  );
});

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
function expectLocalised(message: string, where: string) {
  expect(message, where).toBeTruthy();
  if (/^[a-zA-Z][\w.]*$/.test(message)) {
    expect(FR_KEYS.has(message) && EN_KEYS.has(message), `${where}: message key "${message}" has no French and English text`).toBe(true);
  }
}

/** A refusal (4xx): a known error code with a localised message and localised field messages. */
function expectRefused(result: ActionResult<unknown>, where: string) {
  expect(result.ok, `${where} was ACCEPTED`).toBe(false);
  if (result.ok) return;
  expect(['invalid', 'not_found', 'conflict', 'forbidden'], where).toContain(result.code);
  expectLocalised(result.message, where);
  for (const [field, message] of Object.entries(result.fieldErrors ?? {})) expectLocalised(message, `${where} → ${field}`);
}

function parseRefusal(schema: z.ZodType, raw: unknown, locale: Locale): ActionResult<unknown> {
  const parsed = parseInput(schema, raw, locale);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, code: 'invalid', message: 'invalid', fieldErrors: fieldErrorsFrom(parsed.error) };
}

function dumpContains(marker: string) {
  const tables = rawSqlite().prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[];
  return tables.some(({ name }) => JSON.stringify(rawSqlite().prepare(`select * from "${name}"`).all()).includes(marker));
}

/** Mutations of one field of `base`: a path and a hostile value fitting what is there. */
function mutations(
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

function expectNoPollution() {
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype was polluted').toBeUndefined();
}

// ---------------------------------------------------------------------------------------------
// Every registered workspace action

describe('hostile input to every workspace action', () => {
  for (const definition of workspaceActionRegistry) {
    it(`${definition.name}: each hostile field value is refused with a localised message, the database unchanged`, () => {
      const ws = makeWorkspace('hostile');
      const inputs = actionInputs(ws);
      expect(definition.name in inputs, `no valid input for ${definition.name} in lib/test/action-inputs.ts`).toBe(true);
      const base = inputs[definition.name];
      const check = definition.schema.safeParse(base);
      expect(check.success, `the valid input of ${definition.name} does not pass its schema: ${JSON.stringify(check.error?.issues)}`).toBe(true);
      const before = databaseFingerprint();
      fc.assert(
        fc.property(mutations(definition.schema, base), fc.constantFrom<Locale>('fr', 'en'), ({ path, hostile }, locale) => {
          const where = `${definition.name} ${path.join('.')} = ${hostile.label} ${show(hostile.value)}`;
          const result = executeWorkspaceAction(definition, ws.people.admin.id, ws.id, setAt(base, path, hostile.value), locale);
          const unchanged = databaseFingerprint().checksum === before.checksum;
          // The import's preview writes nothing and answers with the rows it refuses, each with its message.
          const refusedInPreview = definition.name === 'actors.importPreview' && result.ok && (result.data as { asideCount: number }).asideCount > 0;
          if (!refusedInPreview) expectRefused(result, where);
          expect(unchanged, `${where} changed the database`).toBe(true);
          expectNoPollution();
          count(definition.name, hostile.label, 'refused', unchanged);
        }),
        options,
      );
    });

    it(`${definition.name}: extra, __proto__ and constructor keys never reach the database or a prototype`, () => {
      const ws = makeWorkspace('hostile');
      const base = actionInputs(ws)[definition.name];
      const marker = `extra-${crypto.randomUUID()}`;
      const raw = Object.assign(prototypeKeys(), base, { [marker]: marker, isAdmin: marker, workspaceId: marker });
      const before = databaseFingerprint();
      const result = executeWorkspaceAction(definition, ws.people.admin.id, ws.id, raw);
      if (!result.ok) expect(databaseFingerprint()).toEqual(before);
      count(definition.name, 'extra keys', result.ok ? 'harmless' : 'refused', !result.ok);
      expect(dumpContains(marker), `${definition.name} stored an extra key`).toBe(false);
      expectNoPollution();
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Account, sign-in, setup and invitation: the same parse as their server actions

describe('hostile input to the account, sign-in, setup and invitation forms', () => {
  const slugBase = { name: 'Commune test', level: 'commune', country: 'FR', population: 1000, languages: ['fr'] };
  const forms: [string, z.ZodType, unknown][] = [
    ['auth.signIn', SignInInput, { email: 'someone@example.org', password: 'secret-password' }],
    ['account.update', AccountInput, { name: 'Camille Martin', locale: 'fr' }],
    ['account.createWorkspace', CreateWorkspaceInput, { ...slugBase, slug: 'commune-test' }],
    ['invitation.accept', AcceptInvitationInput, { token: 'a'.repeat(43), name: 'Camille', password: 'long-enough-1', confirm: 'long-enough-1' }],
    [
      'setup',
      SetupInput,
      { ...slugBase, slug: 'commune-test', adminName: 'Camille', adminEmail: 'camille@example.org', password: 'long-enough-1', confirm: 'long-enough-1' },
    ],
  ];
  for (const [name, schema, base] of forms) {
    it(`${name}: each hostile field value is refused with a localised message`, () => {
      expect(schema.safeParse(base).success, `valid input of ${name}`).toBe(true);
      const before = databaseFingerprint();
      fc.assert(
        fc.property(mutations(schema, base), fc.constantFrom<Locale>('fr', 'en'), ({ path, hostile }, locale) => {
          const result = parseRefusal(schema, setAt(base, path, hostile.value), locale);
          expectRefused(result, `${name} ${path.join('.')} = ${hostile.label} ${show(hostile.value)}`);
          count(name, hostile.label, 'refused', true);
        }),
        options,
      );
      expect(databaseFingerprint()).toEqual(before);
    });
  }

  it('locale switch: anything but fr or en is refused', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything()), (value) => {
        fc.pre(value !== 'fr' && value !== 'en');
        expect(LocaleInput.safeParse(value).success).toBe(false);
        count('account.setLocale', 'any value', 'refused', true);
      }),
      options,
    );
  });

  it('invitation tokens: a forged token joins nothing and changes nothing', () => {
    makeWorkspace('hostile');
    const user = makeUser('Intruder');
    const before = databaseFingerprint();
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.constantFrom("' OR '1'='1", '%', '_', '*', 'x'.repeat(100_000))), (token) => {
        let refused = false;
        try {
          acceptInvitation(token, { existingUserId: user.id });
        } catch (error) {
          refused = error instanceof AppError;
          if (!refused) throw error;
          expectLocalised((error as AppError).messageKey, `invitation token ${show(token)}`);
        }
        const unchanged = databaseFingerprint().checksum === before.checksum;
        expect(refused && unchanged).toBe(true);
        count('invitation.join', 'forged token', 'refused', unchanged);
      }),
      options,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The public census form

describe('hostile input to the public census form', () => {
  it('each hostile field value is refused with a localised message, nothing stored', () => {
    const ws = makeWorkspace('hostile');
    const { token } = db.transaction((tx) => createCensusLink(tx, ws.ctx('editor'), { title: 'Recensement', closesAt: null })).data;
    const base = {
      token,
      homepage: '',
      organisation: 'Association Argence Solidarité',
      category: 'association',
      city: 'Argence',
      description: 'Échanges scolaires.',
      contactName: 'Fatou Sarr',
      contactRole: 'Présidente',
      contactEmail: 'fatou.sarr@example.org',
      contactPhone: '+33 6 00 00 00 00',
      consent: true,
      links: [{ country: 'SN', partner: 'Commune de Thiès-Nord', kind: 'partnership', frequency: 'yearly', potential: 'Jeunes' }],
    };
    let address = 0;
    // The base itself is accepted (a fresh address each time, so that the rate limit stays out of the way).
    expect(processCensusSubmission(base, { address: `192.0.2.${++address}`, locale: 'fr' })).toEqual({ ok: true, data: null });
    // The rate limiter counts refused answers too: its table is the one a refusal writes.
    const fingerprint = () => databaseFingerprint({ except: ['sign_in_attempts'] });
    const before = fingerprint();
    // The invisible trap (homepage) answers a robot "thank you" without storing anything: left out here.
    fc.assert(
      fc.property(
        mutations(CensusSubmission, base, (path) => path[0] !== 'homepage'),
        fc.constantFrom<Locale>('fr', 'en'),
        ({ path, hostile }, locale) => {
          const where = `census ${path.join('.')} = ${hostile.label} ${show(hostile.value)}`;
          const result = processCensusSubmission(setAt(base, path, hostile.value), { address: `2001:db8::${++address}`, locale });
          const unchanged = fingerprint().checksum === before.checksum;
          expectRefused(result, where);
          expect(unchanged, `${where} changed the database`).toBe(true);
          count('census.submit', hostile.label, 'refused', unchanged);
          expectNoPollution();
        },
      ),
      options,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The actors import: hostile files, then hostile rows through the commit

describe('hostile files to the actors import', () => {
  const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

  it('unreadable, oversized, mislabelled and random files are refused with a localised message', async () => {
    const files = fc.oneof(
      fc
        .uint8Array({ minLength: 1, maxLength: 4096 })
        .map((bytes) => ({ label: 'random bytes as xlsx', file: { name: 'a.xlsx', format: 'xlsx', data: b64(bytes) } })),
      fc.constant({ label: 'zip header only', file: { name: 'a.xlsx', format: 'xlsx', data: b64(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])) } }),
      fc.constant({ label: 'csv labelled xlsx', file: { name: 'a.xlsx', format: 'xlsx', data: b64('Nom;Catégorie\nA;association\n') } }),
      fc.constant({ label: 'file over the size limit', file: { name: 'a.csv', format: 'csv', data: b64(Buffer.alloc(IMPORT_MAX_BYTES + 10, 0x41)) } }),
      fc.constant({ label: 'too many rows', file: { name: 'a.csv', format: 'csv', data: b64(`Nom;Catégorie\n${'A;association\n'.repeat(6000)}`) } }),
      fc.constant({ label: 'empty csv', file: { name: 'a.csv', format: 'csv', data: b64('\n\n') } }),
      fc.constantFrom('', '%%%', '!!!!').map((data) => ({ label: 'not base64', file: { name: 'a.csv', format: 'csv', data } })),
      fc.constantFrom('ods', 'exe', '__proto__', null, 3).map((format) => ({ label: 'unknown format', file: { name: 'a.csv', format, data: b64('x') } })),
      fc.constant({ label: 'name of 1 MB', file: { name: 'x'.repeat(1024 * 1024), format: 'csv', data: b64('x') } }),
    );
    const before = databaseFingerprint();
    await fc.assert(
      fc.asyncProperty(files, async ({ label, file }) => {
        const parsed = ImportFileInput.safeParse(file);
        let refused = !parsed.success;
        if (parsed.success) {
          try {
            const table = await readImportFile(parsed.data);
            // Read at all: then it must hold no row (an empty or header-only file is refused later by the preview).
            refused = table.rows.length === 0;
          } catch (error) {
            expect(error, `${label}: crashed`).toBeInstanceOf(ImportFileError);
            const key = (error as ImportFileError).key;
            expect(Object.keys(fr.actorsImport.errors)).toContain(key);
            expect(Object.keys(en.actorsImport.errors)).toContain(key);
            refused = true;
          }
        }
        expect(refused, `${label} was read as actors`).toBe(true);
        count('actors.importFile', label, 'refused', true);
      }),
      { ...options, numRuns: Math.min(HOSTILE_RUNS, 25) },
    );
    expect(databaseFingerprint()).toEqual(before);
  });

  it('hostile cells either fail their row with a message or are stored as inert text; formulas are neutralised in the export', async () => {
    const ws = makeWorkspace('hostile');
    const commit = workspaceActionRegistry.find((d) => d.name === 'actors.import')!;
    const cells = fc.oneof(
      fc
        .constantFrom('=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", '-2+3', '@SUM(A1:A2)', '=1+1', '\t=1', '\r=1')
        .map((v) => ({ label: 'formula', v })),
      fc.constantFrom('<script>alert(1)</script>', '<img src=x onerror="window.__xss=1">', 'javascript:alert(1)').map((v) => ({ label: 'markup', v })),
      fc.string({ unit: 'binary', maxLength: 40 }).map((v) => ({ label: 'random unicode', v })),
    );
    await fc.assert(
      fc.asyncProperty(cells, fc.constantFrom(0, 2, 3, 5, 13, 14), async ({ label, v }, column) => {
        const headers = [
          'Nom',
          'Catégorie',
          'Pays',
          'Ville',
          'Thèmes',
          'Langues',
          'Liens',
          'Influence',
          'Intérêt',
          'Étiquettes',
          'Site web',
          'Portefeuille',
          'Contact',
          'Fonction',
          'Courriel',
        ];
        const row = ['Acteur importé', 'association', 'SN', 'Thiès', '', '', '', '3', '3', '', '', '', '', '', ''];
        row[column] = column === 0 ? `Acteur ${v}` : v;
        const csv = [headers, row].map((r) => r.map((x) => `"${x.replaceAll('"', '""')}"`).join(';')).join('\n');
        const table = await readImportFile({ name: 'hostile.csv', format: 'csv', data: b64(csv) });
        const before = databaseFingerprint();
        const mapping = {
          name: 0,
          category: 1,
          country: 2,
          city: 3,
          themes: 4,
          languages: 5,
          links: 6,
          influence: 7,
          interest: 8,
          tags: 9,
          website: 10,
          portfolio: 11,
          contactName: 12,
          contactRole: 13,
          contactEmail: 14,
        };
        const result = executeWorkspaceAction(commit, ws.people.admin.id, ws.id, { table, mapping, decisions: {} });
        if (!result.ok) {
          expectRefused(result, `import cell ${label} ${show(v)}`);
          expect(databaseFingerprint()).toEqual(before);
          count('actors.import', label, 'refused', true);
          return;
        }
        // Stored as text: the export neutralises anything a spreadsheet would run.
        const csvOut = actorsToCsv(listAllActors(db, ws.ctx('admin'), ActorFilter.parse({})), 'fr');
        for (const line of csvOut.split(/\r?\n/).slice(1)) {
          for (const field of line.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/)) {
            const cell = field.replace(/^"|"$/g, '').replaceAll('""', '"');
            expect(/^[=+\-@\t\r]/.test(cell), `exported cell ${show(cell)} would run as a formula`).toBe(false);
          }
        }
        count('actors.import', label, 'harmless', false);
      }),
      options,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Query parameters of the route handlers and pages

describe('hostile query parameters', () => {
  const query = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.constantFrom('x'.repeat(1024 * 1024), '-1', '1e309', 'NaN', '__proto__', 'constructor', "' OR 1=1 --", '../../etc/passwd', '%00', '\u0000', '\ud800'),
  );

  it('document export (format, lang, version): refused with 400 unless exactly valid', () => {
    fc.assert(
      fc.property(query, fc.constantFrom('format', 'lang', 'version'), (value, key) => {
        const raw = { format: 'docx', lang: 'fr', version: undefined as string | undefined, [key]: value };
        const parsed = ExportQuery.safeParse(raw);
        const valid =
          ['docx', 'pdf'].includes(raw.format) &&
          ['fr', 'en'].includes(raw.lang) &&
          (raw.version === undefined || (raw.version.length >= 1 && raw.version.length <= 64));
        expect(parsed.success).toBe(valid);
        count('GET document/export', `query ${key}`, parsed.success ? 'harmless' : 'refused', true);
      }),
      options,
    );
  });

  it('print view and public PDF (lang, version): any language falls back to a known one, a forged version is not found', () => {
    const ws = makeWorkspace('hostile');
    const before = databaseFingerprint();
    fc.assert(
      fc.property(query, (value) => {
        expect(['fr', 'en']).toContain(toLocale(value));
        let refused = false;
        try {
          loadDocumentState(db, ws.ctx('reviewer'), value || 'x');
        } catch (error) {
          refused = error instanceof AppError && error.code === 'not_found';
          if (!refused) throw error;
        }
        expect(refused, `version=${show(value)} was found`).toBe(true);
        count('GET document/print and /p/<slug>/pdf', 'query version/lang', 'refused', true);
      }),
      options,
    );
    expect(databaseFingerprint()).toEqual(before);
  });

  const filters: [string, z.ZodType, string[]][] = [
    ['GET actors/export and actors page', ActorFilter, ['q', 'family', 'category', 'country', 'tag', 'theme', 'sort', 'dir', 'page', 'size']],
    ['external actions page', ExternalActionFilter, ['q', 'type', 'status', 'partner', 'department', 'sort', 'dir', 'page', 'size']],
    ['audit page', AuditFilter, ['user', 'action', 'entity', 'from', 'to', 'page']],
  ];
  for (const [name, schema, keys] of filters) {
    it(`${name}: hostile filters never throw, and what passes stays bounded`, () => {
      fc.assert(
        fc.property(query, fc.constantFrom(...keys), (value, key) => {
          const parsed = schema.safeParse({ [key]: value });
          if (parsed.success) expect(JSON.stringify(parsed.data).length, `${key}=${show(value)} passed through unbounded`).toBeLessThan(2000);
          count(name, `query ${key}`, parsed.success ? 'harmless' : 'refused', true);
        }),
        options,
      );
    });
  }
});
