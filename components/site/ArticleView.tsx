import { HotLink } from './HotLink';
import { ArchiveLink } from './ArchiveLink';
import type { ArticleAuthor, ArticleCard, PublicArticle } from '@/db/queries/public-articles';
import { formatDateLine, formatShortDate } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';
import { absoluteUrl, articlePath, authorPath, sectionPath, tagPath } from '@/lib/site/routes';
import { NewsImage } from './NewsImage';
import { RichText } from './RichText';
import { ShareBar } from './share/ShareBar';
import { StoryCard } from './StoryCard';
import { MostRead } from './views/MostRead';

/**
 * The credit line (`Bài, ảnh: Ngô Tuấn Anh`) with the names of staff authors linked to their
 * pages; staff authors the credit line does not name follow it.
 */
function Byline({ creditLine, authors }: { creditLine: string; authors: ArticleAuthor[] }) {
  const named = authors.filter((a) => creditLine.includes(a.name));
  const others = authors.filter((a) => !creditLine.includes(a.name));
  const parts: React.ReactNode[] = [];
  let rest = creditLine;
  for (const author of [...named].sort((a, b) => creditLine.indexOf(a.name) - creditLine.indexOf(b.name))) {
    const at = rest.indexOf(author.name);
    if (at < 0) continue;
    parts.push(rest.slice(0, at));
    parts.push(
      <ArchiveLink key={author.id} href={authorPath(author.slug)} rel="author">
        {author.name}
      </ArchiveLink>,
    );
    rest = rest.slice(at + author.name.length);
  }
  parts.push(rest);
  return (
    <p className="article__byline">
      {creditLine ? <span className="article__credit">{parts}</span> : null}
      {others.length ? (
        <span className="article__authors">
          {creditLine ? ' · ' : ''}
          {messages.site.writtenBy}:{' '}
          {others.map((author, i) => (
            <span key={author.id}>
              {i > 0 ? ', ' : ''}
              <ArchiveLink href={authorPath(author.slug)} rel="author">
                {author.name}
              </ArchiveLink>
            </span>
          ))}
        </span>
      ) : null}
    </p>
  );
}

/**
 * A story as readers see it, in the seed's order: section label, headline, date line, sapo,
 * featured figure, body, credit line and authors, tags, related stories, latest news.
 */
export function ArticleView({
  article,
  related,
  latest,
  mostRead = [],
  comments,
}: {
  article: PublicArticle;
  related: ArticleCard[];
  latest: ArticleCard[];
  mostRead?: ArticleCard[];
  comments?: React.ReactNode;
}) {
  const t = messages.site;
  const url = absoluteUrl(articlePath({ sectionSlug: article.section.slug, slug: article.slug }));
  return (
    <div className="article-layout">
      <article className="article">
        <p className="article__section">
          <HotLink href={sectionPath(article.section.slug)}>{article.section.name}</HotLink>
        </p>
        <h1 className="article__title">{article.title}</h1>
        <p className="article__date">
          <time dateTime={article.publishedAt}>{formatDateLine(article.publishedAt)}</time>
        </p>
        <ShareBar url={url} title={article.title} place="top" />
        {article.sapo ? <p className="article__sapo">{article.sapo}</p> : null}
        {article.image ? (
          <figure className="figure figure--featured">
            <NewsImage image={article.image} sizes="(min-width: 760px) 720px, 100vw" priority />
            {article.image.caption || article.image.credit ? (
              <figcaption>
                {article.image.caption}
                {article.image.credit ? <span className="figure__credit"> {article.image.credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <RichText doc={article.body} />
        {article.creditLine || article.authors.length ? <Byline creditLine={article.creditLine} authors={article.authors} /> : null}
        {article.corrections.length ? (
          <aside className="article__corrections" aria-label={t.corrections}>
            {article.corrections.map((c) => (
              <p key={c.createdAt}>
                <strong>{t.correctionNote(formatShortDate(c.createdAt))}:</strong> {c.note}
              </p>
            ))}
          </aside>
        ) : null}
        {article.tags.length ? (
          <nav className="article__tags" aria-label="Tag">
            <span className="article__tags-label">{t.tagLabel}</span>
            <ul>
              {article.tags.map((tag) => (
                <li key={tag.id}>
                  <ArchiveLink href={tagPath(tag.slug)}>{tag.name}</ArchiveLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <ShareBar url={url} title={article.title} place="bottom" />
      </article>
      <aside className="article-aside">
        {related.length ? (
          <section aria-labelledby="related-heading" className="rail">
            <h2 id="related-heading" className="rail__heading">
              {t.related}
            </h2>
            <ul className="rail__list">
              {related.map((story) => (
                <li key={story.id}>
                  <StoryCard story={story} variant="compact" showSection={false} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <MostRead stories={mostRead} excludeId={article.id} />
        <section aria-labelledby="latest-heading" className="rail">
          <h2 id="latest-heading" className="rail__heading">
            {t.latestNews}
          </h2>
          <ul className="rail__list">
            {latest.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} variant="compact" />
              </li>
            ))}
          </ul>
        </section>
      </aside>
      {comments ? <div className="article-comments">{comments}</div> : null}
    </div>
  );
}
