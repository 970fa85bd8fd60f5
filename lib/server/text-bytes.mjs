// Cached pages reach Node as one JavaScript string: Next keeps a prerendered page as a string and
// ends the response with it (`res.end(html)`). Two costs came with that string on every request:
// - Node prepends the status line and headers to it and encodes the whole to UTF-8. A Vietnamese
//   page is a two-byte string in V8, and joining it to the one-byte headers before encoding takes
//   the slow path: 1.4 ms for the 98 KB home page against 0.19 ms to encode the page alone.
// - Next's ETag: a JavaScript FNV hash over every character of the page, 14 % of the server's CPU
//   on the home page under load (a CPU profile, 2026-12-02), more than anything else Next did.
//
// So the server (next.config.js sets `generateEtags: false`) takes both over: a string body is
// encoded once, its ETag is a SHA-1 of the bytes taken at the same time, and both are kept for the
// next request that ends with the same string (a cached page is the same string object every time
// it is served from memory; from Redis it is an equal string, found by comparison). The bytes are
// exactly the string's UTF-8 encoding; a request whose If-None-Match names the ETag gets 304, as
// Next answered it.
// Plain JavaScript so that scripts/server.mjs can import it without a build step.
import { createHash } from 'node:crypto';
import compression from 'compression';

/** Bodies shorter than this are encoded for each request and not kept: the cost is in large pages. */
export const MIN_TEXT_LENGTH = 8 * 1024;
/**
 * At most this many encoded bodies are kept, least recently used dropped first. Each holds its string
 * and its bytes, about 300 KB for the 98 KB home page (V8 keeps Vietnamese text as two bytes a
 * character): some 20 MB at most.
 */
export const MAX_KEPT = 64;

const kept = new Map();

function encode(text) {
  const bytes = Buffer.from(text, 'utf8');
  return { bytes, etag: `"${createHash('sha1').update(bytes).digest('base64url')}"` };
}

/** The UTF-8 bytes of `text` and their ETag, made once per distinct large text while it stays among the recent ones. */
export function encodedText(text) {
  if (text.length < MIN_TEXT_LENGTH) return encode(text);
  let encoded = kept.get(text);
  if (encoded) {
    kept.delete(text); // most recent last
  } else {
    encoded = encode(text);
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value);
  }
  kept.set(text, encoded);
  return encoded;
}

/** The UTF-8 bytes of `text` (see `encodedText`). */
export const textBytes = (text) => encodedText(text).bytes;

/** How many encoded bodies are kept now. */
export function keptCount() {
  return kept.size;
}

/**
 * Whether the client's copy is current: If-None-Match names `etag` (weakly compared, as RFC 9110
 * says for this header) or is `*`, and Cache-Control does not ask to bypass caches. Takes the two
 * request headers' values, so a Node request and a web Request are asked alike.
 * @param {{ ifNoneMatch?: string | null; cacheControl?: string | null }} request
 * @param {string} etag
 */
export function notModified({ ifNoneMatch: match, cacheControl }, etag) {
  if (!match) return false;
  if (/(?:^|,)\s*no-cache\s*(?:,|$)/i.test(cacheControl ?? '')) return false;
  if (match.trim() === '*') return true;
  return match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Makes `res.end(text)` with a string body (how Next ends every page it sends whole) send the text's
 * bytes with an ETag: same bytes, same other headers. A successful GET whose ETag the client
 * already has is answered 304 without a body. Bodies with an encoding other than UTF-8, Buffers
 * and streams go through untouched, as do responses whose headers have been sent.
 */
export function sendTextAsBytes(req, res) {
  const end = res.end;
  res.end = function endWithBytes(chunk, encoding, callback) {
    if (typeof chunk !== 'string' || (typeof encoding === 'string' && !/^utf-?8$/i.test(encoding)) || res.headersSent) {
      return end.call(this, chunk, encoding, callback);
    }
    const done = typeof encoding === 'function' ? encoding : callback;
    const { bytes, etag } = encodedText(chunk);
    if (res.statusCode === 200 && (req.method === 'GET' || req.method === 'HEAD') && !res.getHeader('etag')) {
      res.setHeader('etag', etag);
      if (notModified({ ifNoneMatch: req.headers['if-none-match'], cacheControl: req.headers['cache-control'] }, etag)) {
        res.statusCode = 304;
        res.removeHeader('content-length');
        res.removeHeader('content-type');
        return end.call(this, done);
      }
    }
    return end.call(this, bytes, done);
  };
}

const compress = compression();
const noop = () => {};

/**
 * How the server sends every response: compression (gzip when the client asks; behind nginx it never
 * does, nginx compresses) installed first, then `sendTextAsBytes` around it, so a page reaches
 * compression as bytes with its ETag already set. The order is the point: Next's own compression
 * (off, `compress: false`) wrapped `res.end` from above and built the headers before calling it, so
 * pages left as strings, on Node's slow path, without an ETag.
 */
export function sendPages(req, res) {
  compress(req, res, noop);
  sendTextAsBytes(req, res);
}
