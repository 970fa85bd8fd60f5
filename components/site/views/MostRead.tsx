import type { ArticleCard } from '@/db/queries/public-articles';
import { messages } from '@/lib/i18n/messages';
import { StoryCard } from '../StoryCard';

/** The box "Đọc nhiều": most-read stories, numbered. Nothing when nobody has read anything yet. */
export function MostRead({ stories, excludeId }: { stories: ArticleCard[]; excludeId?: number }) {
  const list = stories.filter((s) => s.id !== excludeId).slice(0, 5);
  if (list.length === 0) return null;
  return (
    <section aria-labelledby="most-read-heading" className="rail most-read">
      <h2 id="most-read-heading" className="rail__heading">
        {messages.site.mostRead}
      </h2>
      <ol className="rail__list most-read__list">
        {list.map((story) => (
          <li key={story.id}>
            <StoryCard story={story} variant="compact" />
          </li>
        ))}
      </ol>
    </section>
  );
}
