import 'server-only';
import { and, asc, desc, eq, ilike, inArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { articles } from '../schema/articles';
import { comments } from '../schema/comments';
import { sections } from '../schema/sections';
import type { CommentStatus } from './comments';

export type ModerationFilter = { articleId?: number; q?: string };

function filterWhere({ articleId, q }: ModerationFilter): SQL[] {
  const where: SQL[] = [];
  if (articleId) where.push(eq(comments.articleId, articleId));
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(comments.name, pattern), ilike(comments.email, pattern), ilike(comments.body, pattern))!);
  }
  return where;
}

export async function countCommentsByStatus(filter: ModerationFilter): Promise<Record<CommentStatus, number>> {
  const db = await getDb();
  const rows = await db
    .select({ status: comments.status, n: sql<number>`count(*)`.mapWith(Number) })
    .from(comments)
    .where(and(...filterWhere(filter)))
    .groupBy(comments.status);
  const counts = { pending: 0, approved: 0, rejected: 0, spam: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export async function countPendingComments(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(comments).where(eq(comments.status, 'pending'));
  return row?.n ?? 0;
}

export type ModerationRow = Awaited<ReturnType<typeof listModerationComments>>[number];

/** One tab of the queue: pending oldest first (first come, first served), the others newest first. */
export async function listModerationComments({ status, limit, ...filter }: ModerationFilter & { status: CommentStatus; limit: number }) {
  const db = await getDb();
  return db
    .select({
      id: comments.id,
      articleId: comments.articleId,
      articleTitle: articles.title,
      articleSlug: articles.slug,
      sectionSlug: sections.slug,
      commentsClosed: articles.commentsClosed,
      name: comments.name,
      email: comments.email,
      body: comments.body,
      status: comments.status,
      staff: sql<boolean>`(${comments.staffUserId} is not null)`,
      parentName: sql<string | null>`(select p.name from comments p where p.id = ${comments.parentId})`,
      createdAt: comments.createdAt,
      approvedBefore: sql<number>`(select count(*) from comments c2 where c2.email = ${comments.email} and c2.status = 'approved' and c2.id <> ${comments.id})`.mapWith(Number),
    })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(eq(comments.status, status), ...filterWhere(filter)))
    .orderBy(status === 'pending' ? asc(comments.createdAt) : desc(comments.createdAt), asc(comments.id))
    .limit(limit);
}

/** Stories that have comments, for the story filter. */
export async function listCommentedStories({ limit }: { limit: number }) {
  const db = await getDb();
  return db
    .select({ id: articles.id, title: articles.title, last: sql<Date>`max(${comments.createdAt})` })
    .from(comments)
    .innerJoin(articles, eq(articles.id, comments.articleId))
    .groupBy(articles.id, articles.title)
    .orderBy(desc(sql`max(${comments.createdAt})`))
    .limit(limit);
}

export async function setCommentsStatus({ ids, status, userId }: { ids: number[]; status: CommentStatus; userId: number }, tx: Executor) {
  return tx
    .update(comments)
    .set({ status, moderatedBy: userId, moderatedAt: new Date() })
    .where(inArray(comments.id, ids))
    .returning({ id: comments.id, articleId: comments.articleId });
}

/** Permanently removes comments, but only spam and rejected ones. */
export async function deleteComments({ ids }: { ids: number[] }, tx: Executor) {
  return tx
    .delete(comments)
    .where(and(inArray(comments.id, ids), inArray(comments.status, ['spam', 'rejected'])))
    .returning({ id: comments.id, articleId: comments.articleId });
}

export async function insertStaffReply(
  row: { articleId: number; parentId: number; name: string; email: string; body: string; staffUserId: number },
  tx: Executor,
) {
  const [inserted] = await tx
    .insert(comments)
    .values({ ...row, status: 'approved', moderatedBy: row.staffUserId, moderatedAt: new Date() })
    .returning({ id: comments.id });
  return inserted!.id;
}
