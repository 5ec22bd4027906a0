import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import fr from '../../messages/fr.json';
import en from '../../messages/en.json';

/** Every message of a file, by its dotted key. */
function flatten(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => flatten(value, prefix ? `${prefix}.${key}` : key));
}

describe('plain sentences with real plurals (issue 17)', () => {
  it.each([
    ['fr', fr],
    ['en', en],
  ] as const)('%s: no message writes a plural as "(s)"; every message parses', (locale, messages) => {
    const entries = flatten(messages);
    expect(entries.filter(([, text]) => /\w\((s|es|e)\)/.test(text)).map(([key]) => key)).toEqual([]);
    for (const [key, text] of entries) expect(() => new IntlMessageFormat(text, locale), key).not.toThrow();
  });

  it('the returns page reads with agreement at one and at many', () => {
    const format = (locale: 'fr' | 'en', text: string, values: Record<string, number>) => new IntlMessageFormat(text, locale).format(values);
    expect(format('en', en.externalActions.returns.actionsWithExpected, { with: 1, total: 4 })).toBe('1 of 4 actions has written expected returns');
    expect(format('fr', fr.externalActions.returns.unexpectedShare, { unexpected: 2, observed: 5 })).toBe(
      "2 retombées observées sur 5 n'étaient pas attendues",
    );
    expect(format('fr', fr.competencies.confirmDelete, { count: 1, title: 'Santé' } as never)).toBe('Confirmer : supprimer « Santé » et son lien');
  });
});
