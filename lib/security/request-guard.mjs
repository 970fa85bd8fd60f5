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

/**
 * Next's limit on a server action's body (`serverActions.bodySizeLimit`, left at its default in
 * next.config.js: change both together).
 */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * A server action call (POST with `Next-Action`) whose body Next would abort midway with an
 * English 500: longer than the limit (413), or of unknown length (411: browsers always state it).
 * Answered here with a Vietnamese page instead; null when the request may go on to Next.
 */
export function actionBodyRefusal(req) {
  if (req.method !== 'POST' || req.headers['next-action'] === undefined) return null;
  const length = req.headers['content-length'];
  if (length === undefined || !/^\d+$/.test(length)) return 411;
  return Number(length) > ACTION_BODY_LIMIT ? 413 : null;
}

/** How much of a refused body is read and dropped so the client, still sending, hears the refusal (as nginx's lingering close). */
const LINGER_BYTES = 8 * 1024 * 1024;

/** For the HTTP server: answers such a call (see actionBodyRefusal) and says so (true). */
export function refuseOversizedAction(req, res) {
  const status = actionBodyRefusal(req);
  if (status === null) return false;
  let seen = 0;
  let answered = false;
  const answer = () => {
    if (answered) return;
    answered = true;
    res.writeHead(status, { ...errorPageHeaders, connection: 'close' });
    res.end(errorPageHtml(status));
  };
  req.on('data', (chunk) => {
    seen += chunk.length;
    if (seen > LINGER_BYTES) {
      req.pause();
      answer();
    }
  });
  req.on('end', answer);
  req.on('error', () => {});
  return true;
}
