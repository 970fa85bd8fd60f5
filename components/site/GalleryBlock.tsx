import type { SafeGalleryImage } from '@/lib/articles/rich-text';
import { placedMediaByKey } from '@/lib/media/library';
import { Gallery } from './Gallery';

/** A gallery of a story body, with each photo's focal point and stored copies from the library (one query for the gallery). */
export async function GalleryBlock({ images }: { images: SafeGalleryImage[] }) {
  const library = await placedMediaByKey(images.map((image) => image.key));
  return <Gallery images={images.map((image) => ({ ...image, ...library.get(image.key) }))} />;
}
