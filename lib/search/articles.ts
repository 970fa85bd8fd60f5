import 'server-only';
import { LRUCache } from 'lru-cache';
import { searchPublicArticles, type SearchFilter, type SearchTsQueries } from '@/db/queries/search';
import type { ArticleCard } from '@/db/queries/public-articles';
import { vietnamDayRange } from '../format/dates';
import { decodeCursor, encodeCursor } from '../site/cursor';
import { param, type SearchParams } from '../site/query';
import { parseSearchQuery, toTsQuery, type ParsedQuery } from './query';
import { snippetsFor, type SnippetSegment } from './snippet';

export const SEARCH_PAGE_SIZE = 20;

/** The filters as the URL spells them: `chuyen-muc`, `tu-ngay`, `den-ngay` (days as YYYY-MM-DD). */
export type SearchFilters = { section: string; from: string; to: string };

export type SearchResultHit = ArticleCard & { rank: number; snippet: SnippetSegment[] };

export type SearchResults = {
  text: string;
  truncated: boolean;
  filters: SearchFilters;
  /** A filter that could not be used (a day that does not exist, or a range ending before it starts); it was ignored. */
  badDates: boolean;
  hits: SearchResultHit[];
  nextCursor: string | null;
};

const encode = (hit: SearchResultHit) => encodeCursor({ rank: hit.rank, at: hit.publishedAt, id: hit.id });

function decode(value: unknown) {
  const cursor = decodeCursor(value, 'rank-at-id');
  return cursor ? { rank: cursor.rank, publishedAt: cursor.at, id: cursor.id } : undefined;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The filters a reader asked for, and what they mean to the query; malformed values are dropped. */
export function parseSearchFilters(params: SearchParams): { filters: SearchFilters; filter: SearchFilter; badDates: boolean } {
  const section = (param(params, 'chuyen-muc') ?? '').trim();
  const from = (param(params, 'tu-ngay') ?? '').trim();
  const to = (param(params, 'den-ngay') ?? '').trim();
  const fromRange = from ? vietnamDayRange(from) : null;
  const toRange = to ? vietnamDayRange(to) : null;
  let badDates = Boolean((from && !fromRange) || (to && !toRange));
  if (fromRange && toRange && fromRange.start >= toRange.end) badDates = true;
  const filters = { section: SLUG.test(section) && section.length <= 120 ? section : '', from: fromRange ? from : '', to: toRange ? to : '' };
  const filter: SearchFilter = {
    sectionSlug: filters.section || undefined,
    from: badDates ? undefined : fromRange?.start,
    until: badDates ? undefined : toRange?.end,
  };
  if (badDates) Object.assign(filters, { from: '', to: '' });
  return { filters, filter, badDates };
}

/** The tsquery texts for a parsed query: the folded words, and the exact ones when the reader typed accents. */
export function tsQueries(query: ParsedQuery): SearchTsQueries | null {
  const folded = toTsQuery(query, 'folded');
  if (!folded) return null;
  return {
    folded,
    ...(query.accented ? { exact: toTsQuery(query, 'exact')! } : {}),
  };
}

/*
 * Popular searches cost one query: results are kept per query, filters and page, but in a
 * bounded cache (500 entries, least recently used dropped first, 30 s each), not Next's data
 * cache, where every distinct query a stranger types would add an entry that lives until the
 * next publish. Only the snippets are kept, never the stories' full text.
 * A story published meanwhile shows up in search within 30 s.
 */
const recentSearches = new LRUCache<string, SearchResultHit[]>({ max: 500, ttl: 30_000 });

async function cachedSearch(query: ParsedQuery, filter: SearchFilter, cursor: string | null, fresh: boolean): Promise<SearchResultHit[]> {
  const queries = tsQueries(query);
  if (!queries) return [];
  const key = JSON.stringify([queries, filter, cursor]);
  const cached = fresh ? undefined : recentSearches.get(key);
  if (cached) return cached;
  const rows = await searchPublicArticles({ queries, filter, limit: SEARCH_PAGE_SIZE + 1, cursor: decode(cursor) });
  const snippet = snippetsFor(query);
  const hits = rows.map(({ snippetSource, ...hit }) => ({ ...hit, snippet: snippet(snippetSource) }));
  recentSearches.set(key, hits);
  return hits;
}

/** How many searches are cached now (at most 500). */
export function cachedSearchCount(): number {
  return recentSearches.size;
}

/**
 * One page of results for a reader's raw query and filters: with accents typed, stories
 * with those exact accents first; then title matches before others; newest first within.
 * `fresh` reads the database even when the results are cached: for a page that is itself
 * cached (lib/search/page-key.mjs), so that its results are never older than its own lifetime.
 */
export async function searchArticles(params: SearchParams, { fresh = false }: { fresh?: boolean } = {}): Promise<SearchResults> {
  const query = parseSearchQuery(param(params, 'q'));
  const { filters, filter, badDates } = parseSearchFilters(params);
  const empty = { text: query.text, truncated: query.truncated, filters, badDates, hits: [], nextCursor: null };
  if (!query.clauses.length) return empty;
  const rawCursor = param(params, 'sau');
  const rows = await cachedSearch(query, filter, decode(rawCursor) ? rawCursor! : null, fresh);
  const hits = rows.slice(0, SEARCH_PAGE_SIZE);
  const last = hits[hits.length - 1];
  return { ...empty, hits, nextCursor: rows.length > SEARCH_PAGE_SIZE && last ? encode(last) : null };
}
