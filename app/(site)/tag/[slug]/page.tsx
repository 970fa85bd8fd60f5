import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { ListPage } from '@/components/site/ListPage';
import { getRenamedSlug, getTag, getTagPage } from '@/lib/articles/public';
import { messages } from '@/lib/i18n/messages';
import { tagMetadata } from '@/lib/site/metadata';
import { oldAddressTarget } from '@/lib/site/old-addresses';
import { tagPath } from '@/lib/site/routes';

export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await getTag((await params).slug);
  return tag ? tagMetadata(tag) : { title: messages.notFound.title };
}

export default async function TagPage({ params }: Props) {
  const { slug } = await params;
  const tag = await getTag(slug);
  if (!tag) {
    const renamed = await getRenamedSlug('tag', slug);
    if (renamed) permanentRedirect(tagPath(renamed));
    const old = await oldAddressTarget(['tag', slug]);
    if (old) permanentRedirect(old);
    notFound();
  }
  return <ListPage heading={messages.site.tagPage(tag.name)} page={await getTagPage(tag.id, null)} basePath={tagPath(tag.slug)} isFirstPage />;
}
