import createNextIntlPlugin from 'next-intl/plugin';

// The catalogues are compiled at build time (`precompile`): each ICU message is parsed once by the
// build instead of on every request (next-intl parsed them again per request: ~11 % of the
// dashboard's server CPU). A precompiled message with an argument is an array, not its text: code
// reads messages through a translator (lib/message-catalogue.ts), never as strings. docs/performance.md.
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // NEXT_DIST_DIR builds beside the served .next (scripts/bench/cpu-ab.ts serves builds in turn).
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Our server compresses (brotli for the browsers that take it; Next knows only gzip):
  // lib/http/compression.ts, called by scripts/server.ts.
  compress: false,
  // Native modules stay outside the server bundle. So does yjs: scripts/server.ts (the collaboration
  // server) loads it from node_modules, and a second copy in Next's bundle made Yjs warn at every
  // start that it "was already imported" (its types then fail `instanceof` across the two).
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', '@resvg/resvg-js', 'yjs'],
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // The actors import sends a spreadsheet of up to 5 MB as base64 (about 6.7 MB) to a server action.
    serverActions: { bodySizeLimit: '8mb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
