import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { articleAuthors, articles, articleTags, slugRedirects } from '../schema/articles';
import { comments } from '../schema/comments';
import { importItems, type ImportKind } from '../schema/imports';
import { sections } from '../schema/sections';
import { tags } from '../schema/tags';
import { users } from '../schema/users';

/** Redirect kinds for a whole old address (a WordPress permalink, /?p=12, /category/x): the old path → a story, section or tag. */
export type OldPathKind = 'path:article' | 'path:section' | 'path:tag';

export async function findImported({ source, kind, sourceId }: { source: string; kind: ImportKind; sourceId: string }, tx?: Executor): Promise<number | null> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .select({ targetId: importItems.targetId })
    .from(importItems)
    .where(and(eq(importItems.source, source), eq(importItems.kind, kind), eq(importItems.sourceId, sourceId)))
    .limit(1);
  return row?.targetId ?? null;
}

/** Every item of one kind already brought in from `source`: source id → our id. */
export async function listImported({ source, kind }: { source: string; kind: ImportKind }): Promise<Map<string, number>> {
  const db = await getDb();
  const rows = await db
    .select({ sourceId: importItems.sourceId, targetId: importItems.targetId })
    .from(importItems)
    .where(and(eq(importItems.source, source), eq(importItems.kind, kind)));
  return new Map(rows.map((r) => [r.sourceId, r.targetId]));
}

export async function recordImported(tx: Executor, item: { source: string; kind: ImportKind; sourceId: string; targetId: number }): Promise<void> {
  await tx.insert(importItems).values(item).onConflictDoNothing();
}

/**
 * An imported post need not wait for its commit to reach the disk: were the last few lost in a
 * crash, the next run imports them again (import_items would not have them either). PostgreSQL
 * then commits without waiting for the WAL flush; PGlite accepts and ignores it.
 */
export async function commitWithoutWaiting(tx: Executor): Promise<void> {
  await tx.execute(sql`set local synchronous_commit = off`);
}

/**
 * Statistics for what an import loaded, so PostgreSQL plans the next reads on them (issue 12: right
 * after a bulk load without them, search answered 8 req/s until autovacuum came by). Not VACUUM:
 * ANALYZE alone samples the tables and holds no lock that stops readers or writers (the
 * seed's `analyzeLoadedTables` also vacuums: nobody reads while it loads).
 */
export async function analyzeImportedTables(): Promise<void> {
  const db = await getDb();
  await db.execute(sql`analyze articles, article_authors, article_tags, media, sections, tags, users, comments, slug_redirects, import_items`);
}

/** Several items at once (a post and its comments): one statement. */
export async function recordImportedMany(tx: Executor, items: { source: string; kind: ImportKind; sourceId: string; targetId: number }[]): Promise<void> {
  if (items.length) await tx.insert(importItems).values(items).onConflictDoNothing();
}

/** The tags and authors of a story just inserted (it has none yet, so nothing to replace). */
export async function linkNewArticle(tx: Executor, { articleId, tagIds, authorIds }: { articleId: number; tagIds: number[]; authorIds: number[] }): Promise<void> {
  if (tagIds.length) await tx.insert(articleTags).values(tagIds.map((tagId, position) => ({ articleId, tagId, position })));
  if (authorIds.length) await tx.insert(articleAuthors).values(authorIds.map((userId, position) => ({ articleId, userId, position })));
}

export async function findUserIdByEmail({ email }: { email: string }, tx?: Executor): Promise<number | null> {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, email.toLowerCase())).limit(1);
  return row?.id ?? null;
}

/** A staff record for an author of the old site: no password anyone could use, inactive until an admin turns it on. */
export async function insertImportedAuthor(tx: Executor, input: { email: string; name: string; slug: string }): Promise<number> {
  const [row] = await tx
    .insert(users)
    .values({ ...input, email: input.email.toLowerCase(), role: 'writer', passwordHash: null, active: false })
    .returning({ id: users.id });
  return row!.id;
}

export async function findSectionIdBySlug({ slug }: { slug: string }, tx?: Executor): Promise<{ id: number; parentId: number | null } | null> {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ id: sections.id, parentId: sections.parentId }).from(sections).where(eq(sections.slug, slug)).limit(1);
  return row ?? null;
}

export async function findSectionParent({ id }: { id: number }): Promise<number | null> {
  const db = await getDb();
  const [row] = await db.select({ parentId: sections.parentId }).from(sections).where(eq(sections.id, id)).limit(1);
  return row?.parentId ?? null;
}

export async function findTagIdBySlug({ slug }: { slug: string }, tx?: Executor): Promise<number | null> {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ id: tags.id }).from(tags).where(eq(tags.slug, slug)).limit(1);
  return row?.id ?? null;
}

export async function insertTag(tx: Executor, values: { slug: string; name: string }): Promise<number> {
  const [row] = await tx.insert(tags).values(values).returning({ id: tags.id });
  return row!.id;
}

export async function tagName({ id }: { id: number }): Promise<{ name: string; slug: string } | null> {
  const db = await getDb();
  const [row] = await db.select({ name: tags.name, slug: tags.slug }).from(tags).where(eq(tags.id, id)).limit(1);
  return row ?? null;
}

export type ImportedComment = { name: string; email: string; body: string; status: 'approved' | 'pending' | 'spam'; createdAt: Date; parentIndex: number | null };

/**
 * A story's comments in two statements: all rows, then the replies' parents. Returns the new
 * ids in the order given (ids of one insert are handed out in row order).
 */
export async function insertImportedComments(tx: Executor, { articleId, rows }: { articleId: number; rows: ImportedComment[] }): Promise<number[]> {
  if (!rows.length) return [];
  const inserted = await tx
    .insert(comments)
    .values(
      rows.map((row) => ({
        articleId,
        parentId: null,
        name: row.name,
        email: row.email,
        body: row.body,
        status: row.status,
        createdAt: row.createdAt,
        moderatedAt: row.status === 'approved' ? row.createdAt : null,
      })),
    )
    .returning({ id: comments.id });
  const ids = inserted.map((r) => r.id).sort((a, b) => a - b);
  const replies = rows.flatMap((row, i) => (row.parentIndex === null ? [] : [sql`(${ids[i]!}::int, ${ids[row.parentIndex]!}::int)`]));
  if (replies.length) {
    await tx.execute(sql`update comments set parent_id = v.parent from (values ${sql.join(replies, sql`, `)}) as v(id, parent) where comments.id = v.id`);
  }
  return ids;
}

/** Remembers old addresses; the first item to claim a path keeps it. Returns how many were new. */
export async function recordOldPaths(tx: Executor, { kind, paths, targetId }: { kind: OldPathKind; paths: string[]; targetId: number }): Promise<number> {
  if (!paths.length) return 0;
  const rows = await tx
    .insert(slugRedirects)
    .values(paths.map((oldSlug) => ({ kind, oldSlug, targetId })))
    .onConflictDoNothing()
    .returning({ id: slugRedirects.id });
  return rows.length;
}

/** Where an old address now lives: the story, section or tag it was recorded for, if it still exists. */
export async function findOldPathTarget({ path }: { path: string }): Promise<
  { kind: 'article'; sectionSlug: string; slug: string } | { kind: 'section'; slug: string } | { kind: 'tag'; slug: string } | null
> {
  const db = await getDb();
  const [redirect] = await db
    .select({ kind: slugRedirects.kind, targetId: slugRedirects.targetId })
    .from(slugRedirects)
    .where(and(sql`${slugRedirects.kind} in ('path:article', 'path:section', 'path:tag')`, eq(slugRedirects.oldSlug, path)))
    .limit(1);
  if (!redirect) return null;
  const kind = redirect.kind as string;
  if (kind === 'path:article') {
    const [row] = await db
      .select({ slug: articles.slug, sectionSlug: sections.slug })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(eq(articles.id, redirect.targetId), sql`${articles.deletedAt} is null`))
      .limit(1);
    return row ? { kind: 'article', ...row } : null;
  }
  const table = kind === 'path:section' ? sections : tags;
  const [row] = await db.select({ slug: table.slug }).from(table).where(eq(table.id, redirect.targetId)).limit(1);
  if (!row) return null;
  return kind === 'path:section' ? { kind: 'section', slug: row.slug } : { kind: 'tag', slug: row.slug };
}
