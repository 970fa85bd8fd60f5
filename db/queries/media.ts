import 'server-only';
import { and, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { articles } from '../schema/articles';
import { media, type Media } from '../schema/media';

export type NewMedia = typeof media.$inferInsert;
export type MediaDetails = { alt: string; caption: string; credit: string; focalX: number; focalY: number };

/** Inserts one photograph; null when a row with this key already exists. */
export async function createMedia(row: NewMedia, tx?: Executor): Promise<Media | null> {
  const db = tx ?? (await getDb());
  const [inserted] = await db.insert(media).values(row).onConflictDoNothing({ target: media.key }).returning();
  return inserted ?? null;
}

export async function findMediaById({ id }: { id: number }): Promise<Media | null> {
  const db = await getDb();
  const [row] = await db.select().from(media).where(eq(media.id, id)).limit(1);
  return row ?? null;
}

/** Focal point and stored copies of the photographs with these keys (those that exist), by the unique key index. */
export async function listPlacedMedia({ keys }: { keys: string[] }): Promise<Pick<Media, 'key' | 'focalX' | 'focalY' | 'variants'>[]> {
  if (!keys.length) return [];
  const db = await getDb();
  return db.select({ key: media.key, focalX: media.focalX, focalY: media.focalY, variants: media.variants }).from(media).where(inArray(media.key, keys));
}

export async function findMediaByKey({ key }: { key: string }, tx?: Executor): Promise<Media | null> {
  const db = tx ?? (await getDb());
  const [row] = await db.select().from(media).where(eq(media.key, key)).limit(1);
  return row ?? null;
}

/** Changes the editable details; returns the row as it was before and as it is now. */
export async function updateMediaDetails(
  { id, ...details }: { id: number } & MediaDetails,
  tx: Executor,
  allow: (before: Media) => Promise<boolean> = async () => true,
): Promise<{ before: Media; after: Media } | 'forbidden' | null> {
  const [before] = await tx.select().from(media).where(eq(media.id, id)).for('update').limit(1);
  if (!before) return null;
  if (!(await allow(before))) return 'forbidden';
  const [after] = await tx.update(media).set(details).where(eq(media.id, id)).returning();
  return after ? { before, after } : null;
}

function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/*
 * Alt text, caption and credit, folded like lib/format/fold.ts folds a query: unaccent()
 * drops the marks (đ → d included), lower() the case. No index serves it yet; the library
 * is small next to the stories, and a stored folded column with a trigram index can come
 * when it grows.
 */
const foldedText = sql`lower(unaccent(${media.alt} || ' ' || ${media.caption} || ' ' || ${media.credit}))`;

/**
 * Newest first (ids only grow), `beforeId` for the next page; every folded term in `terms`
 * must appear in the alt text, caption or credit.
 */
export async function listMedia({ terms, limit, beforeId }: { terms: string[]; limit: number; beforeId?: number }): Promise<Media[]> {
  const db = await getDb();
  return db
    .select()
    .from(media)
    .where(and(beforeId ? lt(media.id, beforeId) : undefined, ...terms.map((term) => sql`${foldedText} like ${likePattern(term)}`)))
    .orderBy(desc(media.id))
    .limit(limit);
}

/** Whether a published (or scheduled) story shows this photograph, as its main image or in its body. */
export async function isMediaUsedByPublishedArticle({ id, key }: { id: number; key: string }, tx?: Executor): Promise<boolean> {
  const db = tx ?? (await getDb());
  const inBody = sql`strpos(${articles.body}::text, ${JSON.stringify(key)}) > 0`;
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'published'), isNull(articles.deletedAt), or(eq(articles.featuredMediaId, id), inBody)))
    .limit(1);
  return Boolean(row);
}

/** Slugs of the stories that show this photograph as their main image. */
export async function listArticleSlugsFeaturingMedia({ mediaId }: { mediaId: number }, tx?: Executor): Promise<string[]> {
  const db = tx ?? (await getDb());
  const rows = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.featuredMediaId, mediaId));
  return rows.map((r) => r.slug);
}
