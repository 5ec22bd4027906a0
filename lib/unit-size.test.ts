import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/** A code file (stylesheets included) over this many lines is cut along its seams (docs/conventions.md, issue 23). */
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
const KNOWN_LONG: Record<string, number> = {};

function codeFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--', '*.ts', '*.tsx', '*.mjs', '*.cjs', '*.css'], { encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && fs.existsSync(file));
}

const lineCount = (file: string) => fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;

/** The files longer than the lists allow: over the limit, not data, and not listed at that length or more. */
function overTheLimit(lengths: Map<string, number>, known: Record<string, number> = KNOWN_LONG): string[] {
  return [...lengths]
    .filter(([file, lines]) => lines > MAX_LINES && !DATA_FILES.has(file) && lines > (known[file] ?? MAX_LINES))
    .map(([file, lines]) => `${file}: ${lines} lines`);
}

describe(`code files stay under ${MAX_LINES} lines`, () => {
  const lengths = new Map(codeFiles().map((file) => [file, lineCount(file)]));

  it('no new file over the limit, and no listed one longer than it was', () => {
    expect(overTheLimit(lengths)).toEqual([]);
  });

  it('the check catches a deliberate breach: a new long file, a listed file that grew; data files and the limit itself pass', () => {
    const breach = new Map([
      ['lib/new-domain/queries.ts', MAX_LINES + 1],
      ['lib/at-the-limit.ts', MAX_LINES],
      ['lib/diagnostic/questionnaire.ts', 5 * MAX_LINES],
      ['lib/listed.ts', 450],
      ['lib/listed-shorter.ts', 430],
    ]);
    expect(overTheLimit(breach, { 'lib/listed.ts': 449, 'lib/listed-shorter.ts': 440 })).toEqual([
      `lib/new-domain/queries.ts: ${MAX_LINES + 1} lines`,
      'lib/listed.ts: 450 lines',
    ]);
  });

  it('the lists name files that exist, and a listed file back under the limit leaves the list', () => {
    const stale = Object.keys(KNOWN_LONG).filter((file) => (lengths.get(file) ?? 0) <= MAX_LINES);
    expect(stale).toEqual([]);
    expect([...DATA_FILES].filter((file) => !lengths.has(file))).toEqual([]);
  });
});
