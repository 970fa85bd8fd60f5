import type { MediaItem } from '@/lib/media/types';
import { variantSrc, variantSrcSet } from '@/lib/media/variants';

type Props = {
  image: Pick<MediaItem, 'key' | 'width' | 'height' | 'alt' | 'variants' | 'focalX' | 'focalY'>;
  /** The `sizes` attribute: how wide the image is shown. */
  sizes: string;
  className?: string;
  /** Decorative where a caption next to it already says what it shows. */
  decorative?: boolean;
  eager?: boolean;
};

/**
 * A stored photograph from its WebP copies (made once at upload, cached for a year), cropped
 * around its focal point when the box has another shape.
 */
export function MediaThumb({ image, sizes, className, decorative = false, eager = false }: Props) {
  return (
    // The copies already exist at the right widths; the image optimizer would only redo them.
    // eslint-disable-next-line @next/next/no-img-element
    <img
      src={variantSrc(image, 640)}
      srcSet={image.variants.length ? variantSrcSet(image.variants) : undefined}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={decorative ? '' : image.alt}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
      className={className}
      style={{ objectPosition: `${image.focalX * 100}% ${image.focalY * 100}%` }}
    />
  );
}
