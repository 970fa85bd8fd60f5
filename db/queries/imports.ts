import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { articles, slugRedirects } from '../schema/articles';
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

export async function insertImportedComment(
  tx: Executor,
  values: { articleId: number; parentId: number | null; name: string; email: string; body: string; status: 'approved' | 'pending' | 'spam'; createdAt: Date },
): Promise<number> {
  const moderated = values.status === 'approved' ? { moderatedAt: values.createdAt } : {};
  const [row] = await tx.insert(comments).values({ ...values, ...moderated }).returning({ id: comments.id });
  return row!.id;
}

/** Remembers an old address; the first item to claim a path keeps it. */
export async function recordOldPath(tx: Executor, { kind, path, targetId }: { kind: OldPathKind; path: string; targetId: number }): Promise<boolean> {
  const rows = await tx.insert(slugRedirects).values({ kind, oldSlug: path, targetId }).onConflictDoNothing().returning({ id: slugRedirects.id });
  return rows.length > 0;
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
