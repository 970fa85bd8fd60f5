import 'server-only';
import { and, asc, eq, ilike, ne, or, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { articles, articleTags, slugRedirects } from '../schema/articles';
import { tags } from '../schema/tags';

/* Reads and writes behind the tags screen; the rules live in lib/taxonomy/tags.ts. */

export type TagWithCount = { id: number; slug: string; name: string; stories: number };

/** Tags whose name or slug contains `q` (all when empty), with how many stories carry each. */
export async function listTagsWithCounts({ q, slugQ, limit }: { q: string; slugQ: string; limit: number }): Promise<TagWithCount[]> {
  const db = await getDb();
  const escape = (s: string) => s.replace(/[\\%_]/g, '\\$&');
  const match = q ? or(ilike(tags.name, `%${escape(q)}%`), slugQ ? ilike(tags.slug, `%${escape(slugQ)}%`) : undefined) : undefined;
  return db
    .select({ id: tags.id, slug: tags.slug, name: tags.name, stories: sql<number>`count(${articleTags.articleId})::int` })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .where(match)
    .groupBy(tags.id, tags.slug, tags.name)
    .orderBy(sql`count(${articleTags.articleId}) desc`, asc(tags.name))
    .limit(limit);
}

export async function getTagById({ id }: { id: number }, tx?: Executor) {
  const db = tx ?? (await getDb());
  const [row] = await db.select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.id, id)).limit(1);
  return row ?? null;
}

export async function tagSlugTaken({ slug, exceptId }: { slug: string; exceptId?: number }, tx?: Executor): Promise<boolean> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .select({ id: tags.id })
    .from(tags)
    .where(and(eq(tags.slug, slug), exceptId ? ne(tags.id, exceptId) : undefined))
    .limit(1);
  return Boolean(row);
}

export async function updateTagRow(tx: Executor, id: number, values: { slug: string; name: string }): Promise<void> {
  await tx.update(tags).set(values).where(eq(tags.id, id));
}

/** Slugs of the stories that carry a tag (their pages list it). */
export async function articleSlugsWithTag({ tagId }: { tagId: number }, tx?: Executor): Promise<string[]> {
  const db = tx ?? (await getDb());
  const rows = await db
    .select({ slug: articles.slug })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(eq(articleTags.tagId, tagId));
  return rows.map((r) => r.slug);
}

/**
 * Moves every story of tag `fromId` to `intoId` (a story that has both keeps one link),
 * points the old tag's redirects at the new one and deletes the old tag.
 */
export async function mergeTagRows(tx: Executor, { fromId, intoId }: { fromId: number; intoId: number }): Promise<void> {
  await tx.execute(sql`
    insert into article_tags (article_id, tag_id, position)
    select article_id, ${intoId}, position from article_tags where tag_id = ${fromId}
    on conflict (article_id, tag_id) do nothing`);
  await tx.update(slugRedirects).set({ targetId: intoId }).where(and(eq(slugRedirects.kind, 'tag'), eq(slugRedirects.targetId, fromId)));
  await tx.delete(tags).where(eq(tags.id, fromId));
}
