import { messages } from '@/lib/i18n/messages';

const t = messages.comments.moderation;

/** Story and text filters: a plain GET form, so the filtered queue has its own address. */
export function CommentFilters({ status, stories, current }: { status: string; stories: { id: number; title: string }[]; current: { articleId?: number; q: string } }) {
  return (
    <form className="panel admin-form filters" method="get" action="/admin/comments" role="search">
      <input type="hidden" name="trang-thai" value={status} />
      <div className="filters__grid">
        <div className="admin-form">
          <label htmlFor="comment-filter-story">{messages.comments.moderation.colStory}</label>
          <select id="comment-filter-story" name="bai" defaultValue={current.articleId ? String(current.articleId) : ''}>
            <option value="">{messages.admin.all}</option>
            {stories.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </div>
        <div className="admin-form">
          <label htmlFor="comment-filter-q">{t.filterText}</label>
          <input id="comment-filter-q" type="search" name="q" defaultValue={current.q} />
        </div>
      </div>
      <div>
        <button type="submit" className="button">
          {messages.admin.filter}
        </button>
      </div>
    </form>
  );
}
