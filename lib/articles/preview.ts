import 'server-only';
import { getArticleForEdit, type EditableArticle } from '@/db/queries/articles-admin';
import { findMediaSummary } from '@/db/queries/media-summary';
import type { PublicArticle } from '@/db/queries/public-articles';
import { listSections } from '@/db/queries/taxonomy';
import { listStaff } from '@/db/queries/users';
import type { CurrentUser } from '../auth/session';
import { slugify } from '../format/slug';
import { findViewableArticle } from './access';

/** A story this person may open, draft or not, in the shape the reader page renders. */
export async function articlePreview(user: CurrentUser, id: number): Promise<PublicArticle | null> {
  const article = await findViewableArticle(user, id);
  return article ? previewOf(article) : null;
}

/** The latest saved version of a story not in the trash, for a signed preview link (lib/articles/preview-links.ts). */
export async function articlePreviewForLink(id: number): Promise<PublicArticle | null> {
  const article = await getArticleForEdit({ id });
  return article && !article.deletedAt ? previewOf(article) : null;
}

async function previewOf(article: EditableArticle): Promise<PublicArticle> {
  const [sections, staff, image] = await Promise.all([
    listSections(),
    listStaff(),
    article.featuredMediaId ? findMediaSummary({ id: article.featuredMediaId }) : null,
  ]);
  const section = sections.find((s) => s.id === article.sectionId);
  const now = new Date().toISOString();
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    sapo: article.sapo,
    body: article.body,
    creditLine: article.creditLine,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
    commentsClosed: article.commentsClosed,
    publishedAt: article.publishedAt?.toISOString() ?? now,
    updatedAt: article.updatedAt.toISOString(),
    section: { id: article.sectionId, slug: section?.slug ?? '', name: section?.name ?? '' },
    image,
    authors: article.authorIds.map((uid) => staff.find((s) => s.id === uid)).filter((s) => s !== undefined).map((s) => ({ id: s.id, name: s.name, slug: s.slug })),
    tags: article.tagNames.map((name, i) => ({ id: -i - 1, name, slug: slugify(name) })),
    corrections: [],
  };
}
