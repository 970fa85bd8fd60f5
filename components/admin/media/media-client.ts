import { messages } from '@/lib/i18n/messages';
import type { MediaItem, MediaPage, UploadResponse } from '@/lib/media/types';

/*
 * The browser's side of the library: uploads go by XMLHttpRequest because fetch cannot
 * report upload progress; pages come from GET /api/media.
 */

const t = messages.media;
export const ACCEPTED_TYPES = 'image/jpeg,image/png,image/webp,image/avif,.jpg,.jpeg,.png,.webp,.avif';
// The server decides; this only spares a long wait for a file that will be refused.
const MAX_BYTES = 20 * 1024 * 1024;

export type UploadOutcome =
  | { ok: true; media: MediaItem; duplicate: boolean }
  | { ok: false; error: string; fieldErrors?: Record<string, string[]> };

export function uploadMedia(
  file: File,
  fields: { alt?: string; caption?: string; credit?: string },
  onProgress: (percent: number) => void,
): Promise<UploadOutcome> {
  if (file.size > MAX_BYTES) return Promise.resolve({ ok: false, error: t.tooLarge });
  const body = new FormData();
  body.set('file', file);
  for (const [name, value] of Object.entries(fields)) if (value) body.set(name, value);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/media');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onerror = () => resolve({ ok: false, error: t.network });
    xhr.onload = () => {
      // A proxy in front may answer with a page of its own instead of JSON.
      const answer = (xhr.response ?? {}) as Partial<Extract<UploadResponse, { media: MediaItem }>> & Partial<Extract<UploadResponse, { error: string }>>;
      if (xhr.status < 300 && answer.media) resolve({ ok: true, media: answer.media, duplicate: Boolean(answer.duplicate) });
      else resolve({ ok: false, error: answer.error ?? (xhr.status === 413 ? t.tooLarge : t.failed), fieldErrors: answer.fieldErrors });
    };
    xhr.send(body);
  });
}

export async function fetchMediaPage({ q, cursor }: { q: string; cursor?: string | null }): Promise<MediaPage> {
  const params = new URLSearchParams({ q });
  if (cursor) params.set('cursor', cursor);
  const response = await fetch(`/api/media?${params}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`GET /api/media answered ${response.status}`);
  return (await response.json()) as MediaPage;
}

/** One photograph of the library by id (its current alt text, caption and credit). */
export async function fetchMediaItem(id: number): Promise<MediaItem> {
  const response = await fetch(`/api/media?id=${encodeURIComponent(String(id))}`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`GET /api/media?id=${id} answered ${response.status}`);
  return ((await response.json()) as { item: MediaItem }).item;
}
