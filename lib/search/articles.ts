import 'server-only';
import { LRUCache } from 'lru-cache';
import { searchPublicArticles, type SearchHit } from '@/db/queries/search';
import { parseSearchQuery } from './query';

export const SEARCH_PAGE_SIZE = 20;

export type SearchResults = {
  text: string;
  truncated: boolean;
  hits: SearchHit[];
  nextCursor: string | null;
};

function encode(hit: SearchHit): string {
  return `${hit.rank}-${new Date(hit.publishedAt).getTime().toString(36)}-${hit.id.toString(36)}`;
}

function decode(value: unknown) {
  const match = typeof value === 'string' ? /^([01])-([0-9a-z]{1,12})-([0-9a-z]{1,10})$/.exec(value) : null;
  if (!match) return undefined;
  const ms = Number.parseInt(match[2]!, 36);
  const id = Number.parseInt(match[3]!, 36);
  if (!Number.isSafeInteger(ms) || ms > 8.64e15 || id > 2_147_483_647) return undefined;
  return { rank: Number(match[1]), publishedAt: new Date(ms), id };
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
