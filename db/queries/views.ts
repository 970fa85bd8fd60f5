import 'server-only';
import { and, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { articles } from '../schema/articles';
import { media } from '../schema/media';
import { sections } from '../schema/sections';
import { articleViews } from '../schema/views';
import { cardColumns, toCard, type ArticleCard } from './public-articles';
import { isPublic } from './visibility';

export type ViewBatch = { articleId: number; hour: Date; views: number }[];

/** Adds a batch of counted views in one statement (a story's hour row is created or incremented). */
export async function addViews(batch: ViewBatch): Promise<void> {
  if (batch.length === 0) return;
  const db = await getDb();
  // Stories deleted since the views were counted are skipped, not an error.
  const ids = [...new Set(batch.map((b) => b.articleId))];
  const existing = new Set((await db.select({ id: articles.id }).from(articles).where(inArray(articles.id, ids))).map((r) => r.id));
  const rows = batch.filter((b) => existing.has(b.articleId));
  if (rows.length === 0) return;
  await db
    .insert(articleViews)
    .values(rows)
    .onConflictDoUpdate({ target: [articleViews.articleId, articleViews.hour], set: { views: sql`${articleViews.views} + excluded.views` } });
}

/** The public stories read most since `since`, with their view counts. */
export async function listMostRead({ since, limit }: { since: Date; limit: number }): Promise<(ArticleCard & { views: number })[]> {
  const db = await getDb();
  const totals = db
    .select({ articleId: articleViews.articleId, views: sql<number>`sum(${articleViews.views})`.as('views') })
    .from(articleViews)
    .where(gte(articleViews.hour, since))
    .groupBy(articleViews.articleId)
    .as('totals');
  const rows = await db
    .select({ ...cardColumns, views: totals.views })
    .from(totals)
    .innerJoin(articles, eq(articles.id, totals.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(isPublic())
    .orderBy(desc(totals.views), desc(articles.publishedAt))
    .limit(limit);
  return rows.map((r) => ({ ...toCard(r), views: Number(r.views) }));
}

export type ViewCounts = { today: number; week: number; total: number };

/** Views of each story: since `dayStart`, since `weekStart`, and in all. */
export async function countViews({ ids, dayStart, weekStart }: { ids: number[]; dayStart: Date; weekStart: Date }): Promise<Map<number, ViewCounts>> {
  const out = new Map<number, ViewCounts>();
  if (ids.length === 0) return out;
  const db = await getDb();
  const rows = await db
    .select({
      articleId: articleViews.articleId,
      today: sql<number>`coalesce(sum(${articleViews.views}) filter (where ${articleViews.hour} >= ${dayStart.toISOString()}::timestamptz), 0)`,
      week: sql<number>`coalesce(sum(${articleViews.views}) filter (where ${articleViews.hour} >= ${weekStart.toISOString()}::timestamptz), 0)`,
      total: sql<number>`sum(${articleViews.views})`,
    })
    .from(articleViews)
    .where(and(inArray(articleViews.articleId, ids)))
    .groupBy(articleViews.articleId);
  for (const r of rows) out.set(r.articleId, { today: Number(r.today), week: Number(r.week), total: Number(r.total) });
  return out;
}

/** Demo traffic: views spread over the last day for the newest public stories, once (only into an empty table). */
export async function seedDemoViews({ stories, now }: { stories: number; now: Date }): Promise<number> {
  const db = await getDb();
  const [any] = await db.select({ id: articleViews.articleId }).from(articleViews).limit(1);
  if (any) return 0;
  const newest = await db.select({ id: articles.id }).from(articles).where(isPublic(now)).orderBy(desc(articles.publishedAt)).limit(stories);
  const hour = Math.floor(now.getTime() / 3_600_000) * 3_600_000;
  // A fixed, uneven spread so that the demo's box always reads the same.
  const rows = newest.flatMap(({ id }, rank) =>
    [1, 3, 7, 12].map((hoursAgo, i) => ({ articleId: id, hour: new Date(hour - hoursAgo * 3_600_000), views: ((rank * 37 + i * 11) % 90) + 10 })),
  );
  await addViews(rows);
  return rows.length;
}
