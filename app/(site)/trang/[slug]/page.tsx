import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { RichText } from '@/components/site/RichText';
import { messages } from '@/lib/i18n/messages';
import { getPublicPage } from '@/lib/pages/public';
import { sitePageMetadata } from '@/lib/site/metadata';

// Rendered on first request, then served from cache until sitePagesChanged() expires it.
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getPublicPage((await params).slug);
  return page ? sitePageMetadata(page) : { title: messages.notFound.title };
}

/** A newsroom page (Giới thiệu, Liên hệ…); drafts and unpublished pages answer 404. */
export default async function SitePage({ params }: Props) {
  const page = await getPublicPage((await params).slug);
  if (!page) notFound();
  return (
    <article className="article site-page">
      <h1 className="article__title">{page.title}</h1>
      <RichText doc={page.body} />
    </article>
  );
}
