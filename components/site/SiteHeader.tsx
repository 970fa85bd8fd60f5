import { HotLink } from './HotLink';
import type { SectionRef } from '@/db/queries/taxonomy';
import { messages } from '@/lib/i18n/messages';
import { sectionPath } from '@/lib/site/routes';

function SearchForm({ id, className }: { id: string; className: string }) {
  const t = messages.site;
  return (
    <form action="/tim-kiem" method="get" role="search" className={className}>
      <label htmlFor={id} className="visually-hidden">
        {t.search}
      </label>
      <input id={id} name="q" type="search" placeholder={t.searchPlaceholder} autoComplete="off" />
      <button type="submit">{t.searchSubmit}</button>
    </form>
  );
}

/**
 * Masthead, section navigation and search; no client JavaScript. On phones the header is one
 * compact row (name and a search icon) above one scrolling row of sections.
 */
export function SiteHeader({ paperName, tagline, sections }: { paperName: string; tagline: string; sections: SectionRef[] }) {
  const t = messages.site;
  const topLevel = sections.filter((s) => s.parentId === null);
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <HotLink href="/" className="site-header__brand">
          <span className="site-header__name">{paperName}</span>
          <span className="site-header__tagline">{tagline}</span>
        </HotLink>
        <SearchForm id="site-search" className="search-box search-box--wide" />
        {/* Phones: a search icon that opens the field, so the story starts high on the first screen. */}
        <details className="search-toggle">
          <summary aria-label={t.search} title={t.search}>
            <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2">
              <circle cx="10.5" cy="10.5" r="6.5" />
              <path d="M15.5 15.5 21 21" strokeLinecap="round" />
            </svg>
          </summary>
          <SearchForm id="site-search-phone" className="search-box search-box--phone" />
        </details>
      </div>
      <nav aria-label={t.mainNav} className="section-nav">
        <ul>
          <li>
            <HotLink href="/">{t.home}</HotLink>
          </li>
          {topLevel.map((section) => (
            <li key={section.id}>
              <HotLink href={sectionPath(section.slug)}>{section.name}</HotLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
