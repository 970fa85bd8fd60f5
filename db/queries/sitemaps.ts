import 'server-only';
import { and, asc, count, eq, gt, gte, lt, or, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { articleAuthors, articles, articleTags } from '../schema/articles';
import { sections } from '../schema/sections';
import { tags } from '../schema/tags';
import { users } from '../schema/users';
import { isPublic } from './visibility';

/*
 * Reads for the sitemap index: which months have public stories, and the stories of one month
 * in keyset order. Months are counted in the newsroom's time zone (UTC+7, no daylight saving).
 */

export type SitemapMonth = { month: string; stories: number; lastModified: string };

export async function listSitemapMonths(): Promise<SitemapMonth[]> {
  const db = await getDb();
  const month = sql<string>`to_char(${articles.publishedAt} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`;
  const rows = await db
    .select({ month, stories: count(), lastModified: sql<string>`max(greatest(${articles.updatedAt}, ${articles.publishedAt}))` })
    .from(articles)
    .where(isPublic())
    .groupBy(month)
    .orderBy(sql`1 desc`);
  return rows.map((r) => ({ month: r.month, stories: Number(r.stories), lastModified: new Date(r.lastModified).toISOString() }));
}

export type SitemapStory = { sectionSlug: string; slug: string; publishedAt: string; updatedAt: string; id: number };

/** One page of a month's public stories, oldest first, after the keyset position `after`. */
export async function listSitemapMonthStories({
  start,
  end,
  after,
  limit,
}: {
  start: Date;
  end: Date;
  after?: { publishedAt: string; id: number };
  limit: number;
}): Promise<SitemapStory[]> {
  const db = await getDb();
  const afterClause = after
    ? or(gt(articles.publishedAt, new Date(after.publishedAt)), and(eq(articles.publishedAt, new Date(after.publishedAt)), gt(articles.id, after.id)))
    : undefined;
  const rows = await db
    .select({ id: articles.id, sectionSlug: sections.slug, slug: articles.slug, publishedAt: articles.publishedAt, updatedAt: articles.updatedAt })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic(), gte(articles.publishedAt, start), lt(articles.publishedAt, end), afterClause))
    .orderBy(asc(articles.publishedAt), asc(articles.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    sectionSlug: r.sectionSlug,
    slug: r.slug,
    publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** Slugs of tags and of staff authors that have at least one public story. */
export async function listSitemapTaxonomy(): Promise<{ tags: string[]; authors: string[] }> {
  const db = await getDb();
  const tagRows = await db
    .selectDistinct({ slug: tags.slug })
    .from(tags)
    .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(isPublic())
    .orderBy(tags.slug);
  const authorRows = await db
    .selectDistinct({ slug: users.slug })
    .from(users)
    .innerJoin(articleAuthors, eq(articleAuthors.userId, users.id))
    .innerJoin(articles, eq(articles.id, articleAuthors.articleId))
    .where(isPublic())
    .orderBy(users.slug);
  return { tags: tagRows.map((r) => r.slug), authors: authorRows.map((r) => r.slug) };
}
