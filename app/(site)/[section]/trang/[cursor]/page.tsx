import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StoryList } from '@/components/site/StoryList';
import { decodeCursor } from '@/lib/site/cursor';
import { getSectionBySlug, getSectionPage } from '@/lib/articles/public';
import { messages } from '@/lib/i18n/messages';
import { sectionPath } from '@/lib/site/routes';
import { pagedMetadata } from '@/lib/site/metadata';

export const generateStaticParams = async () => [];

type Props = { params: Promise<{ section: string; cursor: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section: slug } = await params;
  const section = await getSectionBySlug(slug);
  return section ? pagedMetadata(section.name, sectionPath(section.slug)) : { title: messages.notFound.title };
}

export default async function SectionOlderPage({ params }: Props) {
  const { section: slug, cursor } = await params;
  const section = await getSectionBySlug(slug);
  if (!section || !decodeCursor(cursor, 'at-id')) notFound();
  const page = await getSectionPage(section, cursor);
  if (!page.items.length) notFound();
  return (
    <>
      <h1 className="page-heading">{section.name}</h1>
      <StoryList stories={page.items} basePath={sectionPath(section.slug)} nextCursor={page.nextCursor} isFirstPage={false} showSection={false} />
    </>
  );
}
