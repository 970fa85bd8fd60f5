import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { articleDrafts, newArticleDrafts } from '../schema/editing';

/*
 * Autosave buffers: what a person typed and has not saved yet. One per story and person, and
 * one per person for the story they have not saved a first time ("Viết bài mới"). Rules live in
 * lib/articles/autosave.ts.
 */

export async function saveDraftBuffer(entry: { articleId: number; userId: number; baseVersion: number; data: Record<string, unknown> }): Promise<void> {
  const db = await getDb();
  await db
    .insert(articleDrafts)
    .values({ ...entry, updatedAt: new Date() })
    .onConflictDoUpdate({ target: [articleDrafts.articleId, articleDrafts.userId], set: { baseVersion: entry.baseVersion, data: entry.data, updatedAt: new Date() } });
}

export async function getDraftBuffer({ articleId, userId }: { articleId: number; userId: number }) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(articleDrafts)
    .where(and(eq(articleDrafts.articleId, articleId), eq(articleDrafts.userId, userId)))
    .limit(1);
  return row ?? null;
}

export async function deleteDraftBuffer({ articleId, userId }: { articleId: number; userId: number }, tx?: Executor): Promise<void> {
  const db = tx ?? (await getDb());
  await db.delete(articleDrafts).where(and(eq(articleDrafts.articleId, articleId), eq(articleDrafts.userId, userId)));
}

export async function saveNewStoryBuffer({ userId, data }: { userId: number; data: Record<string, unknown> }): Promise<void> {
  const db = await getDb();
  await db
    .insert(newArticleDrafts)
    .values({ userId, data, updatedAt: new Date() })
    .onConflictDoUpdate({ target: newArticleDrafts.userId, set: { data, updatedAt: new Date() } });
}

export async function getNewStoryBuffer({ userId }: { userId: number }) {
  const db = await getDb();
  const [row] = await db.select().from(newArticleDrafts).where(eq(newArticleDrafts.userId, userId)).limit(1);
  return row ?? null;
}

export async function deleteNewStoryBuffer({ userId }: { userId: number }, tx?: Executor): Promise<void> {
  const db = tx ?? (await getDb());
  await db.delete(newArticleDrafts).where(eq(newArticleDrafts.userId, userId));
}
