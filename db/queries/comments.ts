import 'server-only';
import { and, asc, count, eq, gt, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { articles } from '../schema/articles';
import { comments } from '../schema/comments';
import { commentBlocklist } from '../schema/moderation';
import { sections } from '../schema/sections';
import { isPublicColumn } from './visibility';

export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam';

export type CommentArticle = {
  id: number;
  slug: string;
  title: string;
  sectionSlug: string;
  commentsClosed: boolean;
  publishedAt: Date | null;
  isPublic: boolean;
};

export async function getCommentArticle({ id }: { id: number }, tx?: Executor): Promise<CommentArticle | null> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      sectionSlug: sections.slug,
      commentsClosed: articles.commentsClosed,
      publishedAt: articles.publishedAt,
      isPublic: isPublicColumn(),
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id))
    .limit(1);
  return row ?? null;
}

export async function setArticleCommentsClosed({ id, closed }: { id: number; closed: boolean }, tx?: Executor): Promise<boolean> {
  const db = tx ?? (await getDb());
  const rows = await db.update(articles).set({ commentsClosed: closed }).where(eq(articles.id, id)).returning({ id: articles.id });
  return rows.length > 0;
}

export type PublicCommentRow = { id: number; parentId: number | null; name: string; body: string; staff: boolean; createdAt: Date };

/** A story's approved comments, oldest first; never the email or the IP hash. */
export async function listApprovedComments({ articleId }: { articleId: number }): Promise<PublicCommentRow[]> {
  const db = await getDb();
  return db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      name: comments.name,
      body: comments.body,
      staff: sql<boolean>`(${comments.staffUserId} is not null)`,
      createdAt: comments.createdAt,
    })
    .from(comments)
    .where(and(eq(comments.articleId, articleId), eq(comments.status, 'approved')))
    .orderBy(asc(comments.createdAt), asc(comments.id));
}

export async function getCommentById({ id }: { id: number }, tx?: Executor) {
  const db = tx ?? (await getDb());
  const [row] = await db.select().from(comments).where(eq(comments.id, id)).limit(1);
  return row ?? null;
}

export type NewReaderComment = { articleId: number; parentId: number | null; name: string; email: string; body: string; ipHash: string };

/** What the database knows about a new comment's sender, counted under the sender's locks. */
export type SenderFacts = {
  burst: number;
  hour: number;
  duplicate: boolean;
  blockedEmail: boolean;
  blockedIp: boolean;
  blockedWords: string[];
  /** Comments of the story waiting in the main queue, and held as suspected spam. */
  storyPending: number;
  storySpam: number;
};

async function countSince(tx: Executor, column: typeof comments.ipHash | typeof comments.email, value: string, burstSince: Date, hourSince: Date) {
  const [row] = await tx
    .select({
      burst: sql<number>`count(*) filter (where ${comments.createdAt} > ${burstSince.toISOString()}::timestamptz)`.mapWith(Number),
      hour: sql<number>`count(*)`.mapWith(Number),
    })
    .from(comments)
    .where(and(eq(column, value), gt(comments.createdAt, hourSince)));
  return row ?? { burst: 0, hour: 0 };
}

/**
 * Inserts a reader's comment unless `decide` refuses it. The sender's IP hash and email are
 * locked for the transaction (advisory locks, in a fixed order), so two concurrent posts from
 * one sender are counted one after the other — on any number of app instances.
 */
export async function insertReaderComment<R extends string>(input: {
  values: NewReaderComment;
  burstSince: Date;
  hourSince: Date;
  duplicateSince: Date;
  decide: (facts: SenderFacts) => { refuse: R } | { status: 'pending' | 'spam' };
}): Promise<{ refused: R } | { id: number; status: 'pending' | 'spam' }> {
  const db = await getDb();
  const { values } = input;
  return db.transaction(async (tx) => {
    for (const key of [`comment-ip:${values.ipHash}`, `comment-email:${values.email}`, `comment-article:${values.articleId}`].sort()) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
    }
    const byIp = await countSince(tx, comments.ipHash, values.ipHash, input.burstSince, input.hourSince);
    const byEmail = await countSince(tx, comments.email, values.email, input.burstSince, input.hourSince);
    const [dup] = await tx
      .select({ id: comments.id })
      .from(comments)
      .where(
        and(
          gt(comments.createdAt, input.duplicateSince),
          eq(comments.body, values.body),
          sql`(${comments.articleId} = ${values.articleId} or ${comments.ipHash} = ${values.ipHash} or ${comments.email} = ${values.email})`,
        ),
      )
      .limit(1);
    const blocks = await tx
      .select({ kind: commentBlocklist.kind, value: commentBlocklist.value })
      .from(commentBlocklist)
      .where(
        sql`${commentBlocklist.kind} = 'word' or (${commentBlocklist.kind} = 'email' and ${commentBlocklist.value} = ${values.email}) or (${commentBlocklist.kind} = 'ip' and ${commentBlocklist.value} = ${values.ipHash})`,
      );
    const [waiting] = await tx
      .select({
        pending: count(sql`case when ${comments.status} = 'pending' then 1 end`),
        spam: count(sql`case when ${comments.status} = 'spam' then 1 end`),
      })
      .from(comments)
      .where(and(eq(comments.articleId, values.articleId), sql`${comments.status} in ('pending', 'spam')`));
    const decision = input.decide({
      storyPending: waiting?.pending ?? 0,
      storySpam: waiting?.spam ?? 0,
      burst: Math.max(byIp.burst, byEmail.burst),
      hour: Math.max(byIp.hour, byEmail.hour),
      duplicate: Boolean(dup),
      blockedEmail: blocks.some((b) => b.kind === 'email'),
      blockedIp: blocks.some((b) => b.kind === 'ip'),
      blockedWords: blocks.filter((b) => b.kind === 'word').map((b) => b.value),
    });
    if ('refuse' in decision) return { refused: decision.refuse };
    const [row] = await tx
      .insert(comments)
      .values({ ...values, status: decision.status })
      .returning({ id: comments.id });
    return { id: row!.id, status: decision.status };
  });
}

export async function listBlocklist(): Promise<{ kind: 'word' | 'email' | 'ip'; value: string }[]> {
  const db = await getDb();
  return db.select({ kind: commentBlocklist.kind, value: commentBlocklist.value }).from(commentBlocklist).orderBy(asc(commentBlocklist.kind), asc(commentBlocklist.value));
}

/** Adds one entry to a blocklist (kept if already there). */
export async function addToBlocklist({ kind, value, userId }: { kind: 'word' | 'email' | 'ip'; value: string; userId: number }, tx: Executor) {
  await tx.insert(commentBlocklist).values({ kind, value, createdBy: userId }).onConflictDoNothing();
}

/** Replaces one kind of blocklist with `values`. */
export async function replaceBlocklist({ kind, values, userId }: { kind: 'word' | 'email' | 'ip'; values: string[]; userId: number }, tx: Executor) {
  await tx.delete(commentBlocklist).where(eq(commentBlocklist.kind, kind));
  if (values.length) await tx.insert(commentBlocklist).values(values.map((value) => ({ kind, value, createdBy: userId }))).onConflictDoNothing();
}


/** Demo data: inserts a story's comments only when it has none yet (so seeding twice adds nothing). */
export async function seedStoryComments({ slug, rows }: { slug: string; rows: { name: string; email: string; body: string; replyToIndex?: number; minutesAfter: number }[] }) {
  const db = await getDb();
  const [article] = await db.select({ id: articles.id, publishedAt: articles.publishedAt }).from(articles).where(eq(articles.slug, slug)).limit(1);
  if (!article) return 0;
  const [existing] = await db.select({ id: comments.id }).from(comments).where(eq(comments.articleId, article.id)).limit(1);
  if (existing) return 0;
  const base = (article.publishedAt ?? new Date()).getTime();
  const ids: number[] = [];
  for (const row of rows) {
    const parentId = row.replyToIndex === undefined ? null : (ids[row.replyToIndex] ?? null);
    const [inserted] = await db
      .insert(comments)
      .values({ articleId: article.id, parentId, name: row.name, email: row.email, body: row.body, status: 'approved', createdAt: new Date(base + row.minutesAfter * 60_000) })
      .returning({ id: comments.id });
    ids.push(inserted!.id);
  }
  return ids.length;
}
