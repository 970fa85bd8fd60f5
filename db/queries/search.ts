import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../client';
import { articles } from '../schema/articles';
import { media } from '../schema/media';
import { sections } from '../schema/sections';
import { cardColumns, toCard, type ArticleCard } from './public-articles';
import { isPublic } from './visibility';

/** Where the previous page of results ended: its last row's rank bucket and position. */
export type SearchCursor = { rank: number; publishedAt: Date; id: number };

export type SearchHit = ArticleCard & { rank: number };

/** A tsquery from folded terms: every word must appear, the last may be a prefix. */
export function toTsQuery(terms: string[]): string | null {
  const words = terms.filter((t) => /^[a-z0-9]+$/.test(t)).slice(0, 8);
  if (!words.length) return null;
  return words.map((w, i) => (i === words.length - 1 ? `${w}:*` : w)).join(' & ');
}

/**
 * Public stories whose folded title, sapo or body contain every word; stories whose title
 * contains them all come first, then newest first. Served by the full-text GIN index.
 */
export async function searchPublicArticles({
  terms,
  limit,
  cursor,
}: {
  terms: string[];
  limit: number;
  cursor?: SearchCursor;
}): Promise<SearchHit[]> {
  const query = toTsQuery(terms);
  if (!query) return [];
  const db = await getDb();
  const q = sql`to_tsquery('simple', ${query})`;
  const rank = sql<number>`(case when ${articles.titleVector} @@ ${q} then 0 else 1 end)`;
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
    .where(and(isPublic(), sql`${articles.searchVector} @@ ${q}`, after))
    .orderBy(rank, sql`${articles.publishedAt} desc`, sql`${articles.id} desc`)
    .limit(limit);
  return rows.map((r) => ({ ...toCard(r), rank: Number(r.rank) }));
}
