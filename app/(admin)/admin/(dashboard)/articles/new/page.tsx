import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/admin/editor/ArticleEditor';
import { newArticleEditorData } from '@/lib/articles/editing';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';
import { siteIdentity } from '@/lib/site/settings';

export const metadata: Metadata = { title: messages.articles.newTitle };

export default async function NewArticlePage() {
  const user = await requirePageUser('article.create', '/admin/articles/new');
  const [data, site] = await Promise.all([newArticleEditorData(user), siteIdentity()]);
  return (
    <>
      <h1>{messages.articles.newTitle}</h1>
      <ArticleEditor data={data} site={site} />
    </>
  );
}
