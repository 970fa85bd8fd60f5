import 'server-only';
import { Feed } from 'feed';
import type { FeedDetail } from '@/db/queries/feeds';
import type { ArticleCard } from '@/db/queries/public-articles';
import { absoluteUrl, articlePath, mediaPath } from '../site/routes';
import type { SiteSettings } from '../site/settings';
import { messages } from '../i18n/messages';
import { encodedText, notModified } from '../server/text-bytes.mjs';
import { bodyToFeedHtml } from './feed-html';

/*
 * The `feed` package writes item titles and descriptions as CDATA sections and splits only the
 * first `]]>` inside one: a title like `a]]>b]]><x/>` ends the section and injects markup. Each
 * `]]>` becomes a private-use marker before the document is built, and the standard split
 * (`]]]]><![CDATA[>`, which reads back as `]]>`) after: correct whatever the library does.
 */
const CDATA_END_MARK = '\uE000';
const markCdataEnds = (text: string) => text.replaceAll(CDATA_END_MARK, '').replaceAll(']]>', CDATA_END_MARK);
const splitCdataEnds = (xml: string) => xml.replaceAll(CDATA_END_MARK, ']]]]><![CDATA[>');

/** An RSS 2.0 document for a list of stories. */
export function buildRss({
  settings,
  title,
  description,
  path,
  feedPath,
  stories,
  details = new Map(),
}: {
  settings: SiteSettings;
  title: string;
  description: string;
  path: string;
  feedPath: string;
  stories: ArticleCard[];
  /** Authors, the photo's real type and size, and (when the newsroom publishes full text) the body. */
  details?: Map<number, FeedDetail>;
}): string {
  const feed = new Feed({
    id: absoluteUrl(path),
    title,
    description,
    link: absoluteUrl(path),
    language: 'vi',
    copyright: settings.paperName,
    updated: stories[0] ? new Date(stories[0].publishedAt) : new Date(0),
    generator: false,
    feedLinks: { rss: absoluteUrl(feedPath) },
    ttl: 5,
  });
  for (const story of stories) {
    const url = absoluteUrl(articlePath(story));
    const detail = details.get(story.id);
    feed.addItem({
      title: markCdataEnds(story.title),
      id: url,
      guid: url,
      link: url,
      date: new Date(story.publishedAt),
      description: markCdataEnds(story.sapo),
      category: [{ name: story.sectionName }],
      // RSS 2.0 wants an address in <author>: the newsroom's, with the writer's name.
      author: detail?.authors.map((name) => ({ name, email: settings.email || undefined })),
      content: detail?.body ? bodyToFeedHtml(detail.body) : undefined,
      enclosure:
        story.image && detail?.image ? { url: absoluteUrl(mediaPath(story.image.key)), type: detail.image.mime, length: detail.image.size } : undefined,
    });
  }
  return splitCdataEnds(feed.rss2());
}

/**
 * A feed or sitemap response: the body's UTF-8 bytes with a strong ETag, both made once per distinct
 * body while it stays among the recent ones (lib/server/text-bytes.mjs: a month of the archive's
 * sitemap is some 300 KB). A crawler that names the ETag in If-None-Match gets 304 without a body.
 */
export function xmlResponse(body: string, { request, contentType = 'application/xml; charset=utf-8' }: { request?: Request; contentType?: string } = {}): Response {
  const { bytes, etag } = encodedText(body);
  const headers = { 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300', ETag: etag };
  if (request && notModified({ ifNoneMatch: request.headers.get('if-none-match'), cacheControl: request.headers.get('cache-control') }, etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(bytes, { headers: { ...headers, 'Content-Type': contentType } });
}

/** A feed for a section, tag or author that does not exist. */
export function feedNotFound(): Response {
  return new Response(messages.notFound.title, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
