import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../client';
import { articles } from '../schema/articles';
import { media } from '../schema/media';
import { sections } from '../schema/sections';
import { isPublic, type ArticleCard } from './public-articles';

/** Where the previous page of results ended: its last row's rank bucket and position. */
export type SearchCursor = { rank: number; publishedAt: Date; id: number };

export type SearchHit = ArticleCard & { rank: number };

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Public stories whose folded title, sapo or body contain every folded term; stories whose
 * title contains them all come first, then newest first. Served by the trigram indexes.
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
  if (terms.length === 0) return [];
  const db = await getDb();
  const inText = terms.map((t) => sql`${articles.searchText} like ${likePattern(t)}`);
  const inTitle = sql.join(
    terms.map((t) => sql`${articles.titleFolded} like ${likePattern(t)}`),
    sql` and `,
  );
  const rank = sql<number>`(case when ${inTitle} then 0 else 1 end)`;
  let after: SQL | undefined;
  if (cursor) {
    const at = cursor.publishedAt.toISOString();
    after = sql`(${rank} > ${cursor.rank} or (${rank} = ${cursor.rank} and (${articles.publishedAt}, ${articles.id}) < (${at}::timestamptz, ${cursor.id})))`;
  }
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      sectionSlug: sections.slug,
      sectionName: sections.name,
      title: articles.title,
      sapo: articles.sapo,
      publishedAt: articles.publishedAt,
      rank,
      imageKey: media.key,
      imageWidth: media.width,
      imageHeight: media.height,
      imageAlt: media.alt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(and(isPublic(), ...inText, after))
    .orderBy(rank, sql`${articles.publishedAt} desc`, sql`${articles.id} desc`)
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    sectionSlug: r.sectionSlug,
    sectionName: r.sectionName,
    title: r.title,
    sapo: r.sapo,
    publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
    rank: Number(r.rank),
    image: r.imageKey
      ? { key: r.imageKey, width: r.imageWidth ?? 0, height: r.imageHeight ?? 0, alt: r.imageAlt ?? '', caption: '', credit: '' }
      : null,
  }));
}
