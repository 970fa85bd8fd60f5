import 'server-only';
import { count, eq, inArray, sql } from 'drizzle-orm';
import { getDb } from '../client';
import { articleAuthors, articles, articleTags, type NewArticle } from '../schema/articles';
import { media } from '../schema/media';
import { sections } from '../schema/sections';
import { tags } from '../schema/tags';
import { users, type NewUser } from '../schema/users';

/* Bulk writes used by demo content and benchmark datasets. Each is idempotent by slug. */

export async function upsertSections(rows: { slug: string; name: string; description: string; position: number }[]) {
  const db = await getDb();
  await db.insert(sections).values(rows).onConflictDoNothing({ target: sections.slug });
  const stored = await db.select({ id: sections.id, slug: sections.slug }).from(sections);
  return new Map(stored.map((s) => [s.slug, s.id]));
}

export async function upsertStaff(rows: NewUser[]) {
  return (await insertMissingStaff(rows)).ids;
}

/** Inserts the accounts that do not exist yet; `created` names the ones this call inserted. */
export async function insertMissingStaff(rows: NewUser[]) {
  const db = await getDb();
  const inserted = await db.insert(users).values(rows).onConflictDoNothing().returning({ email: users.email });
  const stored = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.email, rows.map((r) => r.email)));
  return { ids: new Map(stored.map((u) => [u.email, u.id])), created: new Set(inserted.map((u) => u.email)) };
}

export async function upsertTags(rows: { slug: string; name: string }[]) {
  const db = await getDb();
  if (rows.length) await db.insert(tags).values(rows).onConflictDoNothing({ target: tags.slug });
  const stored = await db
    .select({ id: tags.id, slug: tags.slug })
    .from(tags)
    .where(inArray(tags.slug, rows.map((r) => r.slug)));
  return new Map(stored.map((t) => [t.slug, t.id]));
}

export async function insertMedia(row: typeof media.$inferInsert): Promise<number> {
  const db = await getDb();
  const [inserted] = await db.insert(media).values(row).onConflictDoNothing({ target: media.key }).returning({ id: media.id });
  if (inserted) return inserted.id;
  const [existing] = await db.select({ id: media.id }).from(media).where(eq(media.key, row.key));
  return existing!.id;
}

export type SeedArticle = NewArticle & { authorIds: number[]; tagIds: number[] };

function articleColumns(row: SeedArticle): NewArticle {
  const article: NewArticle & Partial<Pick<SeedArticle, 'authorIds' | 'tagIds'>> = { ...row };
  delete article.authorIds;
  delete article.tagIds;
  return article;
}

/** Inserts the stories whose slugs are new, with their authors and tags, in one transaction. */
export async function insertArticles(rows: SeedArticle[]): Promise<number> {
  if (!rows.length) return 0;
  const db = await getDb();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(articles)
      .values(rows.map(articleColumns))
      .onConflictDoNothing({ target: articles.slug })
      .returning({ id: articles.id, slug: articles.slug });
    const bySlug = new Map(rows.map((r) => [r.slug, r]));
    const authorRows = inserted.flatMap((a) => (bySlug.get(a.slug)?.authorIds ?? []).map((userId, position) => ({ articleId: a.id, userId, position })));
    const tagRows = inserted.flatMap((a) => (bySlug.get(a.slug)?.tagIds ?? []).map((tagId, position) => ({ articleId: a.id, tagId, position })));
    if (authorRows.length) await tx.insert(articleAuthors).values(authorRows).onConflictDoNothing();
    if (tagRows.length) await tx.insert(articleTags).values(tagRows).onConflictDoNothing();
    return inserted.length;
  });
}

/** Which of `slugs` are stories already: a second seed of the same dataset skips them unbuilt. */
export async function existingArticleSlugs(slugs: string[]): Promise<Set<string>> {
  if (!slugs.length) return new Set();
  const db = await getDb();
  const rows = await db.select({ slug: articles.slug }).from(articles).where(inArray(articles.slug, slugs));
  return new Set(rows.map((r) => r.slug));
}

export async function countArticles(): Promise<number> {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(articles);
  return row?.n ?? 0;
}

export async function articleSlugExists(slug: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)).limit(1);
  return Boolean(row);
}

/**
 * After a bulk load: fresh planner statistics for the tables it filled (without them the
 * planner guesses row counts and picks slow plans), and a vacuum, which also merges the GIN
 * search index's pending list: rows inserted in bulk wait there, scanned linearly by every
 * search, until autovacuum gets round to it minutes later.
 */
export async function analyzeLoadedTables(): Promise<void> {
  const db = await getDb();
  await db.execute(sql`vacuum (analyze) articles, article_authors, article_tags, media, sections, tags, users, comments, article_views`);
}
