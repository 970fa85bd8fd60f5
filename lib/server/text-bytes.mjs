// Cached pages reach Node as one JavaScript string: Next keeps a prerendered page as a string and
// ends the response with it (`res.end(html)`). Node then prepends the status line and headers to
// that string and encodes the whole to UTF-8 on every request. A Vietnamese page is a two-byte
// string in V8, and joining it to the one-byte headers before encoding takes the slow path:
// 1.4 ms for the 98 KB home page against 0.19 ms to encode the page alone, and most of a request's
// time on a cached page (see README, "Benchmark").
//
// So the server hands Node bytes instead: a large string body is encoded once and the bytes are
// kept for the next request that ends with the same string (a cached page is the same string
// object every time it is served from memory; from Redis it is an equal string, found by
// comparison). The bytes are exactly the string's UTF-8 encoding, so the response does not change.
// Plain JavaScript so that scripts/server.mjs can import it without a build step.

/** Bodies shorter than this are sent as they are: the slow path only matters for large pages. */
export const MIN_TEXT_LENGTH = 8 * 1024;
/**
 * At most this many encoded bodies are kept, least recently used dropped first. Each holds its string
 * and its bytes, about 300 KB for the 98 KB home page (V8 keeps Vietnamese text as two bytes a
 * character): some 20 MB at most.
 */
export const MAX_KEPT = 64;

const kept = new Map();

/** The UTF-8 bytes of `text`, encoded once per distinct text while it stays among the recent ones. */
export function textBytes(text) {
  let bytes = kept.get(text);
  if (bytes) {
    kept.delete(text); // most recent last
  } else {
    bytes = Buffer.from(text, 'utf8');
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value);
  }
  kept.set(text, bytes);
  return bytes;
}

/** How many encoded bodies are kept now. */
export function keptCount() {
  return kept.size;
}

/**
 * Makes `res.end(text)` with a large string send the text's bytes (same bytes, same headers).
 * Only the string form is changed; `res.end(text, encoding)` with an encoding other than UTF-8,
 * Buffers, streams and small bodies go through untouched.
 */
export function sendLargeTextAsBytes(res) {
  const end = res.end;
  res.end = function endWithBytes(chunk, encoding, callback) {
    if (typeof chunk === 'string' && chunk.length >= MIN_TEXT_LENGTH && (typeof encoding !== 'string' || /^utf-?8$/i.test(encoding))) {
      return end.call(this, textBytes(chunk), typeof encoding === 'function' ? encoding : callback);
    }
    return end.call(this, chunk, encoding, callback);
  };
}
