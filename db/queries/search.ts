import 'server-only';
import { and, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../client';
import { articles } from '../schema/articles';
import { media } from '../schema/media';
import { sections } from '../schema/sections';
import { cardColumns, toCard, type ArticleCard } from './public-articles';
import { isPublic } from './visibility';

/** Where the previous page of results ended: its last row's rank bucket and position. */
export type SearchCursor = { rank: number; publishedAt: Date; id: number };

/** tsquery texts made by lib/search/query.ts `toTsQuery` from a parsed query (never from raw input). */
export type SearchTsQueries = {
  /** Folded words: what must match. */
  folded: string;
  /** The words with their accents, when the reader typed any. */
  exact?: string;
};

/** Only stories of a section (by slug, its subsections included) and published in [from, until). */
export type SearchFilter = { sectionSlug?: string; from?: Date; until?: Date };

/**
 * A hit's rank bucket, best first: 0 the title has the words with the accents typed; 1 the
 * title lacks the words but the text has them with those accents; 2 the title has the words
 * in other accents (or the query has none); 3 the rest.
 */
export type SearchHit = ArticleCard & { rank: number; snippetSource: string };

type Bucket = { rank: SQL<number> | number; where: SQL };

/*
 * The results are read as up to three small queries, not one that ranks every match: a common
 * word matches most of the archive, and ranking all of it costs a read of every matching story.
 *   titles:    the title matches (GIN on title_vector: few rows), ranked 0 or 2 by the small
 *              title_accent_vector;
 *   exact:     other stories with the exact accents, rank 1 (newest first by the public-list
 *              index, stopping after a page; or by the GIN on accent_vector when they are few);
 *   rest:      other folded matches, rank 3, read only when the first two do not fill the page.
 * Each returns at most a page after the cursor, so their union, sorted, holds the true page.
 */
export async function searchPublicArticles({
  queries,
  filter = {},
  limit,
  cursor,
}: {
  queries: SearchTsQueries;
  filter?: SearchFilter;
  limit: number;
  cursor?: SearchCursor;
}): Promise<SearchHit[]> {
  const folded = sql`to_tsquery('simple', ${queries.folded})`;
  const exact = queries.exact ? sql`to_tsquery('simple', ${queries.exact})` : null;
  const inTitle = sql`${articles.titleVector} @@ ${folded}`;
  const titles: Bucket = {
    rank: exact ? sql<number>`(case when ${articles.titleAccentVector} @@ ${exact} then 0 else 2 end)` : 2,
    // The folded title is part of the folded text: a title match needs no test of the whole text.
    where: inTitle,
  };
  const exactElsewhere: Bucket | null = exact
    ? // Words with their accents are the folded words too: no test of the folded text either.
      { rank: 1, where: and(sql`${articles.accentVector} @@ ${exact}`, sql`not (${inTitle})`)! }
    : null;
  const rest: Bucket = {
    rank: 3,
    where: and(sql`${articles.searchVector} @@ ${folded}`, sql`not (${inTitle})`, exact ? sql`not (${articles.accentVector} @@ ${exact})` : undefined)!,
  };

  const first = (await Promise.all([titles, exactElsewhere].map((b) => (b ? readBucket(b, filter, limit, cursor) : [])))).flat();
  const rows = first.length >= limit ? first : [...first, ...(await readBucket(rest, filter, limit - first.length, cursor))];
  rows.sort((a, b) => a.rank - b.rank || b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id);
  const page = rows.slice(0, limit);
  if (!page.length) return [];

  // The text snippets are cut from, read for the page's rows only.
  const db = await getDb();
  const texts = await db
    .select({ id: articles.id, text: sql<string>`${articles.sapo} || E'\n' || ${articles.bodyText}` })
    .from(articles)
    .where(inArray(articles.id, page.map((r) => r.id)));
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  return page.map((r) => ({ ...toCard(r), rank: r.rank, snippetSource: textOf.get(r.id) ?? '' }));
}

/** One bucket's stories after the cursor, newest first, at most `limit`. */
async function readBucket({ rank, where }: Bucket, filter: SearchFilter, limit: number, cursor?: SearchCursor) {
  const rankSql = typeof rank === 'number' ? sql<number>`${sql.raw(String(rank))}::int` : rank;
  // A whole bucket before the cursor's is done; a constant rank after it needs no condition.
  if (cursor && typeof rank === 'number' && rank < cursor.rank) return [];
  let after: SQL | undefined;
  if (cursor && !(typeof rank === 'number' && rank > cursor.rank)) {
    const at = cursor.publishedAt.toISOString();
    const keyset = sql`(${articles.publishedAt}, ${articles.id}) < (${at}::timestamptz, ${cursor.id})`;
    after = typeof rank === 'number' ? keyset : sql`(${rankSql} > ${cursor.rank} or (${rankSql} = ${cursor.rank} and ${keyset}))`;
  }
  const db = await getDb();
  // `nulls last`, as articles_public_latest_idx is built, so that index can give the order.
  const newest = [sql`${articles.publishedAt} desc nulls last`, sql`${articles.id} desc nulls last`];
  const rows = await db
    .select({ ...cardColumns, rank: rankSql })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(
      and(
        isPublic(),
        where,
        filter.sectionSlug
          ? sql`${articles.sectionId} in (select s.id from ${sections} s left join ${sections} p on p.id = s.parent_id where ${filter.sectionSlug} in (s.slug, p.slug))`
          : undefined,
        filter.from ? gte(articles.publishedAt, filter.from) : undefined,
        filter.until ? lt(articles.publishedAt, filter.until) : undefined,
        after,
      ),
    )
    .orderBy(...(typeof rank === 'number' ? newest : [rank, ...newest]))
    .limit(limit);
  return rows.map((r) => ({ ...r, rank: Number(r.rank), publishedAt: r.publishedAt ?? new Date(0) }));
}
