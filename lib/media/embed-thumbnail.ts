import 'server-only';
import { embedProviderName } from '../articles/embed-labels';
import { parseEmbedUrl } from '../articles/embeds';
import { messages } from '../i18n/messages';
import { readBodyCapped } from './read-body';
import { ingestUpload, MediaRejected } from './upload';

/** Where YouTube serves its stills; only the integration test points elsewhere (a server of its own). */
export const YOUTUBE_STILLS = 'https://i.ytimg.com';
/** A still is a few tens of kB; anything past this is not one. */
export const THUMB_MAX_BYTES = 2 * 1024 * 1024;
/** The editor waits for this at most; an embed without a still is fine, a stuck editor is not. */
export const THUMB_TIMEOUT_MS = 4000;

/** An embed node's thumbnail attributes, as lib/articles/rich-text.ts reads them. */
export type EmbedThumb = { thumbKey: string; thumbWidth: number; thumbHeight: number };

/**
 * The provider's still for an embed, stored in the media library like any upload (re-encoded,
 * metadata stripped, WebP copies), so that readers load it from this site and not from the
 * provider. Only YouTube publishes stills at an address known from the id alone; Facebook and
 * TikTok need an API key or a script, so their embeds keep the styled poster. Null whenever
 * anything fails (no network, timeout, not an image, too big): the embed is saved without one.
 */
export async function storeEmbedThumbnail({
  url,
  userId,
  origin = YOUTUBE_STILLS,
  timeoutMs = THUMB_TIMEOUT_MS,
}: {
  url: string;
  userId: number;
  origin?: string;
  timeoutMs?: number;
}): Promise<EmbedThumb | null> {
  const target = parseEmbedUrl(url);
  if (!target || target.provider !== 'youtube') return null;
  const still = `${origin}/vi/${target.id}/hqdefault.jpg`;
  let bytes: Uint8Array | null;
  try {
    const response = await fetch(still, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error', cache: 'no-store', headers: { accept: 'image/jpeg,image/*' } });
    if (!response.ok || Number(response.headers.get('content-length') ?? 0) > THUMB_MAX_BYTES) {
      await response.body?.cancel().catch(() => {});
      console.warn(`embed thumbnail: ${still} answered ${response.status}; the embed keeps its poster`);
      return null;
    }
    bytes = await readBodyCapped(response, THUMB_MAX_BYTES);
  } catch (error) {
    console.warn(`embed thumbnail: could not fetch ${still} (${error instanceof Error ? error.message : String(error)}); the embed keeps its poster`);
    return null;
  }
  if (!bytes) return null;
  try {
    const provider = embedProviderName(target);
    const { media } = await ingestUpload({
      bytes: Buffer.from(bytes),
      originalName: `youtube-${target.id}.jpg`,
      userId,
      text: { alt: messages.embeds.thumbAlt(provider), caption: '', credit: provider },
    });
    return { thumbKey: media.key, thumbWidth: media.width, thumbHeight: media.height };
  } catch (error) {
    if (error instanceof MediaRejected) {
      console.warn(`embed thumbnail: ${still} is not a usable image (${error.reason})`);
      return null;
    }
    throw error;
  }
}
