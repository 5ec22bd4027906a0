import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';
import { domainOfAction, messagePathFor } from './error-messages';

const root = path.resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'test' ? [] : sources(file);
    return file.endsWith('.ts') && !file.endsWith('.test.ts') ? [file] : [];
  });
}

/** Every key an action may return: thrown refusals, `message:` of results and of zod schemas. */
function returnedKeys() {
  const keys = new Map<string, { kind: 'message' | 'field'; file: string }>();
  for (const file of sources(path.join(root, 'lib'))) {
    const text = readFileSync(file, 'utf8');
    const rel = path.relative(root, file);
    for (const m of text.matchAll(/new (?:Forbidden|NotFound|Conflict|Invalid|StaleVersion)\(\s*'([A-Za-z_]+)'/g))
      keys.set(`message:${m[1]}`, { kind: 'message', file: rel });
    for (const m of text.matchAll(/\bmessage: '([A-Za-z_]+)'/g)) keys.set(`field:${m[1]}`, { kind: 'field', file: rel });
    // Field errors given with a refusal: `new Conflict('slugTaken', { slug: 'slugTaken' })`.
    for (const m of text.matchAll(/new (?:Conflict|Invalid)\(\s*'[A-Za-z_]+',\s*\{([^}]*)\}/g)) {
      for (const f of m[1]!.matchAll(/: '([A-Za-z_]+)'/g)) keys.set(`field:${f[1]}`, { kind: 'field', file: rel });
    }
  }
  return keys;
}

describe('error messages', () => {
  const keys = returnedKeys();

  it('finds the keys the actions return', () => {
    // The six refusals seen raw in issue 17 are among them: the scan is not empty-handed.
    for (const key of ['actionNotYours', 'indicatorNotYours', 'dimensionNotAssigned', 'departmentNotYours', 'censusTooManyAnswers']) {
      expect(keys.has(`message:${key}`) || keys.has(`field:${key}`), key).toBe(true);
    }
    expect(keys.has('field:choose')).toBe(true);
    expect(keys.size).toBeGreaterThan(100);
  });

  it('gives every returned key a message in French and in English', () => {
    const missing: string[] = [];
    for (const [id, { kind, file }] of keys) {
      const key = id.split(':')[1]!;
      for (const [lang, messages] of [
        ['fr', fr],
        ['en', en],
      ] as const) {
        if (!messagePathFor(messages, key, kind)) missing.push(`${lang} ${key} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('resolves a domain refusal in the reader’s language, the app-wide one first', () => {
    expect(messagePathFor(fr, 'actionNotYours', 'message')).toBe('externalActions.errors.actionNotYours');
    expect(messagePathFor(en, 'censusTooManyAnswers', 'message')).toBe('census.errors.censusTooManyAnswers');
    expect(messagePathFor(en, 'choose', 'field')).toBe('validation.choose');
    expect(messagePathFor(fr, 'forbidden', 'message')).toBe('errors.forbidden');
    expect(messagePathFor(fr, 'noSuchKeyAnywhere', 'message')).toBeNull();
    // A key two domains say differently is said by the action's own domain.
    expect(messagePathFor(fr, 'actionNotFound', 'message', domainOfAction('strategy.place'))).toBe('strategy.errors.actionNotFound');
    expect(messagePathFor(fr, 'actionNotFound', 'message', domainOfAction('externalActions.update'))).toBe('externalActions.errors.actionNotFound');
    expect(domainOfAction('departments.update')).toBe('externalActions');
    expect(messagePathFor(fr, 'Already a sentence.', 'message')).toBeNull();
  });
});
