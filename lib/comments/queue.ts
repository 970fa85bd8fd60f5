import 'server-only';
import { countCommentsByStatus, listCommentedStories, listModerationComments } from '@/db/queries/comments-moderation';
import { getCommentArticle, type CommentStatus } from '@/db/queries/comments';
import { formatDateTimeLine } from '../format/dates';
import { one, param } from '../site/query';
import { articlePath } from '../site/routes';

export const COMMENT_STATUSES: CommentStatus[] = ['pending', 'approved', 'rejected', 'spam'];
const PAGE = 100;

export type QueueItem = {
  id: number;
  articleId: number;
  articleTitle: string;
  articleHref: string;
  name: string;
  email: string;
  body: string;
  staff: boolean;
  parentName: string | null;
  time: string;
  approvedBefore: number;
};

/** The moderation page's data from its query string: `trang-thai`, `bai` (story id), `q`. */
export async function loadQueue(params: Record<string, string | string[] | undefined>) {
  const raw = param(params, 'trang-thai') ?? '';
  const status: CommentStatus = (COMMENT_STATUSES as string[]).includes(raw) ? (raw as CommentStatus) : 'pending';
  const articleId = Number(one(params.bai)) || undefined;
  const q = (one(params.q) ?? '').trim().slice(0, 200) || undefined;
  const filter = { articleId, q };
  const [counts, rows, stories, article] = await Promise.all([
    countCommentsByStatus(filter),
    listModerationComments({ status, limit: PAGE, ...filter }),
    listCommentedStories({ limit: 200 }),
    articleId ? getCommentArticle({ id: articleId }) : Promise.resolve(null),
  ]);
  const items: QueueItem[] = rows.map((r) => ({
    id: r.id,
    articleId: r.articleId,
    articleTitle: r.articleTitle,
    articleHref: articlePath({ sectionSlug: r.sectionSlug, slug: r.articleSlug }),
    name: r.name,
    email: r.email,
    body: r.body,
    staff: r.staff,
    parentName: r.parentName,
    time: formatDateTimeLine(r.createdAt),
    approvedBefore: r.approvedBefore,
  }));
  const story = article ? { id: article.id, title: article.title, closed: article.commentsClosed } : null;
  return { status, filter: { articleId, q: q ?? '' }, counts, items, stories, story, truncated: rows.length === PAGE };
}

export function queueHref(status: CommentStatus, filter: { articleId?: number; q?: string }): string {
  const search = new URLSearchParams({ 'trang-thai': status });
  if (filter.articleId) search.set('bai', String(filter.articleId));
  if (filter.q) search.set('q', filter.q);
  return `/admin/comments?${search}`;
}
