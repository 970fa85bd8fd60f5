import 'server-only';
import { Feed } from 'feed';
import type { ArticleCard } from '@/db/queries/public-articles';
import { absoluteUrl, articlePath, mediaPath } from '../site/routes';
import type { SiteSettings } from '../site/settings';

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
}: {
  settings: SiteSettings;
  title: string;
  description: string;
  path: string;
  feedPath: string;
  stories: ArticleCard[];
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
    feed.addItem({
      title: markCdataEnds(story.title),
      id: url,
      guid: url,
      link: url,
      date: new Date(story.publishedAt),
      description: markCdataEnds(story.sapo),
      category: [{ name: story.sectionName }],
      enclosure: story.image ? { url: absoluteUrl(mediaPath(story.image.key)), type: 'image/jpeg', length: 0 } : undefined,
    });
  }
  return splitCdataEnds(feed.rss2());
}

export function xmlResponse(body: string, contentType = 'application/xml; charset=utf-8'): Response {
  return new Response(body, {
    headers: { 'Content-Type': contentType, 'Cache-Control': 'public, max-age=60, stale-while-revalidate=300' },
  });
}
