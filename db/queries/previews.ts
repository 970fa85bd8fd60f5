import 'server-only';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import { getDb, type Executor } from '../client';
import { previewLinks } from '../schema/previews';
import { users } from '../schema/users';

export async function insertPreviewLink(row: { articleId: number; tokenHash: string; createdBy: number; expiresAt: Date }, tx?: Executor): Promise<number> {
  const db = tx ?? (await getDb());
  const [created] = await db.insert(previewLinks).values(row).returning({ id: previewLinks.id });
  return created!.id;
}

/** The story a link opens now; null when unknown, expired or revoked. */
export async function findLivePreviewLink({ tokenHash, now }: { tokenHash: string; now: Date }): Promise<{ articleId: number } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ articleId: previewLinks.articleId })
    .from(previewLinks)
    .where(and(eq(previewLinks.tokenHash, tokenHash), isNull(previewLinks.revokedAt), gt(previewLinks.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

export type PreviewLinkRow = { id: number; createdAt: Date; expiresAt: Date; createdByName: string | null };

/** A story's links that still open it, newest first. */
export async function listLivePreviewLinks({ articleId, now }: { articleId: number; now: Date }): Promise<PreviewLinkRow[]> {
  const db = await getDb();
  return db
    .select({ id: previewLinks.id, createdAt: previewLinks.createdAt, expiresAt: previewLinks.expiresAt, createdByName: users.name })
    .from(previewLinks)
    .leftJoin(users, eq(users.id, previewLinks.createdBy))
    .where(and(eq(previewLinks.articleId, articleId), isNull(previewLinks.revokedAt), gt(previewLinks.expiresAt, now)))
    .orderBy(desc(previewLinks.createdAt));
}

/** Revokes one link of this story; false when there was no such live link. */
export async function revokePreviewLink({ id, articleId, now }: { id: number; articleId: number; now: Date }, tx?: Executor): Promise<boolean> {
  const db = tx ?? (await getDb());
  const rows = await db
    .update(previewLinks)
    .set({ revokedAt: now })
    .where(and(eq(previewLinks.id, id), eq(previewLinks.articleId, articleId), isNull(previewLinks.revokedAt)))
    .returning({ id: previewLinks.id });
  return rows.length > 0;
}
