import { errorPageHeaders, errorPageHtml } from './error-page.mjs';

/**
 * Whether the request's path is one no route can match: percent-escapes that are not valid
 * UTF-8 (`/%C3%28`, `/%FF%FE`, an encoded surrogate `/%ED%A0%80`, overlong forms) or an encoded
 * NUL. Next's router would fail on them with an English 500; they are the client's error.
 */
export function isMalformedPath(url) {
  const path = String(url ?? '/').split('?')[0];
  if (/%00/.test(path) || path.includes('\0')) return true;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

/**
 * For the HTTP server (scripts/server.mjs), before Next sees the request: answers a malformed
 * path with 400 and a Vietnamese page, and says so (true); otherwise leaves the request alone.
 */
export function refuseMalformedRequest(req, res) {
  if (!isMalformedPath(req.url)) return false;
  res.writeHead(400, errorPageHeaders);
  res.end(req.method === 'HEAD' ? undefined : errorPageHtml(400));
  return true;
}
