import { messages } from '@/lib/i18n/messages';
import { isStaffOnlyMediaKey, mediaStorage, mimeForKey } from '@/lib/media/storage';

/**
 * Stored media files, from the local folder or the shared bucket, streamed. Keys never
 * change content, so they are cached for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join('/');
  // Staff-only files (readers' tip photos) answer like missing ones: readers learn nothing of them.
  const file = isStaffOnlyMediaKey(key) ? null : await mediaStorage().open(key);
  if (!file) return new Response(messages.media.fileNotFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(file.body, {
    headers: {
      'Content-Type': mimeForKey(key),
      'Content-Length': String(file.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
