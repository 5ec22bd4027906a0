import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { db } from '@/db/client';
import { databaseFingerprint, makeWorkspace } from '@/lib/test/fixtures';
import { AppError } from '@/lib/errors';
import { ActorFilter } from '@/lib/actors/schemas';
import { ExternalActionFilter } from '@/lib/external-actions/schemas';
import { AuditFilter } from '@/lib/audit/schemas';
import { ExportQuery } from '@/lib/strategy-document/schemas';
import { loadDocumentState } from '@/lib/strategy-document/export';
import { toLocale } from '@/lib/i18n/config';
import { describe as show } from './values';
import { options, count, printTallyAfterAll } from './checks';

// Hostile input (issue 10.2): the shared checks, tally and options are in ./checks.ts.

printTallyAfterAll('query parameters');

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
