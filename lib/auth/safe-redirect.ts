// No `server-only`: the sign-in form and the single sign-on button (client components) use it, and
// next-auth's redirect callback on the server.

/**
 * Where to send a person after sign-in, from an untrusted `callbackUrl`: parsed with the URL API
 * against the app's own origin, exactly as the browser will resolve it, and kept only when the
 * result is on that origin; anything else (another host, `/\host`, tabs and newlines the parser
 * drops, `javascript:`, `data:`, credentials in the authority…) gives the home page. Returns an
 * absolute URL on `origin`, so that even a path such as `//host` can no longer be read as another site.
 */
export function safeRedirectTarget(target: string | null | undefined, origin: string, fallback = '/'): string {
  const base = new URL(origin);
  const home = new URL(fallback, base).href;
  if (!target) return home;
  let url: URL;
  try {
    url = new URL(target, base);
  } catch {
    return home;
  }
  if (url.origin !== base.origin || url.username || url.password) return home;
  return url.href;
}
