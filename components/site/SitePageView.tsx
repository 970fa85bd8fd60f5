import type { PublicPage } from '@/db/queries/pages';
import { RichText } from './RichText';

/** A newsroom page (Giới thiệu, Liên hệ…), at /trang/{slug} or, at the top level, /{slug}. */
export function SitePageView({ page }: { page: PublicPage }) {
  return (
    <article className="article site-page">
      <h1 className="article__title">{page.title}</h1>
      <RichText doc={page.body} />
    </article>
  );
}
