import { getTag, getTagPage } from '@/lib/articles/public';
import { feedNotFound } from '@/lib/feeds/rss';
import { rssResponse } from '@/lib/feeds/respond';
import { messages } from '@/lib/i18n/messages';
import { tagPath } from '@/lib/site/routes';

// Built per request from cached data; never prerendered (the build has no database).
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const tag = await getTag((await params).slug);
  if (!tag) return feedNotFound();
  const path = tagPath(tag.slug);
  const page = await getTagPage(tag.id, null, 50);
  return rssResponse({ title: messages.site.tagPage(tag.name), description: null, path, feedPath: `${path}/rss.xml`, stories: page.items, request });
}
