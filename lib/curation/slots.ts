import { parseSearchQuery } from '../search/query';
import 'server-only';
import { getDb } from '@/db/client';
import { clearSlot, getPinnableArticle, listHomeSlots, pinToSlot, searchPinnableArticles } from '@/db/queries/curation';
import { audit } from '../audit/log';
import type { CurrentUser } from '../auth/session';
import { homeChanged } from '../cache/invalidate';
import { isPublicAt } from '../articles/visibility';
import { foldVietnamese } from '../format/fold';
import { HOME_SLOT_COUNT } from '../validation/taxonomy';

/*
 * The home page's pinned slots: slot 1 is the top story, slots 2…4 lead the latest list.
 * A pinned story that stops being public is skipped by the reader query, not unpinned,
 * so it comes back if it is published again.
 */

export type SlotView = { position: number; story: { id: number; title: string; isPublic: boolean } | null };

export async function getHomeSlots(now = new Date()): Promise<SlotView[]> {
  const rows = await listHomeSlots();
  return Array.from({ length: HOME_SLOT_COUNT }, (_, i) => {
    const row = rows.find((r) => r.position === i + 1);
    if (!row) return { position: i + 1, story: null };
    return { position: i + 1, story: { id: row.articleId, title: row.title, isPublic: isPublicAt(row, now) } };
  });
}

export async function findPinnableStories({ q }: { q: string }) {
  // Typed text as every search reads it (control characters and NUL dropped: PostgreSQL refuses 0x00).
  const rows = await searchPinnableArticles({ folded: foldVietnamese(parseSearchQuery(q).text), limit: 10 });
  const now = Date.now();
  // A scheduled story can be pinned ahead of its time; the home page shows it once it is due.
  return rows.map((r) => ({ id: r.id, title: r.title, publishedAt: r.publishedAt?.toISOString() ?? null, scheduled: r.publishedAt !== null && r.publishedAt.getTime() > now }));
}

export async function pinStory(user: CurrentUser, input: { position: number; articleId: number }): Promise<{ ok: true } | { ok: false; reason: 'notPinnable' }> {
  const db = await getDb();
  const pinned = await db.transaction(async (tx) => {
    const story = await getPinnableArticle({ id: input.articleId }, tx);
    if (!story) return false;
    await pinToSlot(tx, { ...input, userId: user.id });
    await audit({ actorId: user.id, action: 'home.curate', targetType: 'home_slot', targetId: input.position, data: { pinned: input.articleId } }, tx);
    return true;
  });
  if (!pinned) return { ok: false, reason: 'notPinnable' };
  homeChanged();
  return { ok: true };
}

export async function unpinSlot(user: CurrentUser, input: { position: number }): Promise<{ ok: true }> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const articleId = await clearSlot(tx, input);
    await audit({ actorId: user.id, action: 'home.curate', targetType: 'home_slot', targetId: input.position, data: { unpinned: articleId } }, tx);
  });
  homeChanged();
  return { ok: true };
}
