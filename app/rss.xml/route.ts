import { getLatest } from '@/lib/articles/public';
import { buildRss, xmlResponse } from '@/lib/feeds/rss';
import { getSiteSettings } from '@/lib/site/settings';

export async function GET() {
  const [settings, stories] = await Promise.all([getSiteSettings(), getLatest(50)]);
  return xmlResponse(
    buildRss({ settings, title: settings.paperName, description: settings.tagline, path: '/', feedPath: '/rss.xml', stories }),
    'application/rss+xml; charset=utf-8',
  );
}
