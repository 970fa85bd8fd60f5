import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/ArticleView';
import { Notice } from '@/components/admin/forms/FormFeedback';
import { articlePreview } from '@/lib/articles/preview';
import { requirePageUser } from '@/lib/auth/session';
import { messages } from '@/lib/i18n/messages';

export const metadata: Metadata = { title: messages.articles.actions.preview, robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

/** A draft exactly as readers would see it; staff only, never indexed. */
export default async function PreviewArticlePage({ params }: Props) {
  const { id } = await params;
  const user = await requirePageUser('article.create', `/admin/articles/${id}/preview`);
  const article = /^\d{1,9}$/.test(id) ? await articlePreview(user, Number(id)) : null;
  if (!article) notFound();
  return (
    <div className="page">
      <Notice kind="ok" text={messages.articles.preview.banner} />
      <ArticleView article={article} related={[]} latest={[]} />
    </div>
  );
}
