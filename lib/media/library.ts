import 'server-only';
import { getDb, type Executor } from '@/db/client';
import { findMediaById, isMediaUsedByPublishedArticle, listPlacedMedia, listArticleSlugsFeaturingMedia, listMedia, updateMediaDetails, type MediaDetails } from '@/db/queries/media';
import type { Media, MediaVariant } from '@/db/schema/media';
import { audit } from '../audit/log';
import { canEditMedia } from '../auth/permissions';
import type { CurrentUser } from '../auth/session';
import { articleChanged } from '../cache/invalidate';
import { parseSearchQuery } from '../search/query';
import { decodeCursor, encodeCursor } from '../site/cursor';
import type { MediaItem, MediaPage } from './types';

export const MEDIA_PAGE_SIZE = 24;

export function toMediaItem(row: Media): MediaItem {
  return {
    id: row.id,
    key: row.key,
    mime: row.mime,
    size: row.size,
    width: row.width,
    height: row.height,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    // Stored as 4-byte reals: 0.3 reads back as 0.30000001.
    focalX: Math.round(row.focalX * 1000) / 1000,
    focalY: Math.round(row.focalY * 1000) / 1000,
    variants: row.variants,
    createdAt: row.createdAt.toISOString(),
  };
}


/** One page of the library, newest first, narrowed by a query (accents and case ignored). */
export async function browseMedia({ q, cursor, limit = MEDIA_PAGE_SIZE }: { q?: unknown; cursor?: unknown; limit?: number }): Promise<MediaPage> {
  const { terms } = parseSearchQuery(q);
  const rows = await listMedia({ terms, limit: limit + 1, beforeId: decodeCursor(cursor, 'id')?.id });
  const items = rows.slice(0, limit).map(toMediaItem);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor({ id: last.id }) : null };
}

/** What readers' pages take from the library for a photo a story body places by key. */
export type PlacedMedia = { focalX: number; focalY: number; variants: MediaVariant[] };

/**
 * The library's focal point and stored copies of each photo a story body places (a body carries the
 * story's words for a photo, not its crop nor its copies). Unknown keys are left out.
 */
export async function placedMediaByKey(keys: string[]): Promise<Map<string, PlacedMedia>> {
  const rows = await listPlacedMedia({ keys: [...new Set(keys)] });
  return new Map(rows.map((row) => [row.key, { focalX: Math.round(row.focalX * 1000) / 1000, focalY: Math.round(row.focalY * 1000) / 1000, variants: row.variants }]));
}

/** One photograph of the library, or null when there is none with this id. */
export async function getMediaItem({ id }: { id: number }): Promise<MediaItem | null> {
  const row = await findMediaById({ id });
  return row ? toMediaItem(row) : null;
}

/**
 * One photograph as this person opens it: with `editable`, whether they may change its details
 * now (the same rule the save applies), so the page shows a form only where a save can succeed.
 */
export async function openMediaDetails(user: Pick<CurrentUser, 'id' | 'role'>, { id }: { id: number }): Promise<{ item: MediaItem; editable: boolean } | null> {
  const row = await findMediaById({ id });
  return row ? { item: toMediaItem(row), editable: await mayEditMediaDetails(user, row) } : null;
}

/** Whether this person may change this photograph's details now (canEditMedia). */
export async function mayEditMediaDetails(user: Pick<CurrentUser, 'id' | 'role'>, row: Pick<Media, 'id' | 'key' | 'uploadedBy'>, tx?: Executor): Promise<boolean> {
  if (!canEditMedia(user, { uploadedBy: row.uploadedBy, usedByPublished: false })) return false; // spares the query
  return canEditMedia(user, { uploadedBy: row.uploadedBy, usedByPublished: await isMediaUsedByPublishedArticle(row, tx) });
}

/**
 * Saves alt text, caption, credit and focal point, with an audit entry, in one transaction;
 * then expires the stories that show this photograph as their main image.
 */
export async function saveMediaDetails({
  id,
  actor,
  ...details
}: { id: number; actor: Pick<CurrentUser, 'id' | 'role'> } & MediaDetails): Promise<MediaItem | 'forbidden' | null> {
  const db = await getDb();
  const result = await db.transaction(async (tx) => {
    const saved = await updateMediaDetails({ id, ...details }, tx, (before) => mayEditMediaDetails(actor, before, tx));
    if (!saved || saved === 'forbidden') return saved;
    const changed = (Object.keys(details) as (keyof MediaDetails)[]).filter((k) => saved.before[k] !== saved.after[k]);
    await audit({ actorId: actor.id, action: 'media.update', targetType: 'media', targetId: id, data: { changed } }, tx);
    return { row: saved.after, slugs: await listArticleSlugsFeaturingMedia({ mediaId: id }, tx) };
  });
  if (!result || result === 'forbidden') return result;
  for (const slug of result.slugs) articleChanged({ slug });
  return toMediaItem(result.row);
}
