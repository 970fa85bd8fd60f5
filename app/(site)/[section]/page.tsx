import type { Metadata } from 'next';
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { HomeView } from '@/components/site/HomeView';
import { SitePageView } from '@/components/site/SitePageView';
import { StoryList } from '@/components/site/StoryList';
import { MostRead } from '@/components/site/views/MostRead';
import { getHomeEdition } from '@/lib/articles/home-edition';
import { getRenamedSlug, getSectionBySlug, getSectionPage } from '@/lib/articles/public';
import { messages } from '@/lib/i18n/messages';
import { getPublicPage } from '@/lib/pages/public';
import { oldAddressTarget } from '@/lib/site/old-addresses';
import { HOME_SEGMENT, sectionPath, sitePagePath } from '@/lib/site/routes';
import { getSiteSettings } from '@/lib/site/settings';
import { getMostRead } from '@/lib/views/most-read';
import { homeMetadata, sectionMetadata, sitePageMetadata } from '@/lib/site/metadata';

// Rendered on first request, then served from cache until lib/cache/invalidate.ts expires it.
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ section: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section: slug } = await params;
  if (slug === HOME_SEGMENT) return homeMetadata(await getSiteSettings());
  const section = await getSectionBySlug(slug);
  if (section) return sectionMetadata(section);
  const page = await getPublicPage(slug);
  return page?.topLevel ? sitePageMetadata(page) : { title: messages.notFound.title };
}

export default async function SectionPage({ params }: Props) {
  const { section: slug } = await params;
  if (slug === HOME_SEGMENT) {
    const [edition, settings, mostRead] = await Promise.all([getHomeEdition(), getSiteSettings(), getMostRead()]);
    return <HomeView edition={edition} paperName={settings.paperName} mostRead={mostRead} />;
  }
  const section = await getSectionBySlug(slug);
  if (!section) {
    // A newsroom page editors put at the top level (/gioi-thieu); one that lives under /trang/ is
    // sent there (not permanently: editors may move it up again).
    const page = await getPublicPage(slug);
    if (page?.topLevel) return <SitePageView page={page} />;
    if (page) redirect(sitePagePath(page));
    const renamed = await getRenamedSlug('section', slug);
    if (renamed) permanentRedirect(sectionPath(renamed));
    const old = await oldAddressTarget([slug]);
    if (old) permanentRedirect(old);
    notFound();
  }
  const [page, mostRead] = await Promise.all([getSectionPage(section, null), getMostRead()]);
  return (
    <div className="list-layout">
      <div>
        <h1 className="page-heading">{section.name}</h1>
        {section.description ? <p className="page-intro">{section.description}</p> : null}
        <StoryList stories={page.items} basePath={sectionPath(section.slug)} nextCursor={page.nextCursor} isFirstPage showSection={false} />
      </div>
      <aside className="list-aside">
        <MostRead stories={mostRead} />
      </aside>
    </div>
  );
}
