import { getImageProps } from 'next/image';
import type { ImageRef } from '@/db/queries/public-articles';
import { variantSrc, variantSrcSet } from '@/lib/media/variants';
import { mediaPath } from '@/lib/site/routes';
import { EagerPhoto } from './EagerPhoto';

type Props = {
  image: Pick<ImageRef, 'key' | 'width' | 'height' | 'alt'> & Partial<Pick<ImageRef, 'focalX' | 'focalY' | 'variants'>>;
  sizes: string;
  priority?: boolean;
  className?: string;
};

/** The addresses of a photo's sizes: its stored WebP copies, or else Next's image optimizer. */
function photoSources(image: Props['image'], sizes: string): { src: string; srcSet: string | undefined } {
  if (image.variants?.length) {
    return { src: variantSrc({ key: image.key, variants: image.variants }, 1024), srcSet: variantSrcSet(image.variants) };
  }
  const { props } = getImageProps({ src: mediaPath(image.key), width: image.width, height: image.height, alt: image.alt, sizes });
  return { src: props.src, srcSet: props.srcSet };
}

/**
 * A stored photograph at its known dimensions (no layout shift), in responsive sizes. Where a
 * layout crops it (cards), the crop keeps the focal point chosen in the media library.
 *
 * The sizes are the WebP copies the library made at upload (lib/media/variants.ts), served from
 * storage with a year-long cache lifetime; only a photo without copies (stored before there were
 * any, such as the demo photos) goes through Next's image optimizer, which resizes on request.
 * Either way it is a plain <img> (the lead photo's through EagerPhoto), not next/image's <Image>:
 * that is a client component, which sent its own script and hydrated every photo of a list page.
 */
export function NewsImage({ image, sizes, priority = false, className }: Props) {
  const style = image.focalX !== undefined && image.focalY !== undefined ? { objectPosition: `${Math.round(image.focalX * 100)}% ${Math.round(image.focalY * 100)}%` } : undefined;
  const { src, srcSet } = photoSources(image, sizes);
  const props = { src, srcSet, sizes, width: image.width, height: image.height, alt: image.alt, decoding: 'async' as const, className, style };
  // The photo a page opens with (its largest paint): eager, at high priority, preloaded from the HTML's <head>.
  if (priority) return <EagerPhoto {...props} />;
  // eslint-disable-next-line @next/next/no-img-element, jsx-a11y/alt-text -- alt comes with the props
  return <img {...props} loading="lazy" />;
}
