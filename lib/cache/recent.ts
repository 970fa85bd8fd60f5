import { LRUCache } from 'lru-cache';

/*
 * Documents crawlers read hardest (a month of the archive's sitemap: some 300 KB at 100,000
 * stories) kept for a second in this process, in front of the page cache. Read through
 * unstable_cache, such a document is parsed back from JSON on every request (the largest cost of
 * serving it under load, in a CPU profile of 2026-12-03); kept here it is the same string for a
 * second, whose bytes and ETag are made once (lib/server/text-bytes.mjs).
 *
 * Any expiry of the page cache in this process (lib/cache/invalidate.ts) forgets them all at once,
 * loads in flight included. Next applies a tag's expiry when the action that asked for it ends, so
 * a request in that short gap may still read the old document and keep it: a change is seen at
 * most RECENT_MS later than the page cache sees it, here and on every other instance, as nginx's
 * own micro-cache (one second) already has it.
 */
export const RECENT_MS = 1_000;

const kept = new LRUCache<string, { value: unknown }>({ max: 256, ttl: RECENT_MS });
const inFlight = new Map<string, Promise<unknown>>();
/** Bumped by every forget: a load begun before it is shared with no one after it and is not kept. */
let generation = 0;

/** `load()`'s result for `key`, as kept within the last RECENT_MS or loaded now (once, however many ask at the same time). */
export function keptRecently<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = kept.get(key);
  if (hit) return Promise.resolve(hit.value as T);
  const running = inFlight.get(key);
  if (running) return running as Promise<T>;
  const started = generation;
  const work = load().then((value) => {
    if (generation === started) kept.set(key, { value });
    return value;
  });
  const settled = work.finally(() => {
    if (inFlight.get(key) === settled) inFlight.delete(key);
  });
  inFlight.set(key, settled);
  return settled;
}

/** Forgets every kept result and every load in flight (called with each expiry of the page cache). */
export function forgetRecent(): void {
  generation += 1;
  kept.clear();
  inFlight.clear();
}
