import { xmlResponse } from '@/lib/feeds/rss';
import { getSitemapIndexXml } from '@/lib/feeds/sitemap-archive';

// Served per request from the cached index (the build has no database).
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return xmlResponse(await getSitemapIndexXml(), { request });
}
