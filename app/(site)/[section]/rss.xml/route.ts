import { getSectionBySlug, getSectionPage } from '@/lib/articles/public';
import { buildRss, xmlResponse } from '@/lib/feeds/rss';
import { messages } from '@/lib/i18n/messages';
import { sectionPath } from '@/lib/site/routes';
import { getSiteSettings } from '@/lib/site/settings';

// Built per request from cached data; never prerendered (the build has no database).
export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: { params: Promise<{ section: string }> }) {
  const section = await getSectionBySlug((await params).section);
  if (!section) return new Response(messages.notFound.title, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const [settings, page] = await Promise.all([getSiteSettings(), getSectionPage(section, null, 50)]);
  const path = sectionPath(section.slug);
  return xmlResponse(
    buildRss({
      settings,
      title: `${section.name} – ${settings.paperName}`,
      description: section.description || section.name,
      path,
      feedPath: `${path}/rss.xml`,
      stories: page.items,
    }),
    'application/rss+xml; charset=utf-8',
  );
}
