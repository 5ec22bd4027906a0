import path from 'node:path';

/**
 * This Vitest run's own folder: vitest.config.mts names it once in the main process, and the
 * workers inherit it, so two runs on one machine never share or delete each other's files.
 */
export function testRunDir() {
  const dir = process.env.FILROUGE_TEST_DIR;
  if (!dir) throw new Error('FILROUGE_TEST_DIR is not set: run the tests through vitest.config.mts');
  return path.resolve(dir);
}
