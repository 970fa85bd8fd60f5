import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleView } from '@/components/site/ArticleView';
import { ViewBeacon } from '@/components/site/views/ViewBeacon';
import { CommentsPlace } from '@/components/site/CommentsPlace';
import { JsonLd } from '@/components/site/JsonLd';
import { getArticle, getArticleRedirect, getLatest, getRelated } from '@/lib/articles/public';
import { messages } from '@/lib/i18n/messages';
import { articleJsonLd, articleMetadata } from '@/lib/site/metadata';
import { oldAddressTarget } from '@/lib/site/old-addresses';
import { articlePath } from '@/lib/site/routes';
import { getSiteSettings } from '@/lib/site/settings';
import { getMostRead } from '@/lib/views/most-read';

// Rendered on first request, then served from cache until lib/cache/invalidate.ts expires it.
export const generateStaticParams = async () => [];

const LATEST_COUNT = 8;

type Props = { params: Promise<{ section: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticle(slug);
  return article ? articleMetadata(article) : { title: messages.notFound.title };
}

export default async function ArticlePage({ params }: Props) {
  const { section, slug } = await params;
  const article = await getArticle(slug);
  if (!article) {
    const moved = await getArticleRedirect(slug);
    if (moved) permanentRedirect(articlePath(moved));
    const old = await oldAddressTarget([section, slug]);
    if (old) permanentRedirect(old);
    notFound();
  }
  if (article.section.slug !== section) permanentRedirect(articlePath({ sectionSlug: article.section.slug, slug: article.slug }));
  const [related, latestPlusOne, settings, mostRead] = await Promise.all([
    getRelated(article.id, article.tags.map((t) => t.id), article.section.id, 5),
    getLatest(LATEST_COUNT + 1), // one shared cache entry for every story page
    getSiteSettings(),
    getMostRead(),
  ]);
  const latest = latestPlusOne.filter((story) => story.id !== article.id).slice(0, LATEST_COUNT);
  return (
    <>
      <JsonLd data={articleJsonLd(article, settings)} />
      <ArticleView article={article} related={related} latest={latest} mostRead={mostRead} comments={<CommentsPlace article={article} />} />
      <ViewBeacon articleId={article.id} />
    </>
  );
}
