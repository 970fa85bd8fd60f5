import { getCommentThreads } from '@/lib/comments/public';
import { messages } from '@/lib/i18n/messages';
import { articlePath } from '@/lib/site/routes';
import { CommentForm } from './comments/CommentForm';
import { formLabels } from './comments/labels';
import { CommentList } from './comments/CommentList';

const t = messages.comments;

/** A story's approved comments, oldest first, and the form (or why it is closed). */
export async function CommentsPlace({ article }: { article: { id: number; slug: string; section: { slug: string } } }) {
  const { count, threads, closed, autoCloseDays } = await getCommentThreads(article.id);
  const closedText = closed ? messages.comments.closed(closed, autoCloseDays) : null;
  return (
    <section className="comments" id="y-kien" aria-labelledby={`comments-${article.id}`}>
      <h2 id={`comments-${article.id}`} className="rail__heading">
        {t.heading} <span className="comments__count">({t.count(count)})</span>
      </h2>
      <CommentList threads={threads} canReply={!closed} />
      <p id="y-kien-da-gui" className="comments__sent" role="status" tabIndex={-1}>
        {t.sent}
      </p>
      {closedText ? (
        <p className="comments__closed">{closedText}</p>
      ) : (
        <CommentForm articleId={article.id} labels={formLabels} returnTo={articlePath({ sectionSlug: article.section.slug, slug: article.slug })} />
      )}
    </section>
  );
}
