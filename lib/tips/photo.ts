import 'server-only';
import { randomUUID } from 'node:crypto';
import { decodeSlots } from '../media/decode-slots';
import { encodeOriginal, MAX_PIXELS, MAX_SIDE, MIN_SIDE, readImage } from '../media/process';
import { FORMAT_EXTENSION, FORMAT_MIME, sniffImageFormat } from '../media/sniff';
import { STAFF_ONLY_PREFIX } from '../media/storage';

/** A reader's photo: at most 10 MB sent, kept at most 2560 px on its long side. */
export const TIP_PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const TIP_PHOTO_MAX_SIDE = 2560;

export type TipPhotoRefusal = 'photoNotImage' | 'photoUnreadable' | 'photoTooLarge';
export type TipPhoto = { key: string; mime: string; data: Buffer };

/**
 * The photo a source sent, re-encoded by sharp: no EXIF, GPS, XMP or IPTC survives (the source's
 * camera and place stay unknown), the size is capped, and the key lives under the staff-only
 * prefix with a random name (never the file's own name).
 */
export async function prepareTipPhoto(bytes: Buffer, now: Date = new Date()): Promise<TipPhoto | { refused: TipPhotoRefusal }> {
  if (bytes.length > TIP_PHOTO_MAX_BYTES) return { refused: 'photoTooLarge' };
  const format = sniffImageFormat(bytes);
  if (!format) return { refused: 'photoNotImage' };
  const image = await readImage(bytes);
  if (!image) return { refused: 'photoUnreadable' };
  if (image.format !== format) return { refused: 'photoNotImage' };
  if (image.width < MIN_SIDE || image.height < MIN_SIDE || image.width > MAX_SIDE || image.height > MAX_SIDE || image.width * image.height > MAX_PIXELS) {
    return { refused: 'photoUnreadable' };
  }
  try {
    const data = await decodeSlots(() => encodeOriginal(bytes, format, { maxSide: TIP_PHOTO_MAX_SIDE }));
    const month = now.toISOString().slice(0, 7).replace('-', '/');
    return { key: `${STAFF_ONLY_PREFIX}tips/${month}/${randomUUID()}.${FORMAT_EXTENSION[format]}`, mime: FORMAT_MIME[format], data };
  } catch (error) {
    console.warn(`tip photo: could not decode ${format} image (${bytes.length} bytes)`, error);
    return { refused: 'photoUnreadable' };
  }
}
