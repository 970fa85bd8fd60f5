import 'server-only';
import sharp from 'sharp';
import { findMediaById } from '@/db/queries/media';
import type { Media } from '@/db/schema/media';
import { decodeSlots } from './decode-slots';
import { MAX_PIXELS } from './process';
import { cropBox, permille, SOCIAL_WIDTH, socialImagePath, type Focal } from './social-card';
import { mediaStorage } from './storage';

/* Social cards (see social-card.ts): a compressed JPEG made on first request and stored beside the photo — never the 20 MB original. */

const storageKey = (media: Media) => `og/${media.id}-${permille(media.focalX)}-${permille(media.focalY)}.jpg`;

async function render(media: Media): Promise<Buffer | null> {
  // The widest stored WebP copy is upright and far smaller to decode than the original.
  const source = [...media.variants].sort((a, b) => b.width - a.width).find((v) => v.width >= SOCIAL_WIDTH) ?? null;
  const bytes = await mediaStorage().get(source ? source.key : media.key);
  if (!bytes) return null;
  const size = source ? { width: source.width, height: source.height } : { width: media.width, height: media.height };
  const box = cropBox(size, { x: media.focalX, y: media.focalY });
  return decodeSlots(() =>
    sharp(bytes, { failOn: 'error', limitInputPixels: MAX_PIXELS, animated: false })
      .autoOrient()
      .resize(box.resize.width, box.resize.height, { fit: 'fill' })
      .extract(box.extract)
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 78, progressive: true, mozjpeg: true })
      .toBuffer(),
  );
}

/**
 * The card for `/og/{id}/{fx}-{fy}.jpg`: from storage when made before, else made now and stored.
 * Only the photo's current focal point is rendered, so no one can make the server render (and
 * store) a crop per address they invent; an earlier focal point's address (already shared on
 * Facebook) is sent on to the current one. Null when there is no such photo.
 */
export async function socialImage(
  request: { id: number } & Focal,
): Promise<{ kind: 'file'; body: ReadableStream<Uint8Array> | Buffer; size: number } | { kind: 'moved'; path: string } | null> {
  const media = await findMediaById({ id: request.id });
  if (!media) return null;
  if (permille(media.focalX) !== request.fx || permille(media.focalY) !== request.fy) return { kind: 'moved', path: socialImagePath(media) };
  const storage = mediaStorage();
  const key = storageKey(media);
  const stored = await storage.open(key);
  if (stored) return { kind: 'file', ...stored };
  const made = await render(media);
  if (!made) return null;
  await storage.put(key, made);
  return { kind: 'file', body: made, size: made.length };
}
