import { getAuthor, getAuthorPage } from '@/lib/articles/public';
import { feedNotFound } from '@/lib/feeds/rss';
import { rssResponse } from '@/lib/feeds/respond';
import { messages } from '@/lib/i18n/messages';
import { authorPath } from '@/lib/site/routes';

// Built per request from cached data; never prerendered (the build has no database).
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const author = await getAuthor((await params).slug);
  if (!author) return feedNotFound();
  const path = authorPath(author.slug);
  const page = await getAuthorPage(author.id, null, 50);
  return rssResponse({ title: messages.site.authorPage(author.name), description: author.bio || null, path, feedPath: `${path}/rss.xml`, stories: page.items, request });
}
