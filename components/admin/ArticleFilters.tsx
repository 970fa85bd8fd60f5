import { messages } from '@/lib/i18n/messages';

type Option = { id: number; name: string };

/** A plain GET form: filters live in the URL, so a filtered list can be bookmarked or shared. */
export function ArticleFilters({
  sections,
  authors,
  current,
}: {
  sections: Option[];
  authors: Option[];
  current: { status: string; sectionId: number | ''; authorId: number | ''; q: string };
}) {
  const t = messages.articles;
  return (
    <form method="get" className="panel admin-form filters">
      <div className="filters__grid">
        <div>
          <label htmlFor="f-q">{t.filterText}</label>
          <input id="f-q" name="q" type="search" defaultValue={current.q} />
        </div>
        <div>
          <label htmlFor="f-status">{t.filterStatus}</label>
          <select id="f-status" name="trang-thai" defaultValue={current.status}>
            <option value="">{messages.admin.all}</option>
            {Object.entries(t.status).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-section">{t.filterSection}</label>
          <select id="f-section" name="chuyen-muc" defaultValue={current.sectionId}>
            <option value="">{messages.admin.all}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-author">{t.filterAuthor}</label>
          <select id="f-author" name="tac-gia" defaultValue={current.authorId}>
            <option value="">{messages.admin.all}</option>
            {authors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
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
