import { messages } from '@/lib/i18n/messages';
import { socialImage } from '@/lib/media/social';
import { parseSocialPath } from '@/lib/media/social-card';

/** A story's social card (Facebook, Zalo, search): 1200×630 around the photo's focal point. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  const wanted = parseSocialPath(id, file);
  const image = wanted ? await socialImage(wanted) : null;
  if (!image) return new Response(messages.media.fileNotFound, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (image.kind === 'moved') return new Response(null, { status: 308, headers: { Location: image.path, 'Cache-Control': 'public, max-age=300' } });
  return new Response(image.body instanceof Uint8Array ? new Uint8Array(image.body) : image.body, {
    headers: {
      'Content-Type': 'image/jpeg',
      'Content-Length': String(image.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
