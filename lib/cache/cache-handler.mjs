// Next's incremental cache (rendered pages, `unstable_cache` data, tag expiry). With REDIS_URL it is
// shared by every instance through Redis, with @fortedigital/nextjs-cache-handler's `redis-strings`
// handler doing the cache protocol; without it, it lives in this process's memory (an LRU bounded in
// bytes, MEMORY_CACHE_MB).
// next.config.js always loads this module, so both shapes follow the same rules.
//
// What this file adds to Redis is failover, because Redis going away must not take the site down:
// - every Redis read or write is bounded (REDIS_TIMEOUT_MS, default 200 ms): one that fails is
//   a miss (the page is rendered) or is skipped. A slow answer alone does not mean Redis is gone
//   (on a busy instance the timer fires late, before the reply is read); a dropped connection
//   (node-redis pings every second) or a failed tag expiry switches the instance to an in-memory
//   cache, logged once;
// - while on memory, an entry lives at most FALLBACK_MAX_AGE_MS: a publish on another instance
//   cannot expire this instance's memory, so its pages must age out by themselves;
// - when Redis answers again, this instance first deletes the app's keys in it (publishes made
//   during the outage could not expire them), then uses Redis again, logged once.
//
// And one correction to the protocol, in both shapes: a render that began before a tag was expired
// (on any instance) and is stored after it must not be served as fresh. Next's own memory cache,
// local-lru and redis-strings all date an entry by when it is stored, and the last two expire a
// tag by deleting the entries that carry it at that moment, so such a late write survived and was
// served until the next expiry: seen in the cluster test (B served its pre-publish home page after
// A's publish) and on one instance (an editor pinned a story while a reader's home page was being
// rendered; the next reader got the page without the pin). Here an entry is dated by the first read
// that missed it (its render began after that), and every tag's expiry time is recorded and
// compared on read.
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { createClient } from '@redis/client';
import { LRUCache } from 'lru-cache';

const TIMEOUT_MS = Number(process.env.REDIS_TIMEOUT_MS ?? 200);
const TAG_TIMEOUT_MS = 2_000; // expiring a tag scans the tag map: a write path, allowed longer
const FALLBACK_MAX_AGE_MS = 30_000;
const RETRY_AFTER_ERROR_MS = 2_000;

class RedisTimeout extends Error {}

function within(ms, promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new RedisTimeout(`Redis did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Dates each entry by when its render may have begun: the first read that missed it since the
 * last write (a render starts after the miss that caused it).
 */
function createRenderClock() {
  const renderSince = new Map();
  const MAX_TRACKED = 20_000;
  /** A miss older than this belongs to a render that never stored anything (an error, say): not this one. */
  const RENDER_WINDOW_MS = 60_000;
  return {
    missed(key) {
      const earlier = renderSince.get(key);
      if (earlier !== undefined && Date.now() - earlier <= RENDER_WINDOW_MS) return;
      if (renderSince.size >= MAX_TRACKED) renderSince.delete(renderSince.keys().next().value);
      renderSince.set(key, Date.now());
    },
    /** The entry to store, dated by its render's start when that is known and earlier. */
    dated(key, value) {
      const missed = renderSince.get(key);
      renderSince.delete(key);
      const since = missed !== undefined && Date.now() - missed <= RENDER_WINDOW_MS ? missed : undefined;
      return since !== undefined && since < value.lastModified ? { ...value, lastModified: since } : value;
    },
  };
}

/**
 * Roughly how many bytes an entry keeps alive: two a character of its strings (V8 keeps Vietnamese
 * text as two-byte strings), the length of its buffers (the RSC payload, the segments a prefetch
 * reads). A walk of the entry, not local-lru's `JSON.stringify(entry).length`: that turned each
 * Buffer into a JSON array of numbers, costing milliseconds of CPU on every page stored and
 * counting a payload three to four times over.
 */
export function entrySize(value, depth = 0) {
  if (value == null || depth > 6) return 0;
  if (typeof value === 'string') return value.length * 2;
  if (typeof value !== 'object') return 8;
  if (ArrayBuffer.isView(value)) return value.byteLength;
  if (value instanceof ArrayBuffer) return value.byteLength;
  let size = 0;
  if (value instanceof Map) {
    for (const [k, v] of value) size += entrySize(k, depth + 1) + entrySize(v, depth + 1);
    return size;
  }
  for (const v of Array.isArray(value) ? value : Object.values(value)) size += entrySize(v, depth + 1);
  return size;
}

/** What this process's page cache may hold, in bytes as `entrySize` counts them (MEMORY_CACHE_MB, default 96). */
const memoryCacheMb = Number(process.env.MEMORY_CACHE_MB);
const MEMORY_CACHE_BYTES = Math.floor((memoryCacheMb >= 1 ? memoryCacheMb : 96) * 1024 * 1024); // not a number, or under 1: 96

/**
 * An in-memory cache: least recently used entries go first once it holds `maxBytes` or `maxItems`.
 * Every tag's expiry time is recorded and compared on read (deleting the entries a tag carries at
 * the moment it expires would miss a write landing later). `maxAgeMs` bounds an entry's life.
 */
function createMemoryCache(maxAgeMs = Infinity, maxItems = 2_000, maxBytes = MEMORY_CACHE_BYTES) {
  const lru = new LRUCache({ max: maxItems, maxSize: maxBytes, sizeCalculation: (entry) => Math.max(1, entrySize(entry.value)) });
  const expiredAt = new Map();
  return {
    async get(key, meta) {
      const entry = lru.get(key);
      if (!entry) return null;
      const tags = [...(entry.tags ?? []), ...(meta?.implicitTags ?? [])];
      // An expiry in the same millisecond as the render's start may have come after it: refused.
      const expired = tags.some((tag) => (expiredAt.get(tag) ?? -Infinity) >= entry.lastModified);
      if (expired || Date.now() - entry.lastModified > maxAgeMs) {
        lru.delete(key);
        return null;
      }
      return entry;
    },
    async set(key, value, ctx) {
      if (ctx?.setOnlyIfNotExists && lru.has(key)) return;
      lru.set(key, value);
    },
    async revalidateTag(tag) {
      expiredAt.set(tag, Date.now());
      // Refused on read already; deleted now so that they stop taking room.
      for (const [key, entry] of lru.entries()) if (entry.tags?.includes(tag)) lru.delete(key);
    },
    async delete(key) {
      lru.delete(key);
    },
  };
}

/** One instance, no Redis: the cache lives in this process's memory. */
export function createLocalCache({ maxAgeMs = Infinity, maxItems = 2_000, maxBytes = MEMORY_CACHE_BYTES } = {}) {
  const clock = createRenderClock();
  const memory = createMemoryCache(maxAgeMs, maxItems, maxBytes);
  const since = new Date().toISOString();
  return {
    handler: {
      name: 'memory',
      async get(key, meta) {
        const entry = await memory.get(key, meta);
        if (!entry) clock.missed(key);
        return entry;
      },
      set: (key, value, ctx) => memory.set(key, clock.dated(key, value), ctx),
      revalidateTag: (tag) => memory.revalidateTag(tag),
      delete: (key) => memory.delete(key),
    },
    status: () => ({ mode: 'memory', since }),
  };
}

// Keys carry the build id: during a rolling deploy, an old build's page (which names the old
// build's scripts) is never served by a new instance, nor the other way round.
export function createSharedCache(buildId) {
  const keyPrefix = `${process.env.REDIS_KEY_PREFIX ?? 'newsroom:'}${buildId ?? 'dev'}:`;
  const state = {
    mode: 'connecting', // 'redis' | 'memory' | 'recovering' | 'connecting'
    since: Date.now(),
    lastError: '',
    retryAt: 0,
    failuresInARow: 0,
    memory: createMemoryCache(FALLBACK_MAX_AGE_MS),
  };
  const client = createClient({
    url: process.env.REDIS_URL,
    disableOfflineQueue: true, // a command while disconnected fails at once instead of waiting
    pingInterval: 1_000, // notices a silent network failure
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(50 * 2 ** retries, 1_000) },
  });
  // The handler's own bound is the long one; reads are bounded at TIMEOUT_MS below.
  const redis = createRedisHandler({ client, keyPrefix, timeoutMs: TAG_TIMEOUT_MS, keyExpirationStrategy: 'EXAT' });
  // Where redis-strings keeps tag expiry times (its REVALIDATED_TAGS_KEY).
  const revalidatedTagsKey = `${keyPrefix}__revalidated_tags__`;
  const clock = createRenderClock();

  function toMemory(reason) {
    if (state.mode === 'closed') return;
    state.retryAt = Date.now() + RETRY_AFTER_ERROR_MS;
    state.lastError = String(reason?.message ?? reason);
    if (state.mode === 'memory') return;
    // A fresh memory cache: entries from an earlier outage may predate publishes since.
    state.memory = createMemoryCache(FALLBACK_MAX_AGE_MS);
    state.mode = 'memory';
    state.since = Date.now();
    console.warn(`shared cache: Redis unavailable (${state.lastError}); serving from this instance's memory until it returns`);
  }

  /** Deletes every key of this app in Redis (SCAN + UNLINK), then serves from Redis again. */
  async function recover() {
    if (state.mode === 'recovering' || state.mode === 'redis') return;
    const wasDown = state.mode === 'memory';
    state.mode = 'recovering';
    try {
      if (wasDown) {
        let deleted = 0;
        for await (const keys of client.scanIterator({ MATCH: `${keyPrefix}*`, COUNT: 500 })) {
          if (keys.length) deleted += await client.unlink(keys);
        }
        console.warn(`shared cache: Redis is back; cleared ${deleted} entries written before the outage; using Redis again`);
      } else {
        console.log('shared cache: using Redis');
      }
      state.mode = 'redis';
      state.since = Date.now();
      state.failuresInARow = 0;
    } catch (error) {
      state.mode = 'memory';
      toMemory(error);
    }
  }

  client.on('ready', () => void recover());
  client.on('error', (error) => toMemory(error)); // node-redis reconnects by itself
  client.on('end', () => state.mode !== 'closed' && toMemory('connection closed'));
  client.connect().catch((error) => toMemory(error));

  const usingRedis = () => {
    if (state.mode === 'redis') {
      if (client.isReady) return true;
      toMemory('connection lost');
      return false;
    }
    if (state.mode === 'memory' && client.isReady && Date.now() > state.retryAt) void recover();
    return false;
  };

  /** Counted for /api/health; the connection's own events decide when Redis is gone. */
  function failed(error) {
    state.failuresInARow += 1;
    state.lastError = String(error?.message ?? error);
  }

  const handler = {
    name: 'redis-with-memory-fallback',
    async get(key, meta) {
      let entry = null;
      if (!usingRedis()) {
        entry = await state.memory.get(key, meta); // entries older than FALLBACK_MAX_AGE_MS are refused
      } else {
        try {
          entry = await within(TIMEOUT_MS, redis.get(key, meta));
          state.failuresInARow = 0;
        } catch (error) {
          failed(error);
        }
      }
      if (!entry) clock.missed(key);
      return entry;
    },
    async set(key, value, ctx) {
      // Dated by when its render may have begun: an expiry after that makes it stale (see above).
      const dated = clock.dated(key, value);
      if (!usingRedis()) return state.memory.set(key, dated, ctx);
      try {
        await within(TIMEOUT_MS * 5, redis.set(key, dated, ctx));
        state.failuresInARow = 0;
      } catch (error) {
        failed(error);
      }
    },
    async revalidateTag(tag) {
      await state.memory.revalidateTag(tag);
      if (!usingRedis()) return; // Redis is cleared when it returns
      try {
        // The time first: a write landing after the deletion below is then refused on read.
        await within(TAG_TIMEOUT_MS, client.hSet(revalidatedTagsKey, tag, Date.now()));
        await within(TAG_TIMEOUT_MS, redis.revalidateTag(tag)).catch(() => within(TAG_TIMEOUT_MS, redis.revalidateTag(tag)));
      } catch (error) {
        // The expiry may not have reached Redis: stop trusting it until it has been cleared.
        toMemory(error);
      }
    },
    async delete(key) {
      await state.memory.delete(key);
      if (usingRedis()) await within(TIMEOUT_MS, redis.delete(key)).catch((error) => toMemory(error));
    },
  };

  process.once('newsroom:shutdown', (pending) => {
    state.mode = 'closed';
    pending?.push(client.close().catch(() => {}));
  });

  return {
    handler,
    status: () => ({ mode: state.mode, since: new Date(state.since).toISOString(), slowAnswersInARow: state.failuresInARow, ...(state.lastError ? { lastError: state.lastError } : {}) }),
  };
}

/*
 * Search results pages (lib/search/page-key.mjs) are kept apart, in this process's memory only: at
 * most SEARCH_PAGES_KEPT of them, each for at most SEARCH_PAGE_MAX_AGE_MS. A stranger's stream of
 * distinct queries then pushes out other searches, never the site's pages, and never reaches Redis.
 */
export const SEARCH_PAGE_PREFIX = '/tim-kiem/ket-qua/';
/** lib/cache/recent.ts's state on globalThis (the same Symbol.for name). */
const RECENT_GLOBAL = Symbol.for('newsroom.recent');
const SEARCH_PAGES_KEPT = 100; // about 180 KB each (page and payload as strings): some 18 MB at most
const SEARCH_PAGES_BYTES = 24 * 1024 * 1024; // and at most this much of them, as entrySize counts
const SEARCH_PAGE_MAX_AGE_MS = 30_000;

/** Whether a cache key is a search results page's: Next 16 names a page `/route-cache/APP_PAGE/{hash}/$/{path}`. */
export const isSearchPageKey = (key) => typeof key === 'string' && (key.startsWith(SEARCH_PAGE_PREFIX) || key.includes(`/$${SEARCH_PAGE_PREFIX}`));

/** `handler` for every key but search results pages, which go to a small cache of their own. */
export function withSearchPagesApart(handler) {
  const search = createLocalCache({ maxAgeMs: SEARCH_PAGE_MAX_AGE_MS, maxItems: SEARCH_PAGES_KEPT, maxBytes: SEARCH_PAGES_BYTES }).handler;
  const pick = (key) => (isSearchPageKey(key) ? search : handler);
  return {
    name: `${handler.name}+search-pages`,
    get: (key, meta) => pick(key).get(key, meta),
    set: (key, value, ctx) => pick(key).set(key, value, ctx),
    async revalidateTag(tag) {
      await search.revalidateTag(tag);
      await handler.revalidateTag(tag);
      // Documents kept for a second in front of the page cache (lib/cache/recent.ts) go with it.
      globalThis[RECENT_GLOBAL]?.forget();
    },
    delete: (key) => pick(key).delete(key),
  };
}

// One cache (and one Redis connection) per process, however many times Next loads this module.
CacheHandler.onCreation(({ buildId }) => {
  if (!process.env.REDIS_URL) {
    globalThis.__newsroomLocalCache ??= withSearchPagesApart(createLocalCache().handler);
    return { handlers: [globalThis.__newsroomLocalCache] };
  }
  const shared = (globalThis.__newsroomSharedCache ??= createSharedCache(buildId));
  globalThis.__newsroomSharedHandler ??= withSearchPagesApart(shared.handler);
  return { handlers: [globalThis.__newsroomSharedHandler] };
});

export default CacheHandler;
