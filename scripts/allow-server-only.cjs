/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, loaded with node --require */
// Command-line scripts (seed, benchmarks) run server code outside React Server Components, where
// the `server-only` marker package throws. This preload resolves it to an empty module for them.
const Module = require('node:module');
const path = require('node:path');

const empty = path.join(__dirname, 'empty-module.cjs');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'server-only' ? empty : resolve.call(this, request, ...rest);
};
