import { getLatest } from '@/lib/articles/public';
import { buildRss, xmlResponse } from '@/lib/feeds/rss';
import { getSiteSettings } from '@/lib/site/settings';

// Built per request from cached data; never prerendered (the build has no database).
export const dynamic = 'force-dynamic';

export async function GET() {
  const [settings, stories] = await Promise.all([getSiteSettings(), getLatest(50)]);
  return xmlResponse(
    buildRss({ settings, title: settings.paperName, description: settings.tagline, path: '/', feedPath: '/rss.xml', stories }),
    'application/rss+xml; charset=utf-8',
  );
}
