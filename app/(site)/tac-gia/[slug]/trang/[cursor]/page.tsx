import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/site/ListPage';
import { decodeCursor } from '@/lib/site/cursor';
import { getAuthor, getAuthorPage } from '@/lib/articles/public';
import { messages } from '@/lib/i18n/messages';
import { pagedMetadata } from '@/lib/site/metadata';
import { authorPath } from '@/lib/site/routes';

export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string; cursor: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthor((await params).slug);
  return author ? pagedMetadata(messages.site.authorPage(author.name), authorPath(author.slug)) : { title: messages.notFound.title };
}

export default async function AuthorOlderPage({ params }: Props) {
  const { slug, cursor } = await params;
  const author = await getAuthor(slug);
  if (!author || !decodeCursor(cursor, 'at-id')) notFound();
  const page = await getAuthorPage(author.id, cursor);
  if (!page.items.length) notFound();
  return <ListPage heading={messages.site.authorPage(author.name)} page={page} basePath={authorPath(author.slug)} isFirstPage={false} />;
}
