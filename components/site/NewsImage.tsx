import Image from 'next/image';
import type { ImageRef } from '@/db/queries/public-articles';
import { mediaPath } from '@/lib/site/routes';

type Props = {
  image: Pick<ImageRef, 'key' | 'width' | 'height' | 'alt'> & Partial<Pick<ImageRef, 'focalX' | 'focalY'>>;
  sizes: string;
  priority?: boolean;
  className?: string;
};

/**
 * A stored photograph at its known dimensions (no layout shift), in responsive sizes. Where a
 * layout crops it (cards), the crop keeps the focal point chosen in the media library.
 */
export function NewsImage({ image, sizes, priority = false, className }: Props) {
  return (
    <Image
      src={mediaPath(image.key)}
      width={image.width}
      height={image.height}
      alt={image.alt}
      sizes={sizes}
      priority={priority}
      className={className}
      style={image.focalX !== undefined && image.focalY !== undefined ? { objectPosition: `${Math.round(image.focalX * 100)}% ${Math.round(image.focalY * 100)}%` } : undefined}
    />
  );
}
