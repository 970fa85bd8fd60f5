import 'server-only';
import sharp, { type SharpOptions } from 'sharp';
import type { MediaVariant } from '@/db/schema/media';
import type { AcceptedFormat } from './sniff';
import { variantWidthsFor } from './variants';

export const MIN_SIDE = 16;
export const MAX_SIDE = 16_000;
export const MAX_PIXELS = 80_000_000;

// Only the first frame of an animated file; refuse pixel bombs before decoding; tolerate
// the harmless warnings many camera files raise, not broken data.
const INPUT: SharpOptions = { failOn: 'error', limitInputPixels: MAX_PIXELS, animated: false };

/** What the decoder says the file is, with its upright dimensions; null if it cannot read it. */
export async function readImage(bytes: Buffer): Promise<{ format: AcceptedFormat | null; width: number; height: number } | null> {
  try {
    const meta = await sharp(bytes, INPUT).metadata();
    const format =
      meta.format === 'heif'
        ? meta.compression === 'av1'
          ? 'avif'
          : null
        : meta.format === 'jpeg' || meta.format === 'png' || meta.format === 'webp'
          ? meta.format
          : null;
    const upright = meta.autoOrient ?? { width: meta.width, height: meta.height };
    if (!upright.width || !upright.height) return null;
    return { format, width: upright.width, height: upright.height };
  } catch {
    return null;
  }
}

/**
 * The original, upright and re-encoded in its own format. sharp writes no metadata unless
 * asked (no EXIF, GPS, XMP, IPTC) and converts to sRGB, so nothing of the camera's or the
 * place's survives.
 */
export async function encodeOriginal(bytes: Buffer, format: AcceptedFormat, { maxSide }: { maxSide?: number } = {}): Promise<Buffer> {
  let image = sharp(bytes, INPUT).autoOrient();
  // A size cap where the file is not meant to be the archive's original (a reader's tip photo).
  if (maxSide) image = image.resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true });
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 88, progressive: true }).toBuffer();
    case 'png':
      return image.png({ compressionLevel: 8 }).toBuffer();
    case 'webp':
      return image.webp({ quality: 88 }).toBuffer();
    case 'avif':
      // AVIF encoding is slow; a low effort keeps a large upload within seconds.
      return image.avif({ quality: 70, effort: 2 }).toBuffer();
  }
}

/**
 * WebP copies at the standard widths (never wider than the original). The file is decoded
 * once, at the widest size needed; narrower copies are made from those pixels.
 */
export async function encodeVariants(
  bytes: Buffer,
  width: number,
  keyFor: (width: number) => string,
): Promise<{ variant: MediaVariant; data: Buffer }[]> {
  const widths = variantWidthsFor(width);
  const widest = Math.max(...widths);
  const { data: pixels, info } = await sharp(bytes, INPUT).autoOrient().resize({ width: widest, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: info.channels };
  const out: { variant: MediaVariant; data: Buffer }[] = [];
  for (const w of widths) {
    const { data, info: size } = await sharp(pixels, { raw })
      .resize({ width: w, withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    out.push({ variant: { width: size.width, height: size.height, key: keyFor(w), mime: 'image/webp' }, data });
  }
  return out;
}
