import { HotLink } from './HotLink';
import { ArchiveLink } from './ArchiveLink';
import type { ArticleCard } from '@/db/queries/public-articles';
import { messages } from '@/lib/i18n/messages';
import { pagedPath } from '@/lib/site/routes';
import { StoryCard } from './StoryCard';

/** A newest-first list of stories with a link to the next (older) page. */
export function StoryList({
  stories,
  basePath,
  nextCursor,
  isFirstPage,
  showSection = true,
}: {
  stories: ArticleCard[];
  basePath: string;
  nextCursor: string | null;
  isFirstPage: boolean;
  showSection?: boolean;
}) {
  const t = messages.site;
  if (!stories.length) return <p className="empty">{t.noStories}</p>;
  return (
    <>
      <ul className="story-list">
        {stories.map((story, index) => (
          <li key={story.id}>
            <StoryCard story={story} showSection={showSection} headingLevel={2} priority={isFirstPage && index === 0} />
          </li>
        ))}
      </ul>
      <nav className="pager" aria-label={t.olderStories}>
        {!isFirstPage ? (
          <HotLink href={basePath} className="pager__link">
            {t.newestStories}
          </HotLink>
        ) : null}
        {nextCursor ? (
          <ArchiveLink href={pagedPath(basePath, nextCursor)} className="pager__link pager__link--next" rel="next">
            {t.olderStories} →
          </ArchiveLink>
        ) : null}
      </nav>
    </>
  );
}
