// A search with a query is rendered once and served from the page cache while it is fresh: the
// server (scripts/server.mjs, through `routeSearch`) rewrites `/tim-kiem?q=…&chuyen-muc=…` to
// `/tim-kiem/ket-qua/{key}`, a page cached for SEARCH_PAGE_SECONDS, where the key holds the query
// and its filters. Those pages have a small cache of their own (lib/cache/cache-handler.mjs,
// SEARCH_PAGE_PREFIX), so a stranger's endless distinct queries push out other searches, never the
// site's pages.
//
// Only a search asked for again is cached (as nginx's proxy_cache_min_uses 2): the first request
// for a key renders /tim-kiem for that reader alone, as before, and is remembered; a request for
// the same key within SEEN_FOR_MS goes to the cached page. A query nobody repeats costs one render
// and never a cache entry (rendering a page for the cache costs about twice a plain render).
//
// The server, not Next's middleware, does this: the middleware's own pipeline (matching, a second
// request object, the rewrite) was most of what a cached search cost (a CPU profile, 2026-12-03).
// Plain JavaScript so that scripts/server.mjs can import it without a build step.
import { LRUCache } from 'lru-cache';
import { searchLimit } from '../security/rate-limit.mjs';

/** @typedef {Record<string, string | string[] | undefined>} SearchParams */

export const SEARCH_RESULTS_SEGMENT = 'ket-qua';
/** As long as a search's results are kept (lib/search/articles.ts): a story published meanwhile shows up after that. */
export const SEARCH_PAGE_SECONDS = 30;

/** The parameters a search page reads, in the key's order. */
const NAMES = ['q', 'chuyen-muc', 'tu-ngay', 'den-ngay', 'sau'];
/** Longer values are cut: the query parser keeps 200 characters, a cursor is well under this. */
const MAX_VALUE_LENGTH = 600;

/** A parameter's first value, by its spelling with hyphens or the older one with underscores (lib/site/query.ts's `param`). */
function first(/** @type {SearchParams} */ params, /** @type {string} */ name) {
  const value = params[name] ?? params[name.replaceAll('-', '_')];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The key of a search: its parameters (one value each, trimmed) as a query string, in base64url. Null without a query.
 * @param {SearchParams} params
 * @returns {string | null}
 */
export function searchPageKey(params) {
  if (!first(params, 'q')?.trim()) return null;
  const kept = new URLSearchParams();
  for (const name of NAMES) {
    const value = first(params, name)?.trim().slice(0, MAX_VALUE_LENGTH);
    if (value) kept.set(name, value);
  }
  return Buffer.from(kept.toString(), 'utf8').toString('base64url');
}

/**
 * The parameters a key holds, or null when it is not one (a made-up path).
 * @param {string} key
 * @returns {Record<string, string> | null}
 */
export function searchParamsOfKey(key) {
  if (!/^[A-Za-z0-9_-]{1,4000}$/.test(key)) return null;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(key, 'base64url'));
    /** @type {Record<string, string>} */
    const params = {};
    for (const [name, value] of new URLSearchParams(text)) {
      if (!NAMES.includes(name) || name in params) return null;
      params[name] = value;
    }
    return params.q ? params : null;
  } catch {
    return null;
  }
}

const SEEN_FOR_MS = 60_000;
/** @type {LRUCache<string, true>} */
const seen = new LRUCache({ max: 5_000, ttl: SEEN_FOR_MS });

/**
 * Whether this search was asked for within the last minute (in this process); remembers it either way.
 * @param {string} key
 */
export function searchedBefore(key) {
  if (seen.has(key)) return true;
  seen.set(key, true);
  return false;
}

/** Where a search's results page lives inside the app (never shown to readers: the address stays /tim-kiem?q=…). */
export const searchResultsPath = (/** @type {string} */ key) => `/tim-kiem/${SEARCH_RESULTS_SEGMENT}/${key}`;

/** Next's cache-busting parameter on a client navigation's payload request: kept through the rewrite. */
const RSC_PARAM = '_rsc';

/**
 * What the server does with a request before Next sees it, for the search pages:
 * - 'other': not a search page;
 * - 'refused': a search past this address's limit (the caller answers 429);
 * - 'search': a search, let through; when the same search was asked for within the minute,
 *   `req.url` now names its cached results page (the reader's address stays /tim-kiem?q=…).
 * The search page without a query (the empty form) is 'search' and costs nothing from the limit;
 * the results pages' own addresses, asked for from outside, count as searches.
 * @param {{ method?: string, url?: string }} req
 * @param {string} address the client's address, as the server decided it
 * @returns {'other' | 'refused' | 'search'}
 */
export function routeSearch(req, address) {
  const raw = req.url ?? '/';
  const end = raw.indexOf('?');
  let path = end === -1 ? raw : raw.slice(0, end);
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path); // as Next matches routes: /tim-ki%65m is the search page too
    } catch {
      return 'other';
    }
  }
  if (path !== '/tim-kiem' && !path.startsWith('/tim-kiem/')) return 'other';
  let url;
  try {
    url = new URL(raw, 'http://localhost');
  } catch {
    return 'refused'; // an address no URL parser reads: nothing Next could route, and no free search
  }
  const results = path !== '/tim-kiem';
  const params = /** @type {SearchParams} */ ({});
  for (const name of new Set(url.searchParams.keys())) params[name] = url.searchParams.getAll(name);
  const key = results ? null : searchPageKey(params);
  if (!results && !key) return 'search';
  if (!searchLimit.take(address)) return 'refused';
  if (key && (req.method === 'GET' || req.method === 'HEAD') && searchedBefore(key)) {
    const rsc = url.searchParams.get(RSC_PARAM);
    req.url = searchResultsPath(key) + (rsc === null ? '' : `?${new URLSearchParams({ [RSC_PARAM]: rsc })}`);
  }
  return 'search';
}
