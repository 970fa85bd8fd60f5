import 'server-only';
import { revalidateTag } from 'next/cache';
import { vietnamMonth } from '../format/dates';
import { forgetRecent } from './recent';
import { cacheTags } from './tags';

/**
 * One function per domain event; each expires exactly the cached pages the event affects.
 * `expire: 0` expires at once, so the very first reader after the change gets the new page
 * (`'max'` would serve one stale copy first). Outside a Next.js server (scripts, tests)
 * there is no page cache to expire.
 */
function expire(tags: string[]): void {
  forgetRecent(); // and again when the page cache applies the expiry (lib/cache/cache-handler.mjs)
  for (const tag of tags) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (!isOutsideNext(error)) throw error;
    }
  }
}

function isOutsideNext(error: unknown): boolean {
  return error instanceof Error && /static generation store missing|Invariant/i.test(error.message);
}

/**
 * The story whose pages changed. Its publish time (and the one before the change) name the
 * archive sitemap months to expire; a change that names none (a photo's caption) leaves them.
 */
type ArticleRef = { slug: string; previousSlug?: string; publishedAt?: Date | string | null; previousPublishedAt?: Date | string | null };

function articleTags(article: ArticleRef): string[] {
  const tags = [cacheTags.articleLists, cacheTags.article(article.slug)];
  if (article.previousSlug && article.previousSlug !== article.slug) tags.push(cacheTags.article(article.previousSlug));
  const months = [article.publishedAt, article.previousPublishedAt].filter((d): d is Date | string => Boolean(d)).map(vietnamMonth);
  tags.push(...new Set(months.map(cacheTags.sitemapMonth)));
  return tags;
}

/** A story became public (now, or its scheduled time arrived). */
export function articlePublished(article: ArticleRef): void {
  expire(articleTags(article));
}

/** A public story's content, slug, section, tags or authors changed. */
export function articleChanged(article: ArticleRef): void {
  expire(articleTags(article));
}

/** A story stopped being public (unpublished or moved to the trash). */
export function articleUnpublished(article: ArticleRef): void {
  expire(articleTags(article));
}

/** A comment was approved or un-approved on a story. */
export function commentsChanged(article: { id: number }): void {
  expire([cacheTags.articleComments(article.id)]);
}

/**
 * Sections were created, renamed, moved or reordered. A renamed section changes the URLs
 * of its stories: pass their slugs so that their pages name the new section.
 */
export function sectionsChanged(articleSlugs: string[] = []): void {
  expire([cacheTags.sections, cacheTags.articleLists, ...articleSlugs.map(cacheTags.article)]);
}

/** Tags were renamed or merged; the stories that carry them list their tags. */
export function tagsChanged(articleSlugs: string[] = []): void {
  expire([cacheTags.articleLists, ...articleSlugs.map(cacheTags.article)]);
}

/** The home page's pinned slots changed. */
export function homeChanged(): void {
  expire([cacheTags.home]);
}

/** The breaking-news banner was set or removed. */
export function breakingChanged(): void {
  expire([cacheTags.breaking]);
}

/** The feeds' settings changed (feeds are built per request from cached data). */
export function feedSettingsChanged(): void {
  expire([cacheTags.feedSettings]);
}

/** Site settings (footer furniture, names) changed. */
export function settingsChanged(): void {
  expire([cacheTags.settings]);
}

/**
 * A newsroom page was created, changed, published, unpublished or moved in the footer menu.
 * The menu is in every reader page's footer: one tag covers the pages, the menu and the sitemap.
 */
export function sitePagesChanged(): void {
  expire([cacheTags.sitePages]);
}
