import { LRUCache } from 'lru-cache';

/*
 * Documents crawlers read hardest (a month of the archive's sitemap: some 300 KB at 100,000
 * stories) kept for a second in this process, in front of the page cache. Read through
 * unstable_cache, such a document is parsed back from JSON on every request (the largest cost of
 * serving it under load, in a CPU profile of 2026-12-03); kept here it is the same string for a
 * second, whose bytes and ETag are made once (lib/server/text-bytes.mjs).
 *
 * The page cache's handler forgets them all, loads in flight included, the moment it applies a
 * tag's expiry in this process (Next applies it when the action that asked for it ends); so here a
 * change is seen on the very first request after it, as with the page cache itself. Another
 * instance, which learns of the expiry through Redis, may answer with the older document for at
 * most RECENT_MS, as nginx's own micro-cache (one second) already does.
 */
export const RECENT_MS = 1_000;

type Recent = {
  kept: LRUCache<string, { value: unknown }>;
  inFlight: Map<string, Promise<unknown>>;
  /** Bumped by every forget: a load begun before it is shared with no one after it and is not kept. */
  generation: number;
  forget: () => void;
};

/**
 * One state per process, on globalThis: the server's bundles may each hold a copy of this module,
 * and the page cache's handler (lib/cache/cache-handler.mjs, loaded by Next outside them) calls
 * `forget` when it applies a tag's expiry.
 */
export const RECENT_GLOBAL = Symbol.for('newsroom.recent');
const state: Recent = ((globalThis as { [RECENT_GLOBAL]?: Recent })[RECENT_GLOBAL] ??= {
  kept: new LRUCache({ max: 256, ttl: RECENT_MS }),
  inFlight: new Map(),
  generation: 0,
  forget() {
    this.generation += 1;
    this.kept.clear();
    this.inFlight.clear();
  },
});

/** `load()`'s result for `key`, as kept within the last RECENT_MS or loaded now (once, however many ask at the same time). */
export function keptRecently<T>(key: string, load: () => Promise<T>): Promise<T> {
  const hit = state.kept.get(key);
  if (hit) return Promise.resolve(hit.value as T);
  const running = state.inFlight.get(key);
  if (running) return running as Promise<T>;
  const started = state.generation;
  const work = load().then((value) => {
    if (state.generation === started) state.kept.set(key, { value });
    return value;
  });
  const settled = work.finally(() => {
    if (state.inFlight.get(key) === settled) state.inFlight.delete(key);
  });
  state.inFlight.set(key, settled);
  return settled;
}

/** Forgets every kept result and every load in flight (called with each expiry of the page cache). */
export function forgetRecent(): void {
  state.forget();
}
