import { messages } from '@/lib/i18n/messages';

/** Where readers' comments and the comment form go (see the comments issue). */
export function CommentsPlace({ article }: { article: { id: number; commentsClosed: boolean } }) {
  return (
    <section className="comments" aria-labelledby={`comments-${article.id}`}>
      <h2 id={`comments-${article.id}`} className="rail__heading">
        {messages.site.commentsHeading}
      </h2>
    </section>
  );
}
