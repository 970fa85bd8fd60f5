import 'server-only';
import { unstable_cache } from 'next/cache';
import {
  findArticleRedirect,
  getPublicArticle,
  listAuthorArticles,
  listLatestArticles,
  listRelatedArticles,
  listSectionArticles,
  listSitemapArticles,
  listTagArticles,
  listPublicCorrections,
  type ArticleCard,
} from '@/db/queries/public-articles';
import { findRenamedSlug, getAuthorBySlug, getTagBySlug, listSections, type SectionRef } from '@/db/queries/taxonomy';
import { cacheTags } from '../cache/tags';
import { isSlug } from '../format/slug';
import { decodeCursor, encodeCursor } from '../site/cursor';

/*
 * What readers see, cached under the tags that lib/cache/invalidate.ts expires.
 * Results cross the cache as JSON, so dates are ISO strings.
 */

export const PAGE_SIZE = 20;

const lists = { tags: [cacheTags.articleLists] };

export type Page = { items: ArticleCard[]; nextCursor: string | null };

/** A reader list's cursor, as the queries want it; anything we did not make starts at the top. */
function articleCursor(cursor: string | null) {
  const decoded = decodeCursor(cursor, 'at-id');
  return decoded ? { publishedAt: decoded.at, id: decoded.id } : undefined;
}

function toPage(rows: ArticleCard[], size: number): Page {
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > size && last ? encodeCursor({ at: last.publishedAt, id: last.id }) : null };
}

export const getSections = unstable_cache(listSections, ['sections'], { tags: [cacheTags.sections] });

export async function getSectionBySlug(slug: string): Promise<(SectionRef & { children: SectionRef[] }) | null> {
  const all = await getSections();
  const section = all.find((s) => s.slug === slug);
  return section ? { ...section, children: all.filter((s) => s.parentId === section.id) } : null;
}

export const getLatest = unstable_cache(
  async (limit: number) => listLatestArticles({ limit }),
  ['latest'],
  lists,
);

const sectionPage = unstable_cache(
  async (sectionIds: number[], cursor: string | null, size: number) =>
    toPage(await listSectionArticles({ sectionIds, limit: size + 1, cursor: articleCursor(cursor) }), size),
  ['section-page'],
  lists,
);

/** A section's stories (its sub-sections' too), newest first, after `cursor`. */
export async function getSectionPage(section: { id: number; children: { id: number }[] }, cursor: string | null, size = PAGE_SIZE) {
  return sectionPage([section.id, ...section.children.map((c) => c.id)], cursor, size);
}

export const getTagPage = unstable_cache(
  async (tagId: number, cursor: string | null, size: number = PAGE_SIZE) =>
    toPage(await listTagArticles({ tagId, limit: size + 1, cursor: articleCursor(cursor) }), size),
  ['tag-page'],
  lists,
);

export const getAuthorPage = unstable_cache(
  async (userId: number, cursor: string | null, size: number = PAGE_SIZE) =>
    toPage(await listAuthorArticles({ userId, limit: size + 1, cursor: articleCursor(cursor) }), size),
  ['author-page'],
  lists,
);

export const getRelated = unstable_cache(
  async (articleId: number, tagIds: number[], sectionId: number, limit: number) =>
    listRelatedArticles({ articleId, tagIds, sectionId, limit }),
  ['related'],
  lists,
);

// Lookups by a URL segment check its shape first: a NUL byte would make PostgreSQL refuse the
// query (a 500), and each distinct junk segment would add a cache entry.

export function getArticle(slug: string) {
  if (!isSlug(slug)) return Promise.resolve(null);
  return unstable_cache(() => getPublicArticle({ slug }), ['article', slug], { tags: [cacheTags.article(slug)] })();
}

export function getArticleRedirect(slug: string) {
  if (!isSlug(slug)) return Promise.resolve(null);
  return unstable_cache(() => findArticleRedirect({ slug }), ['article-redirect', slug], {
    tags: [cacheTags.article(slug), cacheTags.articleLists],
  })();
}

const tagBySlug = unstable_cache(async (slug: string) => getTagBySlug({ slug }), ['tag'], lists);
const authorBySlug = unstable_cache(async (slug: string) => getAuthorBySlug({ slug }), ['author'], lists);
const renamedSlug = unstable_cache(
  async (kind: 'section' | 'tag', oldSlug: string) => findRenamedSlug({ kind, oldSlug }),
  ['renamed'],
  { tags: [cacheTags.sections, cacheTags.articleLists] },
);

export const getTag = async (slug: string) => (isSlug(slug) ? tagBySlug(slug) : null);
export const getAuthor = async (slug: string) => (isSlug(slug) ? authorBySlug(slug) : null);
export const getRenamedSlug = async (kind: 'section' | 'tag', oldSlug: string) => (isSlug(oldSlug) ? renamedSlug(kind, oldSlug) : null);

export const getSitemapArticles = unstable_cache(
  async (sinceIso: string | null, limit: number) => listSitemapArticles({ since: sinceIso ? new Date(sinceIso) : undefined, limit }),
  ['sitemap'],
  lists,
);

export const getCorrections = unstable_cache(async (limit: number) => listPublicCorrections({ limit }), ['corrections'], lists);
