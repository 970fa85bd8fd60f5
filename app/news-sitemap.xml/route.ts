import { getSitemapArticles } from '@/lib/articles/public';
import { xmlResponse } from '@/lib/feeds/rss';
import { buildNewsSitemap } from '@/lib/feeds/sitemaps';
import { getSiteSettings } from '@/lib/site/settings';

// Built per request from cached data; never prerendered (the build has no database).
export const dynamic = 'force-dynamic';

const TWO_DAYS_MS = 2 * 24 * 3_600_000;

export async function GET(request: Request) {
  // Rounded to the hour so that the cached query is shared within the hour.
  const since = new Date(Math.floor((Date.now() - TWO_DAYS_MS) / 3_600_000) * 3_600_000);
  const [settings, stories] = await Promise.all([getSiteSettings(), getSitemapArticles(since.toISOString(), 1000)]);
  const recent = stories.filter((s) => Date.now() - new Date(s.publishedAt).getTime() <= TWO_DAYS_MS);
  return xmlResponse(buildNewsSitemap(settings.paperName, recent), { request });
}
