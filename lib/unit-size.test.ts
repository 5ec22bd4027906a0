import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** A code file over this many lines is cut along its seams (docs/conventions.md, issue 23). */
const MAX_LINES = 400;

/** Files that are data written as code (questionnaire, catalogues, seeds): their length is their content. */
const DATA_FILES = new Set([
  'lib/diagnostic/questionnaire.ts',
  'lib/diagnostic/rule-catalogue.ts',
  'lib/competencies/catalogue.ts',
  'lib/seed/actors.ts',
  'lib/seed/external-actions.ts',
  'scripts/seed-large.ts',
]);

/**
 * Files over the limit when the check was written, with their length then: none may grow, and a
 * file that is back under the limit must leave the list, so the list only shrinks.
 */
const KNOWN_LONG: Record<string, number> = {
  'lib/security/registry.ts': 929,
  'lib/partnerships/queries.ts': 659,
  'lib/missions/queries.ts': 614,
  'components/missions/debrief-forms.tsx': 419,
  'scripts/bench/index.ts': 413,
  'lib/partnerships/partnerships.test.ts': 610,
  'lib/external-actions/queries.test.ts': 511,
  'lib/security/hostile/hostile.test.ts': 477,
  'lib/actors/import.test.ts': 465,
};

function codeFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.mjs', '*.cjs'], { encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && fs.existsSync(file));
}

const lineCount = (file: string) => fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;

describe(`code files stay under ${MAX_LINES} lines`, () => {
  const lengths = new Map(codeFiles().map((file) => [file, lineCount(file)]));

  it('no new file over the limit, and no listed one longer than it was', () => {
    const over = [...lengths]
      .filter(([file, lines]) => lines > MAX_LINES && !DATA_FILES.has(file) && lines > (KNOWN_LONG[file] ?? MAX_LINES))
      .map(([file, lines]) => `${file}: ${lines} lines`);
    expect(over).toEqual([]);
  });

  it('the lists name files that exist, and a listed file back under the limit leaves the list', () => {
    const stale = Object.keys(KNOWN_LONG).filter((file) => (lengths.get(file) ?? 0) <= MAX_LINES);
    expect(stale).toEqual([]);
    expect([...DATA_FILES].filter((file) => !lengths.has(file))).toEqual([]);
  });
});
