import { HotLink } from './HotLink';
import { messages } from '@/lib/i18n/messages';

export function NotFoundMessage() {
  const t = messages.notFound;
  return (
    <section className="not-found">
      <h1 className="page-heading">{t.title}</h1>
      <p>{t.body}</p>
      <form action="/tim-kiem" method="get" role="search" className="search-form">
        <label htmlFor="not-found-search" className="visually-hidden">
          {messages.searchPage.label}
        </label>
        <input id="not-found-search" name="q" type="search" placeholder={messages.site.searchPlaceholder} />
        <button type="submit">{messages.site.searchSubmit}</button>
      </form>
      <p className="not-found__links">
        <HotLink href="/" className="pager__link">
          {t.home}
        </HotLink>
      </p>
    </section>
  );
}
