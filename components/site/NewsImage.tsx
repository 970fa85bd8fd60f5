import Image from 'next/image';
import type { ImageRef } from '@/db/queries/public-articles';
import { mediaPath } from '@/lib/site/routes';

type Props = {
  image: Pick<ImageRef, 'key' | 'width' | 'height' | 'alt'>;
  sizes: string;
  priority?: boolean;
  className?: string;
};

/** A stored photograph at its known dimensions (no layout shift), in responsive sizes. */
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
    />
  );
}
