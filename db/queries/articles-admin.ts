import 'server-only';
import { and, asc, desc, eq, gt, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import {
  articleAuthors,
  articleCorrections,
  articleRevisions,
  articles,
  articleTags,
  slugRedirects,
  type ArticleStatus,
  type NewArticle,
} from '../schema/articles';
import { articlePresence } from '../schema/editing';
import { media } from '../schema/media';
import { sections } from '../schema/sections';
import { tags } from '../schema/tags';
import { users } from '../schema/users';
import { becamePublicBetween, hasDisplayStatus, isPublic } from './visibility';

/* The newsroom's reads and writes of stories. Rules live in lib/articles/workflow.ts. */

export type EditableArticle = typeof articles.$inferSelect & { authorIds: number[]; tagNames: string[] };

export async function getArticleForEdit({ id }: { id: number }, tx?: Executor): Promise<EditableArticle | null> {
  const db = tx ?? (await getDb());
  const [row] = await db.select().from(articles).where(eq(articles.id, id)).limit(1);
  if (!row) return null;
  const [authorRows, tagRows] = await Promise.all([
    db.select({ userId: articleAuthors.userId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position)),
    db
      .select({ name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, id))
      .orderBy(asc(articleTags.position)),
  ]);
  return { ...row, authorIds: authorRows.map((a) => a.userId), tagNames: tagRows.map((t) => t.name) };
}

export async function insertArticle(tx: Executor, values: NewArticle): Promise<number> {
  const [row] = await tx.insert(articles).values(values).returning({ id: articles.id });
  return row!.id;
}

/** Writes the story only if nobody saved since `baseVersion`; returns false on a conflict. */
export async function updateArticleIfVersion(tx: Executor, id: number, baseVersion: number, values: Partial<NewArticle>): Promise<boolean> {
  const rows = await tx
    .update(articles)
    .set({ ...values, version: sql`${articles.version} + 1`, updatedAt: new Date() })
    .where(and(eq(articles.id, id), eq(articles.version, baseVersion)))
    .returning({ id: articles.id });
  return rows.length === 1;
}

export async function setArticleTags(tx: Executor, articleId: number, named: { name: string; slug: string }[]): Promise<void> {
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  if (!named.length) return;
  await tx.insert(tags).values(named).onConflictDoNothing({ target: tags.slug });
  const rows = await tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, named.map((t) => t.slug)));
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  await tx.insert(articleTags).values(named.map((t, position) => ({ articleId, tagId: ids.get(t.slug)!, position })));
}

export async function setArticleAuthors(tx: Executor, articleId: number, userIds: number[]): Promise<void> {
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  if (userIds.length) await tx.insert(articleAuthors).values(userIds.map((userId, position) => ({ articleId, userId, position })));
}

export async function insertRevision(tx: Executor, entry: { articleId: number; version: number; snapshot: Record<string, unknown>; createdBy: number | null }): Promise<void> {
  await tx.insert(articleRevisions).values(entry);
}

export type RevisionSummary = { id: number; version: number; createdAt: Date; authorName: string | null };

export async function listRevisions({ articleId }: { articleId: number }): Promise<RevisionSummary[]> {
  const db = await getDb();
  return db
    .select({ id: articleRevisions.id, version: articleRevisions.version, createdAt: articleRevisions.createdAt, authorName: users.name })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdBy))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version), desc(articleRevisions.id));
}

export async function getRevisions({ articleId, ids }: { articleId: number; ids: number[] }) {
  const db = await getDb();
  return db
    .select({ id: articleRevisions.id, version: articleRevisions.version, snapshot: articleRevisions.snapshot, createdAt: articleRevisions.createdAt, authorName: users.name })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.createdBy))
    .where(and(eq(articleRevisions.articleId, articleId), inArray(articleRevisions.id, ids)));
}

/** Whether a story other than `exceptId` uses `slug`, now or as an old address. */
export async function articleSlugInUse({ slug, exceptId }: { slug: string; exceptId?: number }, tx?: Executor): Promise<boolean> {
  const db = tx ?? (await getDb());
  const other = exceptId ? ne(articles.id, exceptId) : undefined;
  const [live] = await db.select({ id: articles.id }).from(articles).where(and(eq(articles.slug, slug), other)).limit(1);
  if (live) return true;
  const [old] = await db
    .select({ id: slugRedirects.id })
    .from(slugRedirects)
    .where(and(eq(slugRedirects.kind, 'article'), eq(slugRedirects.oldSlug, slug), exceptId ? ne(slugRedirects.targetId, exceptId) : undefined))
    .limit(1);
  return Boolean(old);
}

/** Leaves the old address answering with a redirect to the story. */
export async function recordArticleRedirect(tx: Executor, { oldSlug, articleId }: { oldSlug: string; articleId: number }): Promise<void> {
  await tx
    .insert(slugRedirects)
    .values({ kind: 'article', oldSlug, targetId: articleId })
    .onConflictDoUpdate({ target: [slugRedirects.kind, slugRedirects.oldSlug], set: { targetId: articleId } });
  // The story's current slug must never be shadowed by a redirect of its own.
}

export async function dropRedirectsFor(tx: Executor, { slug, articleId }: { slug: string; articleId: number }): Promise<void> {
  await tx.delete(slugRedirects).where(and(eq(slugRedirects.kind, 'article'), eq(slugRedirects.oldSlug, slug), eq(slugRedirects.targetId, articleId)));
}

export async function insertCorrection(tx: Executor, entry: { articleId: number; note: string; createdBy: number }): Promise<void> {
  await tx.insert(articleCorrections).values(entry);
}

export async function sectionExists({ id }: { id: number }): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: sections.id }).from(sections).where(eq(sections.id, id)).limit(1);
  return Boolean(row);
}

export async function mediaAlts({ ids }: { ids: number[] }): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const db = await getDb();
  const rows = await db.select({ id: media.id, alt: media.alt }).from(media).where(inArray(media.id, ids));
  return new Map(rows.map((r) => [r.id, r.alt]));
}

export type DashboardArticle = {
  id: number;
  title: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  sectionName: string;
  sectionSlug: string;
  authorNames: string | null;
};

export type DashboardFilter = { status?: ArticleStatus | 'scheduled'; sectionId?: number; authorId?: number; q?: string; onlyOwnBy?: number };

/** Stories for the dashboard list, most recently changed first, keyset-paged by (updated_at, id). */
export async function listDashboardArticles({
  filter,
  limit,
  cursor,
}: {
  filter: DashboardFilter;
  limit: number;
  cursor?: { updatedAt: Date; id: number };
}): Promise<DashboardArticle[]> {
  const db = await getDb();
  const now = new Date();
  const conditions: (SQL | undefined)[] = [isNull(articles.deletedAt)];
  if (filter.status) conditions.push(hasDisplayStatus(filter.status, now));
  if (filter.sectionId) conditions.push(eq(articles.sectionId, filter.sectionId));
  if (filter.authorId) {
    conditions.push(sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.userId} = ${filter.authorId})`);
  }
  if (filter.onlyOwnBy) {
    conditions.push(
      or(
        eq(articles.createdBy, filter.onlyOwnBy),
        sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.userId} = ${filter.onlyOwnBy})`,
      ),
    );
  }
  if (filter.q) conditions.push(ilike(articles.title, `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (cursor) conditions.push(sql`(${articles.updatedAt}, ${articles.id}) < (${cursor.updatedAt.toISOString()}::timestamptz, ${cursor.id})`);
  return db
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      status: articles.status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sectionName: sections.name,
      sectionSlug: sections.slug,
      authorNames: sql<string | null>`(select string_agg(${users.name}, ', ' order by ${articleAuthors.position}) from ${articleAuthors} join ${users} on ${users.id} = ${articleAuthors.userId} where ${articleAuthors.articleId} = ${articles.id})`,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(...conditions))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(limit);
}

/** Marks `userId` as having the story open; returns the others seen since `since`. */
export async function touchPresence({ articleId, userId, since }: { articleId: number; userId: number; since: Date }) {
  const db = await getDb();
  await db
    .insert(articlePresence)
    .values({ articleId, userId, seenAt: new Date() })
    .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId], set: { seenAt: new Date() } });
  return db
    .select({ id: users.id, name: users.name })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.userId))
    .where(and(eq(articlePresence.articleId, articleId), ne(articlePresence.userId, userId), gt(articlePresence.seenAt, since)));
}

/** Public stories whose publish time fell in (after, until]: scheduled stories coming due. */
export async function listComingDue({ after, until }: { after: Date; until: Date }, tx?: Executor) {
  const db = tx ?? (await getDb());
  return db
    .select({ id: articles.id, slug: articles.slug, publishedAt: articles.publishedAt })
    .from(articles)
    .where(becamePublicBetween(after, until));
}

/** Moves a story to the trash or back; returns its slug and whether it changed. */
export async function setTrashed(tx: Executor, { id, trashed }: { id: number; trashed: boolean }) {
  const [row] = await tx
    .update(articles)
    .set({ deletedAt: trashed ? new Date() : null, updatedAt: new Date(), version: sql`${articles.version} + 1` })
    .where(and(eq(articles.id, id), trashed ? isNull(articles.deletedAt) : sql`${articles.deletedAt} is not null`))
    .returning({ slug: articles.slug, status: articles.status, publishedAt: articles.publishedAt });
  return row ?? null;
}

export type TrashedArticle = { id: number; title: string; deletedAt: Date; sectionName: string };

export async function listTrash({ limit }: { limit: number }): Promise<TrashedArticle[]> {
  const db = await getDb();
  const rows = await db
    .select({ id: articles.id, title: articles.title, deletedAt: articles.deletedAt, sectionName: sections.name })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(sql`${articles.deletedAt} is not null`)
    .orderBy(desc(articles.deletedAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, deletedAt: r.deletedAt! }));
}

/** Deletes for good every story in the trash (revisions, tags and comments go with them). */
export async function purgeTrash(tx: Executor): Promise<number> {
  const rows = await tx.delete(articles).where(sql`${articles.deletedAt} is not null`).returning({ id: articles.id });
  return rows.length;
}

/** Public stories saved since `after`: their pages are expired once more by the scheduler tick. */
export async function listRecentlyChanged({ after }: { after: Date }, tx?: Executor) {
  const db = tx ?? (await getDb());
  return db
    .select({ slug: articles.slug, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublic(), gt(articles.updatedAt, after)));
}
