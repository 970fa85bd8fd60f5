// A token bucket per client address, in this instance's memory. For reads such as search this
// fits better than counting in PostgreSQL (DESIGN.md's rule for lockouts and comment limits):
// it costs no database write per request — the very load it protects — and the worst case with
// N instances is N times the allowance, which is still bounded. At most 20 000 addresses are
// remembered (least recently seen forgotten first), so a spray of addresses cannot grow memory.
// Plain JavaScript so that scripts/server.mjs can import it without a build step.
import { LRUCache } from 'lru-cache';

/** @typedef {{ take(address: string, now?: number): boolean }} TokenBucket */

/**
 * @param {{ capacity: number, refillPerSecond: number, addresses?: number }} options
 * @returns {TokenBucket}
 */
export function tokenBucket({ capacity, refillPerSecond, addresses = 20_000 }) {
  /** @type {LRUCache<string, { tokens: number, at: number }>} */
  const buckets = new LRUCache({ max: addresses });
  return {
    take(address, now = Date.now()) {
      const bucket = buckets.get(address) ?? { tokens: capacity, at: now };
      const tokens = Math.min(capacity, bucket.tokens + ((now - bucket.at) / 1000) * refillPerSecond);
      const allowed = tokens >= 1;
      buckets.set(address, { tokens: allowed ? tokens - 1 : tokens, at: now });
      return allowed;
    },
  };
}

/** Reader searches: a burst of 30, then one a second per address. */
export const searchLimit = tokenBucket({ capacity: 30, refillPerSecond: 1 });
