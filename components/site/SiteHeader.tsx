import Link from 'next/link';
import type { SectionRef } from '@/db/queries/taxonomy';
import { messages } from '@/lib/i18n/messages';
import { sectionPath } from '@/lib/site/routes';

/** Masthead, section navigation and the search box; no client JavaScript. */
export function SiteHeader({ paperName, tagline, sections }: { paperName: string; tagline: string; sections: SectionRef[] }) {
  const t = messages.site;
  const topLevel = sections.filter((s) => s.parentId === null);
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link href="/" className="site-header__brand">
          <span className="site-header__name">{paperName}</span>
          <span className="site-header__tagline">{tagline}</span>
        </Link>
        <form action="/tim-kiem" method="get" role="search" className="search-box">
          <label htmlFor="site-search" className="visually-hidden">
            {t.search}
          </label>
          <input id="site-search" name="q" type="search" placeholder={t.searchPlaceholder} autoComplete="off" />
          <button type="submit">{t.searchSubmit}</button>
        </form>
      </div>
      <nav aria-label={t.mainNav} className="section-nav">
        <ul>
          <li>
            <Link href="/">{t.home}</Link>
          </li>
          {topLevel.map((section) => (
            <li key={section.id}>
              <Link href={sectionPath(section.slug)}>{section.name}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
