import 'server-only';
import { unstable_cache } from 'next/cache';
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

/** The home page: the top story, the latest stories and a block per top-level section. */
export const getHomeEdition = unstable_cache(
  async (): Promise<HomeEdition> => {
    const [latest, sections] = await Promise.all([getLatest(LATEST_COUNT + 1), getSections()]);
    const [top = null, ...rest] = latest;
    const topLevel = sections.filter((s) => s.parentId === null);
    const shown = latest.map((story) => story.id); // each story once on the page
    const blocks = await Promise.all(
      topLevel.map(async (section) => {
        const ids = [section.id, ...sections.filter((s) => s.parentId === section.id).map((s) => s.id)];
        return { section, stories: await listSectionArticles({ sectionIds: ids, limit: BLOCK_COUNT, excludeIds: shown }) };
      }),
    );
    return { top, latest: rest, blocks: blocks.filter((b) => b.stories.length) };
  },
  ['home-edition'],
  { tags: [cacheTags.articleLists, cacheTags.sections] },
);
