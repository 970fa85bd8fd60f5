import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/site/ListPage';
import { decodeCursor } from '@/lib/site/cursor';
import { getTag, getTagPage } from '@/lib/articles/public';
import { messages } from '@/lib/i18n/messages';
import { pagedMetadata } from '@/lib/site/metadata';
import { tagPath } from '@/lib/site/routes';

export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string; cursor: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await getTag((await params).slug);
  return tag ? pagedMetadata(messages.site.tagPage(tag.name), tagPath(tag.slug)) : { title: messages.notFound.title };
}

export default async function TagOlderPage({ params }: Props) {
  const { slug, cursor } = await params;
  const tag = await getTag(slug);
  if (!tag || !decodeCursor(cursor, 'at-id')) notFound();
  const page = await getTagPage(tag.id, cursor);
  if (!page.items.length) notFound();
  return <ListPage heading={messages.site.tagPage(tag.name)} page={page} basePath={tagPath(tag.slug)} isFirstPage={false} />;
}
