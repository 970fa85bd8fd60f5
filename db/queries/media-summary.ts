import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '../client';
import { media } from '../schema/media';

/** The few facts about an image that a story needs to show it. */
export async function findMediaSummary({ id }: { id: number }) {
  const db = await getDb();
  const [row] = await db
    .select({ id: media.id, key: media.key, width: media.width, height: media.height, alt: media.alt, caption: media.caption, credit: media.credit, focalX: media.focalX, focalY: media.focalY })
    .from(media)
    .where(eq(media.id, id))
    .limit(1);
  return row ?? null;
}
