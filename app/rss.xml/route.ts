import { getLatest } from '@/lib/articles/public';
import { rssResponse } from '@/lib/feeds/respond';

// Built per request from cached data; never prerendered (the build has no database).
export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return rssResponse({ title: null, description: null, path: '/', feedPath: '/rss.xml', stories: await getLatest(50), request });
}
