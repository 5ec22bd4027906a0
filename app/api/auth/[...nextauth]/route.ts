import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { crossSiteRefusal } from '@/lib/security/origin';

const handler = NextAuth(authOptions);

/** Sign-in and sign-out: a cross-site POST is refused before next-auth reads it (its CSRF token is the second lock). */
function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return crossSiteRefusal(request) ?? handler(request, context);
}

export { handler as GET, POST };
