import 'server-only';
import { unstable_cache } from 'next/cache';
import { listFeedDetails } from '@/db/queries/feeds';
import type { ArticleCard } from '@/db/queries/public-articles';
import { cacheTags } from '../cache/tags';
import { getSiteSettings } from '../site/settings';
import { buildRss, xmlResponse } from './rss';
import { getFeedSettings } from './settings';

const getFeedDetails = unstable_cache(
  async (ids: number[], withBody: boolean) => Object.fromEntries(await listFeedDetails({ ids, withBody })),
  ['feed-details'],
  { tags: [cacheTags.articleLists] },
);

/** An RSS response for a list of stories: the site's, a section's, a tag's or an author's. */
export async function rssResponse({
  title,
  description,
  path,
  feedPath,
  stories,
  request,
}: {
  /** Null: the paper's own name. */
  title: string | null;
  description: string | null;
  path: string;
  feedPath: string;
  stories: ArticleCard[];
  /** For a conditional GET (If-None-Match). */
  request?: Request;
}): Promise<Response> {
  const [settings, feedSettings] = await Promise.all([getSiteSettings(), getFeedSettings()]);
  const details = await getFeedDetails(
    stories.map((s) => s.id),
    feedSettings.fullText,
  );
  return xmlResponse(
    buildRss({
      settings,
      title: title ? `${title} – ${settings.paperName}` : settings.paperName,
      description: description || title || settings.tagline,
      path,
      feedPath,
      stories,
      details: new Map(Object.entries(details).map(([id, detail]) => [Number(id), detail])),
    }),
    { request, contentType: 'application/rss+xml; charset=utf-8' },
  );
}
