/*
 * Video and post embeds: which addresses the editor accepts, and the one player address each
 * one may load. The stored node keeps only the address the editor pasted; the provider, id and
 * player are worked out again here every time a page renders, so a stored node cannot point a
 * reader's frame anywhere else.
 */

export type EmbedProvider = 'youtube' | 'facebook' | 'tiktok';

export type EmbedTarget = {
  provider: EmbedProvider;
  /** A video (YouTube, TikTok, most Facebook addresses) or a Facebook post, which is read rather than played. */
  kind: 'video' | 'post';
  /** The provider's id of the video or post (YouTube and TikTok), or the canonical address (Facebook). */
  id: string;
  /** The address readers may open on the provider's site: canonical, https. */
  url: string;
  /** The player loaded in a frame only after the reader clicks; no script or cookie before that. */
  player: string;
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const TIKTOK_ID = /^\d{8,25}$/;
const FACEBOOK_PATH = /^\/(?:[A-Za-z0-9.]{1,80}\/(?:videos|posts)\/(?:[A-Za-z0-9.-]{1,80}\/)?[A-Za-z0-9]{1,40}|watch|reel\/\d{1,25}|share\/[vpr]\/[A-Za-z0-9]{1,40}|permalink\.php|story\.php|video\.php)\/?$/;

function parseUrl(raw: string): URL | null {
  if (raw.length > 500 || /[\u0000-\u0020\\"'<>`]/.test(raw)) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    if (url.username || url.password || url.port) return null;
    return url;
  } catch {
    return null;
  }
}

function youtube(url: URL): EmbedTarget | null {
  const host = url.hostname.replace(/^(www|m|music)\./, '');
  let id: string | null = null;
  if (host === 'youtu.be') id = url.pathname.slice(1).replace(/\/$/, '');
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (url.pathname === '/watch') id = url.searchParams.get('v');
    else {
      const match = /^\/(?:shorts|embed|live|v)\/([^/]+)\/?$/.exec(url.pathname);
      id = match?.[1] ?? null;
    }
  } else return null;
  if (!id || !YOUTUBE_ID.test(id)) return null;
  return {
    provider: 'youtube',
    kind: 'video',
    id,
    url: `https://www.youtube.com/watch?v=${id}`,
    player: `https://www.youtube-nocookie.com/embed/${id}?autoplay=1&rel=0`,
  };
}

function tiktok(url: URL): EmbedTarget | null {
  if (url.hostname !== 'www.tiktok.com' && url.hostname !== 'tiktok.com' && url.hostname !== 'm.tiktok.com') return null;
  const match = /^\/@([A-Za-z0-9._]{1,40})\/video\/(\d+)\/?$/.exec(url.pathname);
  if (!match || !TIKTOK_ID.test(match[2]!)) return null;
  const id = match[2]!;
  return {
    provider: 'tiktok',
    kind: 'video',
    id,
    url: `https://www.tiktok.com/@${match[1]}/video/${id}`,
    player: `https://www.tiktok.com/embed/v2/${id}`,
  };
}

function facebook(url: URL): EmbedTarget | null {
  const host = url.hostname;
  if (host === 'fb.watch') {
    const code = url.pathname.replace(/^\/|\/$/g, '');
    if (!/^[A-Za-z0-9_-]{4,40}$/.test(code)) return null;
    const canonical = `https://fb.watch/${code}/`;
    return { provider: 'facebook', kind: 'video', id: canonical, url: canonical, player: facebookPlayer('video', canonical) };
  }
  if (!['www.facebook.com', 'facebook.com', 'm.facebook.com', 'web.facebook.com'].includes(host)) return null;
  if (!FACEBOOK_PATH.test(url.pathname)) return null;
  // Only the parameters that name the item survive; tracking parameters are dropped.
  const keep = new URLSearchParams();
  for (const name of ['v', 'story_fbid', 'id']) {
    const value = url.searchParams.get(name);
    if (value !== null) {
      if (!/^[A-Za-z0-9]{1,40}$/.test(value)) return null;
      keep.set(name, value);
    }
  }
  const query = keep.toString();
  if (['/watch', '/watch/', '/permalink.php', '/story.php', '/video.php'].includes(url.pathname) && !query) return null;
  const canonical = `https://www.facebook.com${url.pathname}${query ? `?${query}` : ''}`;
  const kind = /\/posts\/|permalink\.php|story\.php|\/share\/p\//.test(url.pathname) ? 'post' : 'video';
  return { provider: 'facebook', kind, id: canonical, url: canonical, player: facebookPlayer(kind, canonical) };
}

function facebookPlayer(kind: 'video' | 'post', canonical: string): string {
  const base = kind === 'post' ? 'https://www.facebook.com/plugins/post.php' : 'https://www.facebook.com/plugins/video.php';
  return `${base}?href=${encodeURIComponent(canonical)}&show_text=false&autoplay=true`;
}

/** The embed an address stands for, or null when it is not a YouTube, Facebook or TikTok video or post this site plays. */
export function parseEmbedUrl(raw: unknown): EmbedTarget | null {
  if (typeof raw !== 'string') return null;
  const url = parseUrl(raw.trim());
  if (!url) return null;
  return youtube(url) ?? tiktok(url) ?? facebook(url);
}
