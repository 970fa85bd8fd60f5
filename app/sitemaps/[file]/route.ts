import { xmlResponse } from '@/lib/feeds/rss';
import { getSitemapFileXml } from '@/lib/feeds/sitemap-archive';
import { messages } from '@/lib/i18n/messages';

// Served per request from the cached child sitemap (the build has no database).
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^([a-z0-9-]{1,20})\.xml$/.exec((await params).file);
  const body = match?.[1] ? await getSitemapFileXml(match[1]) : null;
  if (body === null) return new Response(messages.notFound.title, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return xmlResponse(body, { request });
}
