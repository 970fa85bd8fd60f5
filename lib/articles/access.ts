import 'server-only';
import { getArticleForEdit, type EditableArticle } from '@/db/queries/articles-admin';
import { canViewArticle } from '../auth/permissions';
import type { CurrentUser } from '../auth/session';
import { isPublicAt } from './visibility';

/**
 * The story if it exists, is not in the trash and this person may open it; otherwise null,
 * which pages answer with 404: a writer cannot tell a colleague's draft from a missing story.
 */
export async function findViewableArticle(user: CurrentUser, id: number): Promise<EditableArticle | null> {
  const article = await getArticleForEdit({ id });
  if (!article || article.deletedAt) return null;
  return canViewArticle(user, { ...article, publicNow: isPublicAt(article) }) ? article : null;
}
