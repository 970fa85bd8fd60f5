import Image from 'next/image';
import { preload } from 'react-dom';
import type { ImageRef } from '@/db/queries/public-articles';
import { variantSrc, variantSrcSet } from '@/lib/media/variants';
import { mediaPath } from '@/lib/site/routes';

type Props = {
  image: Pick<ImageRef, 'key' | 'width' | 'height' | 'alt'> & Partial<Pick<ImageRef, 'focalX' | 'focalY' | 'variants'>>;
  sizes: string;
  priority?: boolean;
  className?: string;
};

/**
 * A stored photograph at its known dimensions (no layout shift), in responsive sizes. Where a
 * layout crops it (cards), the crop keeps the focal point chosen in the media library.
 *
 * The sizes are the WebP copies the library made at upload (lib/media/variants.ts), served from
 * storage with a year-long cache lifetime; only a photo without copies (stored before there were
 * any, such as the demo photos) goes through Next's image optimizer, which resizes on request.
 */
export function NewsImage({ image, sizes, priority = false, className }: Props) {
  const style = image.focalX !== undefined && image.focalY !== undefined ? { objectPosition: `${Math.round(image.focalX * 100)}% ${Math.round(image.focalY * 100)}%` } : undefined;
  if (image.variants?.length) {
    const src = variantSrc({ key: image.key, variants: image.variants }, 1024);
    const srcSet = variantSrcSet(image.variants);
    // The photo a page opens with (its largest paint): asked for with the page, as next/image's priority does.
    if (priority) preload(src, { as: 'image', imageSrcSet: srcSet, imageSizes: sizes, fetchPriority: 'high' });
    return (
      // eslint-disable-next-line @next/next/no-img-element
      <img
        src={src}
        srcSet={srcSet}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : undefined}
        decoding="async"
        className={className}
        style={style}
      />
    );
  }
  return <Image src={mediaPath(image.key)} width={image.width} height={image.height} alt={image.alt} sizes={sizes} priority={priority} className={className} style={style} />;
}
