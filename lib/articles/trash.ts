import 'server-only';
import { getDb } from '@/db/client';
import { getArticleForEdit, purgeTrash, setTrashed } from '@/db/queries/articles-admin';
import { audit } from '../audit/log';
import { can } from '../auth/permissions';
import type { CurrentUser } from '../auth/session';
import { articlePublished, articleUnpublished } from '../cache/invalidate';
import { isPublicAt } from './visibility';

/*
 * Deleting is reversible: a story goes to the trash (hidden everywhere, kept whole) and an
 * editor can bring it back; only an admin empties the trash for good.
 */
/** Why the trash refused; lib/actions/articles.ts puts it into words. */
export type TrashRefusal = 'forbidden' | 'notFound' | 'already' | 'notInTrash';
type Result = { ok: true; count?: number } | { ok: false; reason: TrashRefusal };

async function move(user: CurrentUser, id: number, trashed: boolean): Promise<Result> {
  if (!can(user.role, 'article.trash')) return { ok: false, reason: 'forbidden' };
  if (!(await getArticleForEdit({ id }))) return { ok: false, reason: 'notFound' };
  const db = await getDb();
  const row = await db.transaction(async (tx) => {
    const changed = await setTrashed(tx, { id, trashed });
    if (changed) await audit({ actorId: user.id, action: trashed ? 'article.trash' : 'article.restore', targetType: 'article', targetId: id }, tx);
    return changed;
  });
  if (!row) return { ok: false, reason: trashed ? 'already' : 'notInTrash' };
  // Public outside the trash: leaving it unpublishes the page, coming back publishes it.
  if (isPublicAt({ ...row, deletedAt: null })) (trashed ? articleUnpublished : articlePublished)({ slug: row.slug, publishedAt: row.publishedAt });
  return { ok: true };
}

export const trashArticle = (user: CurrentUser, id: number) => move(user, id, true);
export const restoreArticle = (user: CurrentUser, id: number) => move(user, id, false);

export async function emptyTrash(user: CurrentUser): Promise<Result> {
  if (!can(user.role, 'trash.empty')) return { ok: false, reason: 'forbidden' };
  const db = await getDb();
  const count = await db.transaction(async (tx) => {
    const n = await purgeTrash(tx);
    await audit({ actorId: user.id, action: 'trash.empty', targetType: 'article', data: { count: n } }, tx);
    return n;
  });
  return { ok: true, count };
}
