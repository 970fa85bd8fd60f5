import { LRUCache } from 'lru-cache';
import type { SearchParams } from '../site/query';
import { param } from '../site/query';

/*
 * A search with a query is rendered once and served from the page cache while it is fresh: the
 * proxy (proxy.ts) rewrites `/tim-kiem?q=…&chuyen-muc=…` to `/tim-kiem/ket-qua/{key}`, a page
 * cached for SEARCH_PAGE_SECONDS, where the key holds the query and its filters. Those pages have a
 * small cache of their own (lib/cache/cache-handler.mjs, SEARCH_PAGE_PREFIX), so a stranger's
 * endless distinct queries push out other searches, never the site's pages.
 *
 * Only a search asked for again is cached (as nginx's proxy_cache_min_uses 2): the first request
 * for a key renders /tim-kiem for that reader alone, as before, and is remembered; a request for
 * the same key within SEEN_FOR_MS goes to the cached page. A query nobody repeats costs one render
 * and never a cache entry (rendering a page for the cache costs about twice a plain render).
 */
export const SEARCH_RESULTS_SEGMENT = 'ket-qua';
/** As long as a search's results are kept (lib/search/articles.ts): a story published meanwhile shows up after that. */
export const SEARCH_PAGE_SECONDS = 30;

/** The parameters a search page reads, in the key's order. */
const NAMES = ['q', 'chuyen-muc', 'tu-ngay', 'den-ngay', 'sau'] as const;
/** Longer values are cut: the query parser keeps 200 characters, a cursor is well under this. */
const MAX_VALUE_LENGTH = 600;

const toBase64Url = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

/** The key of a search: its parameters (one value each, trimmed) as a query string, in base64url. Null without a query. */
export function searchPageKey(params: SearchParams): string | null {
  if (!param(params, 'q')?.trim()) return null;
  const kept = new URLSearchParams();
  for (const name of NAMES) {
    const value = param(params, name)?.trim().slice(0, MAX_VALUE_LENGTH);
    if (value) kept.set(name, value);
  }
  return toBase64Url(new TextEncoder().encode(kept.toString()));
}

/** The parameters a key holds, or null when it is not one (a made-up path). */
export function searchParamsOfKey(key: string): SearchParams | null {
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(key)) return null;
  try {
    const binary = atob(key.replaceAll('-', '+').replaceAll('_', '/'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    const params: SearchParams = {};
    for (const [name, value] of new URLSearchParams(text)) {
      if (!(NAMES as readonly string[]).includes(name) || name in params) return null;
      params[name] = value;
    }
    return params.q ? params : null;
  } catch {
    return null;
  }
}

const SEEN_FOR_MS = 60_000;
const seen = new LRUCache<string, true>({ max: 5_000, ttl: SEEN_FOR_MS });

/** Whether this search was asked for within the last minute (in this process); remembers it either way. */
export function searchedBefore(key: string): boolean {
  if (seen.has(key)) return true;
  seen.set(key, true);
  return false;
}

/** Where a search's results page lives inside the app (never shown to readers: the address stays /tim-kiem?q=…). */
export const searchResultsPath = (key: string) => `/tim-kiem/${SEARCH_RESULTS_SEGMENT}/${key}`;
