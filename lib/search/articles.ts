import 'server-only';
import { unstable_cache } from 'next/cache';
import { searchPublicArticles, type SearchHit } from '@/db/queries/search';
import { cacheTags } from '../cache/tags';
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
