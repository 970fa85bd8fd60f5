import type { MediaVariant } from '@/db/schema/media';
import { mediaPath } from '../site/routes';

/** The widths of the WebP copies made once at upload. */
export const VARIANT_WIDTHS = [320, 640, 1024, 1600] as const;
const LARGEST_VARIANT = 1600;

/**
 * Which widths to make for an image `width` pixels wide: each standard width below it,
 * plus the image's own width when that is not wider than the largest (never upscaled).
 */
export function variantWidthsFor(width: number): number[] {
  const widths: number[] = VARIANT_WIDTHS.filter((w) => w < width);
  if (width <= LARGEST_VARIANT) widths.push(width);
  return widths;
}

/** `srcset` for the stored variants (narrowest first). */
export function variantSrcSet(variants: MediaVariant[]): string {
  return [...variants]
    .sort((a, b) => a.width - b.width)
    .map((v) => `${mediaPath(v.key)} ${v.width}w`)
    .join(', ');
}

/** The narrowest variant at least `width` wide (or the widest there is), else the original. */
export function variantSrc(image: { key: string; variants: MediaVariant[] }, width: number): string {
  const sorted = [...image.variants].sort((a, b) => a.width - b.width);
  const pick = sorted.find((v) => v.width >= width) ?? sorted[sorted.length - 1];
  return mediaPath(pick ? pick.key : image.key);
}
