import 'server-only';
import { unstable_cache } from 'next/cache';
import { getPublishedPage, listMenuPages, listPublishedPageSlugs } from '@/db/queries/pages';
import { cacheTags } from '../cache/tags';
import { isSlug } from '../format/slug';

/* What readers see of the newsroom's pages, cached until lib/cache/invalidate.ts sitePagesChanged(). */

const tags = [cacheTags.sitePages];

const cachedPage = unstable_cache((slug: string) => getPublishedPage({ slug }), ['site-page'], { tags });

/** A published page, or null (a draft, an unpublished page and an unknown slug all answer 404). */
export async function getPublicPage(slug: string) {
  if (!isSlug(slug)) return null;
  return cachedPage(slug);
}

/** The footer menu on every reader page. */
export const getFooterMenu = unstable_cache(() => listMenuPages(), ['site-page-menu'], { tags });

export const getPublishedPageSlugs = unstable_cache(() => listPublishedPageSlugs(), ['site-page-slugs'], { tags });
