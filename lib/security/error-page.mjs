// Straight to the words' file, not through lib/i18n/messages.ts: scripts/server.mjs runs this
// module in plain Node, without the TypeScript build. TypeScript code reads messages.httpErrors.
import { httpErrorMessages } from '../i18n/vi/http-errors.mjs';

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small, self-contained Vietnamese error page (no script, no external resource). */
export function errorPageHtml(status, { home = '/' } = {}) {
  const t = httpErrorMessages;
  const page = t.pages[status] ?? (status >= 500 ? t.pages[500] : t.pages[400]);
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escape(page.title)} – ${escape(t.siteName)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#222}a{color:#a3111a}</style></head><body><main><h1>${escape(page.title)}</h1><p>${escape(page.body)}</p><p><a href="${escape(home)}">${escape(t.home)}</a></p></main></body></html>`;
}

/** Headers for such a page: never cached, never sniffed, no script at all. */
export const errorPageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
};
