import { getSectionBySlug, getSectionPage } from '@/lib/articles/public';
import { feedNotFound } from '@/lib/feeds/rss';
import { rssResponse } from '@/lib/feeds/respond';
import { sectionPath } from '@/lib/site/routes';

// Built per request from cached data; never prerendered (the build has no database).
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ section: string }> }) {
  const section = await getSectionBySlug((await params).section);
  if (!section) return feedNotFound();
  const path = sectionPath(section.slug);
  const page = await getSectionPage(section, null, 50);
  return rssResponse({ title: section.name, description: section.description, path, feedPath: `${path}/rss.xml`, stories: page.items, request });
}
