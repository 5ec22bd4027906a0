import { createRequire } from 'node:module';
import { defineConfig, mergeConfig, type Plugin } from 'vitest/config';
import compile from 'icu-minify/compile';
import base from './vitest.config.mts';

// The message readers' tests with the catalogues as the Next build loads them (next.config.mjs,
// `experimental.messages.precompile`): every message of messages/*.json compiled by icu-minify, as
// next-intl's catalog loader does, and next-intl formatting through `format-only`, as its plugin's
// alias makes it. The default config loads plain JSON, where a module that read a message as a
// string would pass and then break in the build. `npx vitest run -c vitest.precompiled.config.mts`.

const require = createRequire(import.meta.url);

function compileTree(node: unknown): unknown {
  if (typeof node === 'string') return compile(node);
  return Object.fromEntries(Object.entries(node as Record<string, unknown>).map(([key, value]) => [key, compileTree(value)]));
}

/** messages/{fr,en}.json precompiled, still JSON (Vite's own JSON plugin turns it into a module after). */
const precompiledMessages: Plugin = {
  name: 'filrouge:precompiled-messages',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/messages\/(fr|en)\.json$/.test(id)) return null;
    return { code: JSON.stringify(compileTree(JSON.parse(code))), map: null };
  },
};

const merged = mergeConfig(
  base,
  defineConfig({
    plugins: [precompiledMessages],
    resolve: { alias: { 'use-intl/format-message': require.resolve('use-intl/format-message/format-only') } },
    // next-intl and use-intl run through Vite so that the alias above reaches their imports.
    test: { server: { deps: { inline: ['next-intl', 'use-intl'] } } },
  }),
);

// mergeConfig would add these files to the default ones: they replace them.
const config = {
  ...merged,
  test: {
    ...merged.test,
    env: { ...merged.test?.env, VITEST_PRECOMPILED: '1' },
    include: [
      'lib/message-catalogue.test.ts',
      'lib/i18n/error-messages.test.ts',
      'lib/http/*.test.ts',
      'lib/declaration/*.test.ts',
      'lib/notifications/*.test.ts',
      'lib/calendar/*.test.ts',
      'lib/strategy-document/*.test.ts',
      'lib/actors/{categories,import,import-values,import-round-trip,import-files}.test.ts',
    ],
  },
};

export default config;
