import { NextResponse, type NextRequest } from 'next/server';
import { adminContentSecurityPolicy } from './lib/security/headers.mjs';
import { PATH_HEADER } from './lib/site/request-path';

/*
 * The dashboard's strict CSP with a fresh nonce per request (Next reads the nonce from the
 * request's Content-Security-Policy header and puts it on its own scripts).
 *
 * And a courtesy only: visitors without a session cookie are sent to sign-in before the
 * dashboard renders. Every dashboard page, server action and route handler checks the
 * session and the role itself.
 */
/** Dashboard pages for people who are not signed in: sign-in and getting back in. */
const SIGNED_OUT_PAGES = ['/admin/dang-nhap', '/admin/quen-mat-khau', '/admin/dat-lai-mat-khau'];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = request.cookies.has('next-auth.session-token') || request.cookies.has('__Secure-next-auth.session-token');
  if (!SIGNED_OUT_PAGES.some((page) => pathname === page || pathname.startsWith(`${page}/`)) && !hasSession) {
    const url = request.nextUrl.clone();
    url.pathname = '/admin/dang-nhap';
    url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
    return NextResponse.redirect(url);
  }
  const csp = adminContentSecurityPolicy(btoa(crypto.randomUUID()));
  const headers = new Headers(request.headers);
  headers.set('Content-Security-Policy', csp);
  // The dashboard's layout reads the path (the bell shows no count on the page that reads them).
  headers.set(PATH_HEADER, pathname);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

// Searches are limited and sent to their cached pages by the server itself (scripts/server.mjs,
// lib/search/page-key.mjs): the middleware's pipeline was most of what a cached search cost.
export const config = { matcher: ['/admin/:path*'] };
