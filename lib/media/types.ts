import type { MediaVariant } from '@/db/schema/media';

/** A stored photograph as the dashboard and the media picker see it (JSON-safe). */
export type MediaItem = {
  id: number;
  key: string;
  mime: string;
  size: number;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  focalX: number;
  focalY: number;
  variants: MediaVariant[];
  createdAt: string;
};

/** One page of the library, newest first; `nextCursor` asks for the page after it. */
export type MediaPage = { items: MediaItem[]; nextCursor: string | null };

/** What the upload route answers. */
export type UploadResponse = { media: MediaItem; duplicate: boolean } | { error: string; fieldErrors?: Record<string, string[]> };
