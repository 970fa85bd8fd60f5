import { NextResponse, type NextRequest } from 'next/server';

/*
 * A courtesy only: visitors without a session cookie are sent to sign-in before the
 * dashboard renders. Every dashboard page, server action and route handler checks the
 * session and the role itself.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/admin/dang-nhap') return NextResponse.next();
  const hasSession = request.cookies.has('next-auth.session-token') || request.cookies.has('__Secure-next-auth.session-token');
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/admin/dang-nhap';
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/admin/:path*'] };
