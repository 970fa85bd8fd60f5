import 'server-only';
import { createHash } from 'node:crypto';
import { getDb } from '@/db/client';
import { createMedia, findMediaByKey } from '@/db/queries/media';
import type { Media, MediaVariant } from '@/db/schema/media';
import { audit } from '../audit/log';
import { NEWSROOM_TIME_ZONE } from '../format/dates';
import { decodeSlots } from './decode-slots';
import type { MediaText } from './fields';
import { encodeOriginal, encodeVariants, MAX_PIXELS, MAX_SIDE, MIN_SIDE, readImage } from './process';
import { FORMAT_EXTENSION, FORMAT_MIME, sniffImageFormat } from './sniff';
import { mediaStorage } from './storage';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export type RejectReason = 'empty' | 'tooLarge' | 'notImage' | 'unreadable' | 'tooSmall' | 'tooManyPixels';

/** An upload refused for what it is; `reason` is the code the route turns into words (messages.media). */
export class MediaRejected extends Error {
  constructor(readonly reason: RejectReason) {
    super(`media upload rejected: ${reason}`);
    this.name = 'MediaRejected';
  }
}

/** Uploads are filed by the month they arrive, in the newsroom's time zone. */
function monthFolder(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: NEWSROOM_TIME_ZONE, year: 'numeric', month: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `uploads/${get('year')}/${get('month')}`;
}

/**
 * Takes an uploaded file into the library: the content decides whether it is a JPEG, PNG,
 * WebP or AVIF photograph (the name never does); it is turned upright and re-encoded
 * without any metadata (EXIF, GPS, XMP, IPTC), WebP copies are made at the standard widths,
 * and the row is inserted and audited in one transaction. Whatever fails, nothing is kept:
 * files written before a failed insert are deleted again. The same file uploaded twice in
 * a month is stored once (`duplicate: true`).
 */
export async function ingestUpload({
  bytes,
  originalName,
  userId,
  text = { alt: '', caption: '', credit: '' },
  now = new Date(),
}: {
  bytes: Buffer;
  originalName: string;
  /** Who uploaded it; null for a file an import brought in without a known uploader. */
  userId: number | null;
  text?: MediaText;
  now?: Date;
}): Promise<{ media: Media; duplicate: boolean }> {
  if (bytes.length === 0) throw new MediaRejected('empty');
  if (bytes.length > MAX_UPLOAD_BYTES) throw new MediaRejected('tooLarge');
  const sniffed = sniffImageFormat(bytes);
  if (!sniffed) throw new MediaRejected('notImage');

  const image = await readImage(bytes);
  if (!image) throw new MediaRejected('unreadable');
  if (image.format !== sniffed) throw new MediaRejected('notImage');
  const format = sniffed;
  const { width, height } = image;
  if (width < MIN_SIDE || height < MIN_SIDE) throw new MediaRejected('tooSmall');
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) throw new MediaRejected('tooManyPixels');

  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 32);
  const base = `${monthFolder(now)}/${hash}`;
  const key = `${base}.${FORMAT_EXTENSION[format]}`;
  const existing = await findMediaByKey({ key });
  if (existing) return { media: existing, duplicate: true };

  let original: Buffer;
  let variants: { variant: MediaVariant; data: Buffer }[];
  try {
    [original, variants] = await decodeSlots(async () => {
      const encoded = await encodeOriginal(bytes, format);
      return [encoded, await encodeVariants(bytes, width, (w) => `${base}-${w}.webp`)] as const;
    });
  } catch (error) {
    console.warn(`media upload: could not decode ${format} image (${bytes.length} bytes)`, error);
    throw new MediaRejected('unreadable');
  }

  const storage = mediaStorage();
  const files = [{ key, data: original }, ...variants.map((v) => ({ key: v.variant.key, data: v.data }))];
  const written: string[] = [];
  let keepFiles = false;
  try {
    for (const file of files) {
      await storage.put(file.key, file.data);
      written.push(file.key);
    }
    const db = await getDb();
    const row = await db.transaction(async (tx) => {
      const inserted = await createMedia(
        {
          key,
          mime: FORMAT_MIME[format],
          size: original.length,
          width,
          height,
          ...text,
          variants: variants.map((v) => v.variant),
          uploadedBy: userId,
        },
        tx,
      );
      if (!inserted) return null;
      await audit(
        {
          actorId: userId,
          action: 'media.upload',
          targetType: 'media',
          targetId: inserted.id,
          data: { key, originalName: originalName.slice(0, 200), mime: inserted.mime, size: inserted.size, width, height },
        },
        tx,
      );
      return inserted;
    });
    if (row) return { media: row, duplicate: false };
    // The same file arrived twice at once and the other upload won: its files are these.
    keepFiles = true;
    const winner = await findMediaByKey({ key });
    if (!winner) throw new Error(`media upload: key ${key} conflicted but no row has it`);
    return { media: winner, duplicate: true };
  } catch (error) {
    if (!keepFiles) await Promise.allSettled(written.map((k) => storage.delete(k)));
    throw error;
  }
}
