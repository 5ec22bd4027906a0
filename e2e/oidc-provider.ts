import http from 'node:http';

/**
 * The local OpenID Connect provider of e2e/oidc.spec.ts (the `oidc-provider` package, on
 * 127.0.0.1: no network). playwright.config.ts gives the app's web server these OIDC_* values;
 * the provider only listens while the single sign-on test runs, and the other specs never use it
 * (the sign-in page just shows its button).
 */
export function oidcE2eSettings(appPort: number) {
  const port = appPort + 50;
  return {
    port,
    issuer: `http://127.0.0.1:${port}`,
    clientId: 'fil-rouge-e2e',
    clientSecret: 'e2e-oidc-client-secret-not-used-elsewhere',
    name: 'ProConnect',
  };
}

/**
 * Starts the provider. Its development sign-in page accepts any login (used as the subject) and
 * any password; the account's claims say that the login is a verified email.
 */
export async function startOidcProvider(appBaseUrl: string, appPort: number, names: Record<string, string> = {}) {
  const settings = oidcE2eSettings(appPort);
  // No type declarations ship with oidc-provider: a computed specifier keeps TypeScript from asking.
  const specifier: string = 'oidc-provider';
  const { default: Provider } = (await import(specifier)) as { default: new (issuer: string, config: unknown) => { callback(): http.RequestListener } };
  const provider = new Provider(settings.issuer, {
    clients: [
      {
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        redirect_uris: [`${appBaseUrl}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // next-auth reads the identity from the ID token: put the scope's claims in it.
    conformIdTokenClaims: false,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    cookies: { keys: ['e2e-oidc-cookie-key'] },
    pkce: { required: () => true },
    async findAccount(_ctx: unknown, sub: string) {
      return {
        accountId: sub,
        async claims() {
          return { sub, email: sub, email_verified: true, name: names[sub] ?? sub.split('@')[0] };
        },
      };
    },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, '127.0.0.1', () => resolve());
  });
  return {
    settings,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
