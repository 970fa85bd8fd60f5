import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { HomeView } from '@/components/site/HomeView';
import { StoryList } from '@/components/site/StoryList';
import { getHomeEdition } from '@/lib/articles/home-edition';
import { getRenamedSlug, getSectionBySlug, getSectionPage } from '@/lib/articles/public';
import { messages } from '@/lib/i18n/messages';
import { HOME_SEGMENT, sectionPath } from '@/lib/site/routes';
import { getSiteSettings } from '@/lib/site/settings';
import { homeMetadata, sectionMetadata } from '@/lib/site/metadata';

// Rendered on first request, then served from cache until lib/cache/invalidate.ts expires it.
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section: slug } = await params;
  if (slug === HOME_SEGMENT) return homeMetadata(await getSiteSettings());
  const section = await getSectionBySlug(slug);
  return section ? sectionMetadata(section) : { title: messages.notFound.title };
}

export default async function SectionPage({ params }: Props) {
  const { section: slug } = await params;
  if (slug === HOME_SEGMENT) {
    const [edition, settings] = await Promise.all([getHomeEdition(), getSiteSettings()]);
    return <HomeView edition={edition} paperName={settings.paperName} />;
  }
  const section = await getSectionBySlug(slug);
  if (!section) {
    const renamed = await getRenamedSlug('section', slug);
    if (renamed) permanentRedirect(sectionPath(renamed));
    notFound();
  }
  const page = await getSectionPage(section, null);
  return (
    <>
      <h1 className="page-heading">{section.name}</h1>
      {section.description ? <p className="page-intro">{section.description}</p> : null}
      <StoryList stories={page.items} basePath={sectionPath(section.slug)} nextCursor={page.nextCursor} isFirstPage showSection={false} />
    </>
  );
}
