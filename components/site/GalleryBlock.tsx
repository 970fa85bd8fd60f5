import type { SafeGalleryImage } from '@/lib/articles/rich-text';
import { focalPointsByKey } from '@/lib/media/library';
import { Gallery } from './Gallery';

/** A gallery of a story body, with each photo's focal point from the library (the body stores the story's words, not the crop). */
export async function GalleryBlock({ images }: { images: SafeGalleryImage[] }) {
  const focal = await focalPointsByKey(images.map((image) => image.key));
  return <Gallery images={images.map((image) => ({ ...image, ...focal.get(image.key) }))} />;
}
