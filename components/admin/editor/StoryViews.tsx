import { formatCount } from '@/lib/format/numbers';
import { messages } from '@/lib/i18n/messages';

/** Readers' views of a published story, above its editor: today, the last 7 days, in all. */
export function StoryViews({ views }: { views: { today: number; week: number; total: number } }) {
  const t = messages.articles.views;
  return (
    <section className="panel story-views" aria-labelledby="story-views-heading">
      <h2 id="story-views-heading">{t.heading}</h2>
      <dl>
        <div>
          <dt>{t.today}</dt>
          <dd>{formatCount(views.today)}</dd>
        </div>
        <div>
          <dt>{t.week}</dt>
          <dd>{formatCount(views.week)}</dd>
        </div>
        <div>
          <dt>{t.total}</dt>
          <dd>{formatCount(views.total)}</dd>
        </div>
      </dl>
    </section>
  );
}
