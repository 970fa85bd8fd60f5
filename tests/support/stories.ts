import { insertArticles } from '@/db/queries/seed';
import { deriveSearchFields } from '@/lib/articles/derive';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import type { ArticleFields } from '@/lib/validation/article';

/** The editor's fields of a story of the test's own (a fresh title each time), in `sectionId`. */
export function storyFields(sectionId: number, overrides: Partial<ArticleFields> = {}): ArticleFields {
  return {
    title: `Tin thử ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`,
    sapo: 'Sapo của tin thử.',
    body: paragraphsToDoc(['Đoạn một.']) as ArticleFields['body'],
    sectionId,
    tags: [],
    creditLine: '',
    authorIds: [],
    featuredMediaId: null,
    slug: '',
    seoTitle: '',
    seoDescription: '',
    ...overrides,
  };
}

let inserted = 0;

/**
 * A story written straight into the database (no workflow), published unless told otherwise;
 * its slug is fresh each time. Returns the slug.
 */
export async function insertStory(input: { title: string; section: number; publishedAt: Date | null; status?: 'draft' | 'published'; body?: string[]; tags?: number[]; sapo?: string }): Promise<string> {
  inserted += 1;
  const slug = `bai-${inserted}-${Math.random().toString(36).slice(2, 9)}`;
  const body = paragraphsToDoc(input.body ?? ['Nội dung bài viết.']);
  const sapo = input.sapo ?? 'Sapo của bài.';
  await insertArticles([
    {
      slug,
      sectionId: input.section,
      title: input.title,
      sapo,
      body,
      ...deriveSearchFields({ title: input.title, sapo, body }),
      status: input.status ?? 'published',
      publishedAt: input.publishedAt,
      authorIds: [],
      tagIds: input.tags ?? [],
    },
  ]);
  return slug;
}
