/**
 * First-load JavaScript of every app route, from the production build's manifests: the root main
 * chunks (React, Next's runtime) plus every chunk the route's client reference manifest lists for
 * its layouts, boundaries and page, each counted once, as gzip (level 9) bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import vm from 'node:vm';

export type RouteJs = { route: string; gzipBytes: number; rawBytes: number; chunks: number; largest: { file: string; gzipBytes: number }[] };

function walk(dir: string, out: string[] = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.name === 'page_client-reference-manifest.js') out.push(full);
  }
  return out;
}

/** `/(app)/[workspace]/members/page` → `/[workspace]/members`. */
function routeName(key: string) {
  const route = key.replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '');
  return route === '' ? '/' : route;
}

export function firstLoadJs(root: string): RouteJs[] {
  const next = path.join(root, '.next');
  const build = JSON.parse(fs.readFileSync(path.join(next, 'build-manifest.json'), 'utf8')) as { rootMainFiles: string[] };
  const sizes = new Map<string, { gzip: number; raw: number }>();
  const size = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      const buffer = fs.readFileSync(path.join(next, file));
      s = { gzip: zlib.gzipSync(buffer, { level: 9 }).byteLength, raw: buffer.byteLength };
      sizes.set(file, s);
    }
    return s;
  };
  const results: RouteJs[] = [];
  for (const file of walk(path.join(next, 'server', 'app'))) {
    const sandbox: { self: Record<string, unknown>; globalThis?: unknown } = { self: {} };
    sandbox.globalThis = sandbox.self;
    vm.runInNewContext(fs.readFileSync(file, 'utf8'), sandbox);
    const manifests = (sandbox.self.__RSC_MANIFEST ?? {}) as Record<string, { entryJSFiles?: Record<string, string[]> }>;
    for (const [key, manifest] of Object.entries(manifests)) {
      const files = new Set<string>(build.rootMainFiles);
      for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const f of list) files.add(f);
      const present = [...files].filter((f) => fs.existsSync(path.join(next, f)));
      const each = present.map((f) => ({ file: f, gzipBytes: size(f).gzip, raw: size(f).raw }));
      results.push({
        route: routeName(key),
        gzipBytes: each.reduce((a, b) => a + b.gzipBytes, 0),
        rawBytes: each.reduce((a, b) => a + b.raw, 0),
        chunks: each.length,
        largest: each
          .sort((a, b) => b.gzipBytes - a.gzipBytes)
          .slice(0, 3)
          .map(({ file, gzipBytes }) => ({ file, gzipBytes })),
      });
    }
  }
  return results.sort((a, b) => a.route.localeCompare(b.route));
}

if (process.argv[1] && process.argv[1].endsWith('first-load.ts')) {
  for (const r of firstLoadJs(process.argv[2] ?? process.cwd()))
    console.log(`${(r.gzipBytes / 1024).toFixed(1).padStart(7)} kB  ${(r.rawBytes / 1024).toFixed(0).padStart(6)} kB raw  ${r.route}`);
}
