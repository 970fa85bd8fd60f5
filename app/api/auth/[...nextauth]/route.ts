import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';
import { errorPageHeaders, errorPageHtml } from '@/lib/security/error-page.mjs';

type Context = { params: Promise<{ nextauth: string[] }> };

// The options are built per request so that the build never needs the session secret.
async function handler(request: Request, context: Context) {
  const params = await context.params;
  // next-auth answers a GET of the credentials callback with an English 500: only a POST signs in.
  if (request.method !== 'POST' && params.nextauth[0] === 'callback' && params.nextauth[1] === 'credentials') {
    return new Response(errorPageHtml(405, { home: '/admin/dang-nhap' }), { status: 405, headers: { ...errorPageHeaders, allow: 'POST' } });
  }
  const response: Response = await NextAuth(request as never, { params } as never, authOptions());
  if (response.status >= 500) {
    console.error('next-auth answered', response.status, request.method, new URL(request.url).pathname);
    return new Response(errorPageHtml(500), { status: 500, headers: errorPageHeaders });
  }
  // An action next-auth does not know (`/api/auth/anything`) gets a 400 with an English "Error: This
  // action…" as text: to a person, an address that does not exist.
  if (response.status >= 400 && (response.headers.get('content-type') ?? '').startsWith('text/plain')) {
    const status = response.status === 400 ? 404 : response.status;
    return new Response(errorPageHtml(status, { home: '/admin/dang-nhap' }), { status, headers: errorPageHeaders });
  }
  return response;
}

export { handler as GET, handler as POST };
