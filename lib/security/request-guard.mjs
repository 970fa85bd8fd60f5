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

/** Nesting of a server action's arguments beyond which a call is refused (React's decoder overflows the stack near 4,000). */
export const ACTION_MAX_NESTING = 512;

/**
 * The deepest nesting of `[` and `{` in a server action's body, outside JSON strings; stops
 * counting once past `limit`. Multipart bodies (FormData arguments) are scanned the same way:
 * their parts are JSON, and their headers' quotes are balanced.
 */
export function nestingDepth(bytes, limit = Infinity) {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return deepest;
}

/**
 * For the HTTP server, after refuseOversizedAction: reads a server action call's body (at most
 * ACTION_BODY_LIMIT bytes, as stated by Content-Length) and answers 400 with a Vietnamese page
 * when its arguments nest deeper than ACTION_MAX_NESTING (Next would answer an English 500).
 * Otherwise the bytes are put back at the head of the request, unread, for Next. Resolves true
 * when it answered.
 */
export function refuseDeepAction(req, res) {
  if (req.method !== 'POST' || req.headers['next-action'] === undefined) return Promise.resolve(false);
  const expected = Number(req.headers['content-length']);
  if (!(expected > 0)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    const finish = (refuse) => {
      req.off('readable', onReadable);
      req.off('end', onEnd);
      req.off('error', onError);
      const body = Buffer.concat(chunks);
      if (refuse || nestingDepth(body, ACTION_MAX_NESTING) > ACTION_MAX_NESTING) {
        res.writeHead(400, { ...errorPageHeaders, connection: 'close' });
        res.end(errorPageHtml(400));
        resolve(true);
        return;
      }
      // Not read to its end: the stream has not emitted 'end', so the bytes can go back.
      if (body.length) req.unshift(body);
      resolve(false);
    };
    function onReadable() {
      let chunk;
      // Stop at the stated length without asking for more, so that 'end' stays unemitted.
      while (size < expected && (chunk = req.read()) !== null) {
        chunks.push(chunk);
        size += chunk.length;
      }
      if (size >= expected) finish(false);
    }
    const onEnd = () => finish(false);
    const onError = () => finish(true);
    req.on('readable', onReadable);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}
