import { HotLink } from './HotLink';
import type { ArticleCard } from '@/db/queries/public-articles';
import type { HomeEdition } from '@/lib/articles/home-edition';
import { messages } from '@/lib/i18n/messages';
import { sectionPath } from '@/lib/site/routes';
import { StoryCard } from './StoryCard';
import { MostRead } from './views/MostRead';

export function HomeView({ edition, paperName, mostRead }: { edition: HomeEdition; paperName: string; mostRead: ArticleCard[] }) {
  const t = messages.site;
  return (
    <>
      <h1 className="visually-hidden">{paperName}</h1>
      <div className="home-top">
        {edition.top ? (
          <section aria-label={t.topStory}>
            <StoryCard story={edition.top} variant="lead" headingLevel={2} priority />
          </section>
        ) : (
          <p className="empty">{t.noStories}</p>
        )}
        <div className="home-side">
        <section className="home-latest" aria-labelledby="home-latest-heading">
          <h2 id="home-latest-heading">{t.latestHeading}</h2>
          <ul className="rail__list">
            {edition.latest.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} variant="compact" />
              </li>
            ))}
          </ul>
        </section>
        <MostRead stories={mostRead} />
        </div>
      </div>
      <div className="home-blocks">
        {edition.blocks.map(({ section, stories }) => (
          <section key={section.id} aria-labelledby={`block-${section.slug}`}>
            <h2 className="block__heading" id={`block-${section.slug}`}>
              <HotLink href={sectionPath(section.slug)}>{section.name}</HotLink>
            </h2>
            <ul className="block__list">
              {stories.map((story, index) => (
                <li key={story.id}>
                  <StoryCard story={story} variant={index === 0 ? 'standard' : 'compact'} showSection={false} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
