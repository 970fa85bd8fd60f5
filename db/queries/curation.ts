import 'server-only';
import { and, asc, desc, eq, ilike, ne } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { articles, type ArticleStatus } from '../schema/articles';
import { homeSlots } from '../schema/editing';
import { media } from '../schema/media';
import { sections } from '../schema/sections';
import { cardColumns, toCard, type ArticleCard } from './public-articles';
import { isPublic, publishedNotTrashed } from './visibility';

/* Curation: the front page's pinned slots, as editors choose them and as readers see them. */

export type PinnedCard = { position: number; card: ArticleCard };

/** Pinned stories that readers may see now (same rule as every reader list), by slot. */
export async function listPinnedPublicCards(): Promise<PinnedCard[]> {
  const db = await getDb();
  const rows = await db
    .select({ ...cardColumns, position: homeSlots.position })
    .from(homeSlots)
    .innerJoin(articles, eq(articles.id, homeSlots.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(isPublic())
    .orderBy(asc(homeSlots.position));
  return rows.map((row) => ({ position: row.position, card: toCard(row) }));
}

export type SlotRow = { position: number; articleId: number; title: string; status: ArticleStatus; publishedAt: Date | null; deletedAt: Date | null };

/** Every pinned slot as the dashboard shows it, public or not. */
export async function listHomeSlots(): Promise<SlotRow[]> {
  const db = await getDb();
  return db
    .select({
      position: homeSlots.position,
      articleId: homeSlots.articleId,
      title: articles.title,
      status: articles.status,
      publishedAt: articles.publishedAt,
      deletedAt: articles.deletedAt,
    })
    .from(homeSlots)
    .innerJoin(articles, eq(articles.id, homeSlots.articleId))
    .orderBy(asc(homeSlots.position));
}

/** Published stories (live or scheduled) whose folded title contains `folded`, newest first. */
export async function searchPinnableArticles({ folded, limit }: { folded: string; limit: number }) {
  const db = await getDb();
  const escaped = folded.replace(/[\\%_]/g, '\\$&');
  return db
    .select({ id: articles.id, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(publishedNotTrashed(), folded ? ilike(articles.titleFolded, `%${escaped}%`) : undefined))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
}

export async function getPinnableArticle({ id }: { id: number }, tx: Executor) {
  const [row] = await tx
    .select({ id: articles.id, title: articles.title })
    .from(articles)
    .where(and(eq(articles.id, id), publishedNotTrashed()))
    .limit(1);
  return row ?? null;
}

/** Puts a story in a slot; a story sits in one slot at most, so it leaves any other. */
export async function pinToSlot(tx: Executor, { position, articleId, userId }: { position: number; articleId: number; userId: number }): Promise<void> {
  await tx.delete(homeSlots).where(and(eq(homeSlots.articleId, articleId), ne(homeSlots.position, position)));
  await tx
    .insert(homeSlots)
    .values({ position, articleId, pinnedBy: userId, pinnedAt: new Date() })
    .onConflictDoUpdate({ target: homeSlots.position, set: { articleId, pinnedBy: userId, pinnedAt: new Date() } });
}

/** Empties a slot; returns the story that was in it, if any. */
export async function clearSlot(tx: Executor, { position }: { position: number }): Promise<number | null> {
  const [row] = await tx.delete(homeSlots).where(eq(homeSlots.position, position)).returning({ articleId: homeSlots.articleId });
  return row?.articleId ?? null;
}
