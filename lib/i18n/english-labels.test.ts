import { describe, expect, it } from 'vitest';
import fr from '@/messages/fr.json';
import en from '@/messages/en.json';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

function at(tree: Tree, path: string): Tree {
  return path.split('.').reduce((node, key) => node[key] as Tree, tree);
}

/** The closed lists people choose from or read as labels (issue 17: "every enumeration has its English label"). */
const ENUMERATIONS = [
  'workspace.levels',
  'actors.families',
  'actors.categories',
  'actors.relationTypes',
  'competencies.levels',
  'externalActions.types',
  'externalActions.statuses',
  'externalActions.fundingSources',
  'externalActions.modes',
  'diagnostic.severities',
  'partnerships.sides',
  'partnerships.kinds',
  'partnerships.exchangeKinds',
];

/** Words spelt the same in both languages. */
const SAME_IN_BOTH = new Set(['Coordination', 'Co-construction', 'Important', 'Document', 'Influence']);

describe('English labels', () => {
  it('writes no English label with French letters (only the language switcher’s “Français”)', () => {
    const french = leaves(en as unknown as Tree).filter(([path, text]) => /[éèêàùçôîâœ]/i.test(text) && path !== 'language.fr');
    expect(french).toEqual([]);
  });

  it('gives every value of every enumeration its own English label', () => {
    const untranslated: string[] = [];
    for (const path of ENUMERATIONS) {
      const english = at(en as unknown as Tree, path);
      const french = at(fr as unknown as Tree, path);
      expect(Object.keys(english).sort(), path).toEqual(Object.keys(french).sort());
      const frenchText = new Map(leaves(french));
      for (const [key, text] of leaves(english)) {
        if (text === frenchText.get(key) && !SAME_IN_BOTH.has(text) && !/^\{\w+\}$/.test(text)) untranslated.push(`${path}.${key}: ${text}`);
      }
    }
    expect(untranslated).toEqual([]);
  });
});
