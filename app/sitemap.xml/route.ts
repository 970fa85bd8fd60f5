import { getSections, getSitemapArticles } from '@/lib/articles/public';
import { xmlResponse } from '@/lib/feeds/rss';
import { buildSitemap } from '@/lib/feeds/sitemaps';

// Built per request from cached data; never prerendered (the build has no database).
export const dynamic = 'force-dynamic';

// One file holds up to 50,000 URLs; past that the oldest stories are left to section pages.
const MAX_STORIES = 45_000;

export async function GET() {
  const [sections, stories] = await Promise.all([getSections(), getSitemapArticles(null, MAX_STORIES)]);
  return xmlResponse(buildSitemap(sections, stories));
}
