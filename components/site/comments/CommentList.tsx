import type { PublicComment, PublicThread } from '@/lib/comments/public';
import { formatShortDate } from '@/lib/format/dates';
import { messages } from '@/lib/i18n/messages';

const t = messages.comments;

function timeLabel(iso: string): string {
  // Absolute on the cached page; the form's script turns recent ones into "5 phút trước".
  const time = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return `${time} ${formatShortDate(iso)}`;
}

function CommentItem({ comment, canReply }: { comment: PublicComment; canReply: boolean }) {
  return (
    <article className={`comment${comment.staff ? ' comment--staff' : ''}`} id={`y-kien-${comment.id}`}>
      <p className="comment__meta">
        <span className="comment__name">{comment.staff ? t.newsroom : comment.name}</span>
        {comment.staff ? <span className="comment__badge">{t.newsroomBadge}</span> : null}
        {comment.replyTo ? <span className="comment__reply-to">{t.replyTo(comment.replyTo)}</span> : null}
        <time className="comment__time" dateTime={comment.createdAt} data-relative="">
          {timeLabel(comment.createdAt)}
        </time>
      </p>
      {/* Text only: React escapes it, white-space keeps the line breaks, nothing becomes a link. */}
      <p className="comment__body">{comment.body}</p>
      {canReply ? (
        <a className="comment__reply" href="#y-kien-form" data-reply-id={comment.id} data-reply-name={comment.staff ? t.newsroom : comment.name}>
          {t.reply}
        </a>
      ) : null}
    </article>
  );
}

export function CommentList({ threads, canReply }: { threads: PublicThread[]; canReply: boolean }) {
  if (!threads.length) return null;
  return (
    <ol className="comment-list">
      {threads.map((thread) => (
        <li key={thread.id}>
          <CommentItem comment={thread} canReply={canReply} />
          {thread.replies.length ? (
            <ol className="comment-list comment-list--replies">
              {thread.replies.map((reply) => (
                <li key={reply.id}>
                  <CommentItem comment={reply} canReply={canReply} />
                </li>
              ))}
            </ol>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
