import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { SitePageView } from '@/components/site/SitePageView';
import { messages } from '@/lib/i18n/messages';
import { getPublicPage } from '@/lib/pages/public';
import { sitePageMetadata } from '@/lib/site/metadata';
import { sitePagePath } from '@/lib/site/routes';

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
  // Editors moved it to /{slug}. Not a permanent redirect: they may move it back.
  if (page.topLevel) redirect(sitePagePath(page));
  return <SitePageView page={page} />;
}
