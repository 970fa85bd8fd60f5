import 'server-only';
import { unstable_cache } from 'next/cache';
import { searchPublicArticles, type SearchHit } from '@/db/queries/search';
import { cacheTags } from '../cache/tags';
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

// Results are cached per query and page until a story changes: popular searches cost one query.
const cachedSearch = unstable_cache(
  async (terms: string[], cursor: string | null) => searchPublicArticles({ terms, limit: SEARCH_PAGE_SIZE + 1, cursor: decode(cursor) }),
  ['search'],
  { tags: [cacheTags.articleLists] },
);

/** One page of results for a reader's raw query, title matches first. */
export async function searchArticles(rawQuery: unknown, rawCursor: unknown): Promise<SearchResults> {
  const { text, terms, truncated } = parseSearchQuery(rawQuery);
  if (!terms.length) return { text, truncated, hits: [], nextCursor: null };
  const rows = await cachedSearch(terms, decode(rawCursor) ? (rawCursor as string) : null);
  const hits = rows.slice(0, SEARCH_PAGE_SIZE);
  const last = hits[hits.length - 1];
  return { text, truncated, hits, nextCursor: rows.length > SEARCH_PAGE_SIZE && last ? encode(last) : null };
}
