import { describe, documentTitle, type StoryShare } from './share';

/*
 * What the editor's "Xem trước khi chia sẻ" draws from a story's share data (lib/site/share.ts):
 * a Google result and a Facebook/Zalo link card. Lengths are characters, standing in for the
 * pixel widths at which Google cuts (~600 px: about 60 characters of title, 155 of description).
 */

/** The paper's name and public origin (SITE_URL), as the server knows them. */
export type SiteIdentity = { name: string; url: string };

export const GOOGLE_TITLE_CHARS = 60;
export const GOOGLE_DESCRIPTION_CHARS = 155;

export type GoogleResult = { siteName: string; breadcrumb: string; title: string; description: string };

/** A search result: the site's name, its address as a breadcrumb, the page's <title> and description, cut as Google cuts them. */
export function googleResult(share: StoryShare, site: SiteIdentity): GoogleResult {
  return {
    siteName: site.name,
    breadcrumb: [site.url.replace(/\/+$/, ''), ...share.path.split('/').filter(Boolean)].join(' › '),
    title: describe(documentTitle(share.title, site.name), GOOGLE_TITLE_CHARS),
    description: describe(share.description, GOOGLE_DESCRIPTION_CHARS),
  };
}

export type SocialCard = { domain: string; title: string; description: string; image: StoryShare['image'] };

/** A link card as Facebook and Zalo draw it: the 1.91:1 picture, the domain in capitals, the title and the description. */
export function socialCard(share: StoryShare, site: SiteIdentity): SocialCard {
  return { domain: hostOf(site.url).replace(/^www\./, '').toUpperCase(), title: share.title, description: share.description, image: share.image };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
