import { messages } from '@/lib/i18n/messages';
import { mediaStorage, mimeForKey } from '@/lib/media/storage';

/** Stored media files. Keys never change content, so they are cached for a year. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const key = (await params).key.join('/');
  const data = await mediaStorage().get(key);
  if (!data) return new Response(messages.media.fileNotFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(new Uint8Array(data), {
    headers: {
      'Content-Type': mimeForKey(key),
      'Content-Length': String(data.length),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
