import { NextResponse, type NextRequest } from 'next/server';
import { CLIENT_ADDRESS_HEADER } from './lib/security/client-address.mjs';
import { errorPageHeaders, errorPageHtml } from './lib/security/error-page.mjs';
import { adminContentSecurityPolicy } from './lib/security/headers.mjs';
import { searchedBefore, searchPageKey, searchResultsPath } from './lib/search/page-key';
import { searchLimit } from './lib/security/rate-limit';
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
  if (pathname === '/tim-kiem' || pathname.startsWith('/tim-kiem/')) return limitSearch(request);
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

/**
 * Searches with a query, per client address (the one scripts/server.mjs decided): 429 past the
 * limit. An allowed search asked for again is answered by its cached results page
 * (lib/search/page-key.ts); the reader's address stays /tim-kiem?q=…. The results pages' own
 * addresses count as searches too.
 */
function limitSearch(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const internal = pathname !== '/tim-kiem';
  const key = internal ? null : searchPageKey(Object.fromEntries([...new Set(searchParams.keys())].map((name) => [name, searchParams.getAll(name)])));
  if (!internal && !key) return NextResponse.next();
  const address = request.headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
  if (!searchLimit.take(address)) {
    return new NextResponse(errorPageHtml(429), { status: 429, headers: { ...errorPageHeaders, 'retry-after': '5' } });
  }
  return key && searchedBefore(key) ? NextResponse.rewrite(new URL(searchResultsPath(key), request.url)) : NextResponse.next();
}

export const config = { matcher: ['/admin/:path*', '/tim-kiem', '/tim-kiem/:path*'] };
