import { docToPlainText } from '../articles/rich-text';
import { socialImagePath, socialSize } from '../media/social-card';
import { articlePath } from './routes';

/*
 * How a story presents itself to search engines and social networks: its title, description,
 * address and card picture. One rule, read by the reader page's metadata (lib/site/metadata.ts)
 * and by the editor's "Xem trước khi chia sẻ" (lib/site/share-preview.ts), so the preview shows
 * what Google, Facebook and Zalo will get. Pure: the editor runs it as the writer types.
 */

/** The text shown for a page in search and social cards: white space folded, cut at a word before `max` with "…". */
export function describe(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.4 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** A reader page's <title>: its own title, then the paper's name (`%s` makes the template). */
export const documentTitle = (title: string, paperName: string) => `${title} | ${paperName}`;

/** A photo as the story points at it; the focal point (0–1 each way) says what the card keeps. */
export type ShareImage = { id: number; key: string; width: number; height: number; alt: string; focalX: number; focalY: number };

export type ShareableStory = {
  title: string;
  seoTitle: string;
  sapo: string;
  seoDescription: string;
  body: unknown;
  sectionSlug: string;
  slug: string;
  /** The featured photo, when the story has one. */
  image: ShareImage | null;
};

export type StoryShare = {
  title: string;
  description: string;
  /** The canonical address, from the site's root. */
  path: string;
  /** The 1200×630 card around the focal point (lib/media/social-card.ts); none without a featured photo. */
  image: { url: string; width: number; height: number; alt: string } | null;
};

/**
 * The SEO title if there is one, else the headline; the SEO description, else the sapo, else the
 * body's first words; the card of the featured photo.
 */
export function storyShare(story: ShareableStory): StoryShare {
  const image = story.image && story.image.id ? story.image : null;
  return {
    title: story.seoTitle || story.title,
    description: describe(story.seoDescription || story.sapo || docToPlainText(story.body)),
    path: articlePath({ sectionSlug: story.sectionSlug, slug: story.slug }),
    image: image ? { url: socialImagePath(image), ...socialSize(image), alt: image.alt } : null,
  };
}
