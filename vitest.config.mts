import { defineConfig } from 'vitest/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

// One folder per run (see lib/test/run-dir.ts); the workers inherit this variable.
process.env.FILROUGE_TEST_DIR ??= path.join(root, '.tmp', 'vitest', `run-${Date.now()}-${process.pid}`);

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside React Server Components; tests run server code directly.
      'server-only': path.resolve(root, 'lib/test/empty.ts'),
    },
  },
  test: {
    environment: 'node',
    include: ['lib/**/*.test.ts', 'db/**/*.test.ts'],
    globalSetup: ['lib/test/global-setup.ts'],
    setupFiles: ['lib/test/setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
  },
});
