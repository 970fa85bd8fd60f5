import { HotLink } from './HotLink';
import { ArchiveLink } from './ArchiveLink';
import type { ReactNode } from 'react';
import type { ArticleCard } from '@/db/queries/public-articles';
import { formatShortDate } from '@/lib/format/dates';
import { articlePath, sectionPath } from '@/lib/site/routes';
import { NewsImage } from './NewsImage';

type Variant = 'lead' | 'standard' | 'compact';

const SIZES: Record<Variant, string> = {
  lead: '(min-width: 1024px) 640px, 100vw',
  standard: '(min-width: 1024px) 240px, 36vw',
  compact: '96px',
};

/** A story in a list: headline link, and by variant its photo, section, date and sapo (or a summary in its place, such as a search snippet). */
export function StoryCard({
  story,
  variant = 'standard',
  showSection = true,
  headingLevel = 3,
  priority = false,
  summary,
}: {
  story: ArticleCard;
  variant?: Variant;
  showSection?: boolean;
  headingLevel?: 2 | 3;
  priority?: boolean;
  summary?: ReactNode;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const href = articlePath(story);
  return (
    <article className={`story-card story-card--${variant}`}>
      {story.image && variant !== 'compact' ? (
        <ArchiveLink href={href} className="story-card__image" tabIndex={-1} aria-hidden="true">
          <NewsImage image={story.image} sizes={SIZES[variant]} priority={priority} />
        </ArchiveLink>
      ) : null}
      <div className="story-card__text">
        <Heading className="story-card__title">
          <ArchiveLink href={href}>{story.title}</ArchiveLink>
        </Heading>
        <p className="story-card__meta">
          {showSection ? (
            <>
              <HotLink href={sectionPath(story.sectionSlug)} className="story-card__section">
                {story.sectionName}
              </HotLink>
              {' · '}
            </>
          ) : null}
          <time dateTime={story.publishedAt}>{formatShortDate(story.publishedAt)}</time>
        </p>
        {summary ?? (variant !== 'compact' && story.sapo ? <p className="story-card__sapo">{story.sapo}</p> : null)}
      </div>
    </article>
  );
}
