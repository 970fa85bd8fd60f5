import { NextResponse, type NextRequest } from 'next/server';
import { adminContentSecurityPolicy } from './lib/security/headers.mjs';

/*
 * The dashboard's strict CSP with a fresh nonce per request (Next reads the nonce from the
 * request's Content-Security-Policy header and puts it on its own scripts).
 *
 * And a courtesy only: visitors without a session cookie are sent to sign-in before the
 * dashboard renders. Every dashboard page, server action and route handler checks the
 * session and the role itself.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = request.cookies.has('next-auth.session-token') || request.cookies.has('__Secure-next-auth.session-token');
  if (pathname !== '/admin/dang-nhap' && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = '/admin/dang-nhap';
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const csp = adminContentSecurityPolicy(btoa(crypto.randomUUID()));
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = { matcher: ['/admin/:path*'] };
