import { ArchiveLink } from '@/components/site/ArchiveLink';
import { SearchSnippet } from '@/components/site/SearchSnippet';
import { StoryCard } from '@/components/site/StoryCard';
import { getSections } from '@/lib/articles/public';
import { messages } from '@/lib/i18n/messages';
import { searchArticles } from '@/lib/search/articles';
import type { SearchParams } from '@/lib/site/query';
import { searchPath } from '@/lib/site/routes';

/** The search page: the form with the reader's query and filters, and one page of results (`fresh`: see searchArticles). */
export async function SearchView({ params, fresh = false }: { params: SearchParams; fresh?: boolean }) {
  const [results, sections] = await Promise.all([searchArticles(params, { fresh }), getSections()]);
  const { filters } = results;
  const t = messages.searchPage;
  return (
    <>
      <h1 className="page-heading">{results.text ? t.resultsFor(results.text) : t.title}</h1>
      <form action="/tim-kiem" method="get" role="search" className="search-page-form">
        <div className="search-form">
          <label htmlFor="search-page-q" className="visually-hidden">
            {t.label}
          </label>
          <input id="search-page-q" name="q" type="search" defaultValue={results.text} placeholder={messages.site.searchPlaceholder} />
          <button type="submit">{messages.site.searchSubmit}</button>
        </div>
        <fieldset className="search-filters">
          <legend>{t.filters}</legend>
          <label>
            {t.section}
            <select name="chuyen-muc" defaultValue={filters.section}>
              <option value="">{t.allSections}</option>
              {sections.map((s) => (
                <option key={s.id} value={s.slug}>
                  {s.parentId ? `– ${s.name}` : s.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.from}
            <input type="date" name="tu-ngay" defaultValue={filters.from} />
          </label>
          <label>
            {t.to}
            <input type="date" name="den-ngay" defaultValue={filters.to} />
          </label>
          <button type="submit">{t.apply}</button>
        </fieldset>
      </form>
      {results.truncated ? <p className="notice">{t.tooLong}</p> : null}
      {results.badDates ? (
        <p className="notice" role="alert">
          {t.badDates}
        </p>
      ) : null}
      {!results.text ? (
        <p className="page-intro">{t.prompt}</p>
      ) : results.hits.length ? (
        <>
          <ul className="story-list">
            {results.hits.map((hit) => (
              <li key={hit.id}>
                <StoryCard story={hit} headingLevel={2} summary={<SearchSnippet segments={hit.snippet} />} />
              </li>
            ))}
          </ul>
          {results.nextCursor ? (
            <nav className="pager" aria-label={t.more}>
              <ArchiveLink href={searchPath(results.text, { ...filters, cursor: results.nextCursor })} className="pager__link pager__link--next" rel="next">
                {t.more} →
              </ArchiveLink>
            </nav>
          ) : null}
        </>
      ) : (
        <p className="empty">{t.none(results.text)}</p>
      )}
    </>
  );
}
