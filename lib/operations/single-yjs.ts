import Module, { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// No `server-only`: scripts/server.ts calls it before it loads the collaboration server.

type ModuleInternals = {
  _resolveFilename: (request: string, ...rest: unknown[]) => string;
  _cache: Record<string, unknown>;
};

/**
 * One copy of Yjs in the server process (issue 18.9: "Yjs was already imported" at every start;
 * Yjs's `instanceof` checks fail across two copies). Next's server bundle loads yjs as an ES module
 * (next.config.mjs keeps it out of the bundle: serverExternalPackages), while the collaboration
 * server's CommonJS code, @hocuspocus/server included, would `require` its CommonJS build, or a
 * copy tsx compiles: two instances. So the ES build is imported natively once, and every
 * `require('yjs')` of the process is answered with that same module.
 */
export async function shareOneYjs() {
  const internals = Module as unknown as ModuleInternals;
  const commonJs = createRequire(path.join(process.cwd(), 'package.json')).resolve('yjs');
  const esModule = path.join(path.dirname(commonJs), 'yjs.mjs');
  const namespace = (await import(pathToFileURL(esModule).href)) as Record<string, unknown>;
  const cached = new Module(esModule);
  Object.assign(cached, { filename: esModule, loaded: true, exports: namespace });
  internals._cache[esModule] = cached;
  const resolve = internals._resolveFilename;
  internals._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'yjs' ? esModule : resolve.call(this, request, ...rest);
  };
}
