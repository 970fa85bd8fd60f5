import type { RichTextNode } from '@/db/schema/articles';
import type { ArticleFields } from '../validation/article';
import { foldVietnamese } from '../format/fold';
import { docToPlainText } from './rich-text';

/** The columns computed from a story's words: its plain text and folded search text. */
export function deriveSearchFields({ title, sapo, body }: { title: string; sapo: string; body: unknown }) {
  const bodyText = docToPlainText(body);
  return {
    bodyText,
    titleFolded: foldVietnamese(title),
    searchText: foldVietnamese(`${title}\n${sapo}\n${bodyText}`).replace(/\s+/g, ' '),
  };
}

/**
 * A story's content columns from its checked fields, as every writer of a story stores them (a new
 * draft, a save, an imported post): the words, the columns computed from them, the credit, the
 * featured photo and the search-engine texts.
 */
export function articleContentColumns(fields: Pick<ArticleFields, 'title' | 'sapo' | 'body' | 'creditLine' | 'featuredMediaId' | 'seoTitle' | 'seoDescription'>) {
  const body = fields.body as unknown as RichTextNode;
  return {
    title: fields.title,
    sapo: fields.sapo,
    body,
    ...deriveSearchFields({ title: fields.title, sapo: fields.sapo, body }),
    creditLine: fields.creditLine,
    featuredMediaId: fields.featuredMediaId,
    seoTitle: fields.seoTitle,
    seoDescription: fields.seoDescription,
  };
}
