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
