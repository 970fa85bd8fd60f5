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
  /** The words with their accents, when the reader typed any: anywhere, and in the title. */
  exact?: string;
  exactTitle?: string;
};

/** Only stories of a section (by slug, its subsections included) and published in [from, until). */
export type SearchFilter = { sectionSlug?: string; from?: Date; until?: Date };

/** A hit's rank bucket: 0 title with the exact accents, 1 elsewhere with them, 2 title folded, 3 elsewhere folded. */
export type SearchHit = ArticleCard & { rank: number; snippetSource: string };

/**
 * Public stories whose folded title, sapo and body match; ranked in four buckets (see
 * SearchHit), newest first within each. The folded match is served by the GIN index on
 * search_vector; the buckets read the stored vectors of matching rows only.
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
  const db = await getDb();
  const folded = sql`to_tsquery('simple', ${queries.folded})`;
  const inTitle = sql`(case when ${articles.titleVector} @@ ${folded} then 0 else 1 end)`;
  const exact =
    queries.exact && queries.exactTitle
      ? sql`(case when ${articles.accentVector} @@ to_tsquery('simple', ${queries.exactTitle}) then 0 when ${articles.accentVector} @@ to_tsquery('simple', ${queries.exact}) then 1 else 2 end)`
      : sql`2`;
  const rank = sql<number>`(case when ${exact} = 2 then 2 + ${inTitle} else ${exact} end)`;
  let after: SQL | undefined;
  if (cursor) {
    const at = cursor.publishedAt.toISOString();
    after = sql`(${rank} > ${cursor.rank} or (${rank} = ${cursor.rank} and (${articles.publishedAt}, ${articles.id}) < (${at}::timestamptz, ${cursor.id})))`;
  }
  const rows = await db
    .select({ ...cardColumns, rank })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(
      and(
        isPublic(),
        sql`${articles.searchVector} @@ ${folded}`,
        filter.sectionSlug
          ? sql`${articles.sectionId} in (select s.id from ${sections} s left join ${sections} p on p.id = s.parent_id where ${filter.sectionSlug} in (s.slug, p.slug))`
          : undefined,
        filter.from ? gte(articles.publishedAt, filter.from) : undefined,
        filter.until ? lt(articles.publishedAt, filter.until) : undefined,
        after,
      ),
    )
    .orderBy(rank, sql`${articles.publishedAt} desc`, sql`${articles.id} desc`)
    .limit(limit);
  if (!rows.length) return [];
  // The text snippets are cut from, read for the page's rows only.
  const texts = await db
    .select({ id: articles.id, text: sql<string>`${articles.sapo} || E'\n' || ${articles.bodyText}` })
    .from(articles)
    .where(inArray(articles.id, rows.map((r) => r.id)));
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  return rows.map((r) => ({ ...toCard(r), rank: Number(r.rank), snippetSource: textOf.get(r.id) ?? '' }));
}
