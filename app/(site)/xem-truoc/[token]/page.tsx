import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/site/ArticleView';
import { openPreviewLink } from '@/lib/articles/preview-links';
import { messages } from '@/lib/i18n/messages';

// Per request, never cached (a revoked link must stop at once); never indexed.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: messages.articles.actions.preview, robots: { index: false, follow: false } };

type Props = { params: Promise<{ token: string }> };

/** A signed preview link (lib/articles/preview-links.ts): the story's latest saved version, as readers would see it. */
export default async function SharedPreviewPage({ params }: Props) {
  const { token } = await params;
  const article = await openPreviewLink(token);
  if (!article) notFound();
  return (
    <>
      <p className="preview-banner" role="note">
        {messages.articles.previewLinks.banner}
      </p>
      <ArticleView article={article} related={[]} latest={[]} />
    </>
  );
}
