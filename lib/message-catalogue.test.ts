import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import compile from 'icu-minify/compile';
import { createTranslator } from 'next-intl';
import { CATALOGUES, optionalMessage, translatorFor } from './message-catalogue';
import { operationsMessage } from '@/lib/http/operations-messages';

// The Next build precompiles messages/*.json (next.config.mjs): nothing may read a message as a
// string. This file runs under both Vitest configs: plain JSON (vitest.config.mts) and the
// build's precompiled catalogues (vitest.precompiled.config.mts).

const root = process.cwd();
const precompiled = typeof (CATALOGUES.en.operations.pdfBusy as unknown) !== 'string';

function leaves(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

describe('message catalogues read outside a page', () => {
  it('formats arguments and plurals in both languages, however the catalogue was loaded', () => {
    expect(operationsMessage('fr', 'pdfBusy', { seconds: 30 })).toBe('Trop de documents PDF sont en cours de préparation. Réessayez dans 30 secondes.');
    expect(operationsMessage('en', 'bodyTooLarge', { size: 8 })).toBe('This request is larger than the 8 MB limit: it was not processed.');
    const plural = leaves(JSON.parse(fs.readFileSync(path.join(root, 'messages', 'en.json'), 'utf8'))).find(([, m]) => /^\{count, plural,/.test(m));
    expect(plural, 'a message that is a plural of {count}').toBeDefined();
    expect(translatorFor('en')(plural![0], { count: 1 })).not.toBe(translatorFor('en')(plural![0], { count: 2 }));
    expect(optionalMessage('en', 'operations.malformedRequest')).toBe('This request is malformed: it was not processed.');
    expect(optionalMessage('en', 'operations.noSuchKey')).toBeUndefined();
    expect(translatorFor('fr')).toBe(translatorFor('fr'));
  });

  it('is precompiled exactly when this run loads catalogues as the Next build does', () => {
    const configFile = process.env.VITEST_PRECOMPILED === '1';
    expect(precompiled).toBe(configFile);
  });

  it('compiles every message, and a message without argument reads the same compiled or not', () => {
    for (const locale of ['fr', 'en'] as const) {
      const plain = JSON.parse(fs.readFileSync(path.join(root, 'messages', `${locale}.json`), 'utf8')) as Record<string, unknown>;
      const t = createTranslator({ locale, messages: plain as never, timeZone: 'Europe/Paris' }) as unknown as (key: string) => string;
      let checked = 0;
      for (const [key, message] of leaves(plain)) {
        const compiled = compile(message);
        if (typeof compiled !== 'string') continue;
        checked++;
        // The build's text (an ICU message without argument compiles to its text, quotes resolved) is the text Vitest reads.
        if (!precompiled) expect(compiled, `${locale} ${key}`).toBe(t(key));
      }
      expect(checked).toBeGreaterThan(1000);
    }
  });

  it('is read as values only by lib/message-catalogue.ts (app, components and lib go through a translator)', () => {
    const allowed = new Set([
      'lib/message-catalogue.ts',
      // The test-only helper of lib/security/hostile lists the catalogues' keys, never their text.
      'lib/security/hostile/checks.ts',
    ]);
    const readers = ['app', 'components', 'lib']
      .flatMap(sourceFiles)
      .filter((file) => /^import (?!type )[^;]*from '(@\/|(\.\.\/)+)messages\/(fr|en)\.json'/m.test(fs.readFileSync(path.join(root, file), 'utf8')))
      .filter((file) => !allowed.has(file));
    expect(readers).toEqual([]);
  });
});
