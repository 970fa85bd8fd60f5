// Security headers: one module for next.config.js (every response, reader CSP) and proxy.ts
// (the dashboard's per-request nonce CSP). Plain JavaScript so that next.config.js can load it.

/** Hosts whose players the editor may embed (YouTube, Facebook, TikTok): the only frames allowed. */
export const EMBED_FRAME_SOURCES = [
  'https://www.youtube.com',
  'https://www.youtube-nocookie.com',
  'https://www.facebook.com',
  'https://web.facebook.com',
  'https://www.tiktok.com',
];

const dev = () => process.env.NODE_ENV !== 'production';

function policy(directives) {
  return Object.entries(directives)
    .filter(([, sources]) => sources !== null)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

function shared() {
  return {
    'default-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(dev() ? ['ws:'] : [])],
    'media-src': ["'self'"],
    'frame-src': EMBED_FRAME_SOURCES,
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

/**
 * Reader pages are rendered once and served from cache to everyone, so they cannot carry a
 * per-request nonce; and Next writes its RSC payload as inline <script> chunks whose content
 * differs per page and per stream, so hashes cannot list them either. Inline scripts are
 * therefore allowed ('unsafe-inline'); what this policy still forbids is any script, frame,
 * object, base URL or form target from another origin. Stored content cannot add inline script:
 * article bodies are rendered from an allowlist (lib/articles/rich-text.ts), comments as text.
 */
export function readerContentSecurityPolicy() {
  return policy({
    ...shared(),
    'script-src': ["'self'", "'unsafe-inline'", ...(dev() ? ["'unsafe-eval'"] : [])],
    'frame-ancestors': ["'self'"],
  });
}

/** The dashboard: dynamic pages, so a fresh nonce per request and no inline script without it. */
export function adminContentSecurityPolicy(nonce) {
  return policy({
    ...shared(),
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev() ? ["'unsafe-eval'"] : [])],
    'frame-ancestors': ["'none'"],
  });
}

/** Headers for every response; HSTS only when the site is served over HTTPS. */
export function commonSecurityHeaders(siteUrl = process.env.SITE_URL ?? '') {
  const headers = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()' },
  ];
  if (siteUrl.startsWith('https://')) headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' });
  return headers;
}

/** next.config.js `headers()`: common headers everywhere, the reader CSP outside /admin (proxy.ts sets the dashboard's). */
export function nextConfigHeaders() {
  return [
    { source: '/:path*', headers: commonSecurityHeaders() },
    { source: '/((?!admin$|admin/).*)', headers: [{ key: 'Content-Security-Policy', value: readerContentSecurityPolicy() }] },
    // Signed preview links: never stored by a browser or proxy, never indexed, never sent on as a referrer.
    {
      source: '/xem-truoc/:token*',
      headers: [
        { key: 'Cache-Control', value: 'private, no-store' },
        { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        { key: 'Referrer-Policy', value: 'no-referrer' },
      ],
    },
  ];
}
