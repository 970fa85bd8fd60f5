import 'server-only';
import { unstable_cache } from 'next/cache';
import { listPinnedPublicCards } from '@/db/queries/curation';
import { listSectionArticles, type ArticleCard } from '@/db/queries/public-articles';
import type { SectionRef } from '@/db/queries/taxonomy';
import { cacheTags } from '../cache/tags';
import { getLatest, getSections } from './public';

export type HomeEdition = {
  top: ArticleCard | null;
  latest: ArticleCard[];
  blocks: { section: SectionRef; stories: ArticleCard[] }[];
};

const LATEST_COUNT = 8;
const BLOCK_COUNT = 4;

/**
 * The top story and the latest list: editors' pins first (slot 1 is the top story, the
 * other slots lead the latest list), then the newest stories. Only public pinned stories
 * come back from the query, so an unpublished or not-yet-due pin is simply skipped.
 */
async function leadStories(): Promise<{ top: ArticleCard | null; latest: ArticleCard[] }> {
  const pinned = await listPinnedPublicCards();
  const latest = await getLatest(LATEST_COUNT + 1 + pinned.length);
  const pinnedIds = new Set(pinned.map((p) => p.card.id));
  const fresh = latest.filter((story) => !pinnedIds.has(story.id));
  const top = pinned.find((p) => p.position === 1)?.card ?? fresh.shift() ?? null;
  const leads = pinned.filter((p) => p.position !== 1).map((p) => p.card);
  return { top, latest: [...leads, ...fresh].slice(0, LATEST_COUNT) };
}

/** The home page: the top story, the latest stories and a block per top-level section. */
export const getHomeEdition = unstable_cache(
  async (): Promise<HomeEdition> => {
    const [{ top, latest }, sections] = await Promise.all([leadStories(), getSections()]);
    const topLevel = sections.filter((s) => s.parentId === null);
    const shown = [...(top ? [top.id] : []), ...latest.map((story) => story.id)]; // each story once on the page
    const blocks = await Promise.all(
      topLevel.map(async (section) => {
        const ids = [section.id, ...sections.filter((s) => s.parentId === section.id).map((s) => s.id)];
        return { section, stories: await listSectionArticles({ sectionIds: ids, limit: BLOCK_COUNT, excludeIds: shown }) };
      }),
    );
    return { top, latest, blocks: blocks.filter((b) => b.stories.length) };
  },
  ['home-edition'],
  { tags: [cacheTags.articleLists, cacheTags.sections, cacheTags.home] },
);
