import 'server-only';
import { LRUCache } from 'lru-cache';
import { searchPublicArticles, type SearchHit } from '@/db/queries/search';
import { decodeCursor, encodeCursor } from '../site/cursor';
import { parseSearchQuery } from './query';

export const SEARCH_PAGE_SIZE = 20;

export type SearchResults = {
  text: string;
  truncated: boolean;
  hits: SearchHit[];
  nextCursor: string | null;
};

const encode = (hit: SearchHit) => encodeCursor({ rank: hit.rank, at: hit.publishedAt, id: hit.id });

function decode(value: unknown) {
  const cursor = decodeCursor(value, 'rank-at-id');
  return cursor ? { rank: cursor.rank, publishedAt: cursor.at, id: cursor.id } : undefined;
}

/*
 * Popular searches cost one query: results are kept per query and page, but in a bounded cache
 * (500 entries, least recently used dropped first, 30 s each), not Next's data cache, where every
 * distinct query a stranger types would add an entry that lives until the next publish.
 * A story published meanwhile shows up in search within 30 s.
 */
const recentSearches = new LRUCache<string, SearchHit[]>({ max: 500, ttl: 30_000 });

async function cachedSearch(terms: string[], cursor: string | null): Promise<SearchHit[]> {
  const key = JSON.stringify([terms, cursor]);
  const cached = recentSearches.get(key);
  if (cached) return cached;
  const rows = await searchPublicArticles({ terms, limit: SEARCH_PAGE_SIZE + 1, cursor: decode(cursor) });
  recentSearches.set(key, rows);
  return rows;
}

/** How many searches are cached now (at most 500). */
export function cachedSearchCount(): number {
  return recentSearches.size;
}

/** One page of results for a reader's raw query, title matches first. */
export async function searchArticles(rawQuery: unknown, rawCursor: unknown): Promise<SearchResults> {
  const { text, terms, truncated } = parseSearchQuery(rawQuery);
  if (!terms.length) return { text, truncated, hits: [], nextCursor: null };
  const rows = await cachedSearch(terms, decode(rawCursor) ? (rawCursor as string) : null);
  const hits = rows.slice(0, SEARCH_PAGE_SIZE);
  const last = hits[hits.length - 1];
  return { text, truncated, hits, nextCursor: rows.length > SEARCH_PAGE_SIZE && last ? encode(last) : null };
}
