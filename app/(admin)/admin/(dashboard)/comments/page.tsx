import type { Metadata } from 'next';
import Link from 'next/link';
import { CommentFilters } from '@/components/admin/comments/CommentFilters';
import { ModerationQueue } from '@/components/admin/comments/ModerationQueue';
import { StoryCommentsToggle } from '@/components/admin/comments/StoryCommentsToggle';
import { can } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { COMMENT_STATUSES, loadQueue, queueHref } from '@/lib/comments/queue';
import { messages } from '@/lib/i18n/messages';

const t = messages.comments.moderation;

export const metadata: Metadata = { title: t.title };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CommentsModerationPage({ searchParams }: Props) {
  const user = await requirePageUser('comment.moderate', '/admin/comments');
  const queue = await loadQueue(await searchParams);
  return (
    <>
      <div className="button-row" style={{ justifyContent: 'space-between' }}>
        <h1>{t.title}</h1>
        <Link href="/admin/comments/settings" className="button">
          {t.settingsLink}
        </Link>
      </div>
      <nav aria-label={t.tabsLabel} className="button-row" style={{ marginBottom: 12 }}>
        {COMMENT_STATUSES.map((status) => (
          <Link
            key={status}
            href={queueHref(status, queue.filter)}
            className={`button${status === queue.status ? ' button--primary' : ''}`}
            aria-current={status === queue.status ? 'page' : undefined}
          >
            {t.tabs[status]} <span className="badge">{queue.counts[status]}</span>
          </Link>
        ))}
      </nav>
      <CommentFilters status={queue.status} stories={queue.stories} current={queue.filter} />
      {queue.story && can(user.role, 'article.editAny') ? <StoryCommentsToggle articleId={queue.story.id} title={queue.story.title} closed={queue.story.closed} /> : null}
      <ModerationQueue key={`${queue.status}-${queue.filter.articleId ?? ''}-${queue.filter.q}`} status={queue.status} items={queue.items} />
    </>
  );
}
