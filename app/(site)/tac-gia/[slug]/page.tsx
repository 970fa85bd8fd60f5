import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListPage } from '@/components/site/ListPage';
import { getAuthor, getAuthorPage } from '@/lib/articles/public';
import { messages } from '@/lib/i18n/messages';
import { authorMetadata } from '@/lib/site/metadata';
import { authorPath } from '@/lib/site/routes';

export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthor((await params).slug);
  return author ? authorMetadata(author) : { title: messages.notFound.title };
}

export default async function AuthorPage({ params }: Props) {
  const author = await getAuthor((await params).slug);
  if (!author) notFound();
  const page = await getAuthorPage(author.id, null);
  return <ListPage heading={messages.site.authorPage(author.name)} intro={author.bio} page={page} basePath={authorPath(author.slug)} isFirstPage />;
}
