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
