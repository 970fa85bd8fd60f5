import 'server-only';
import { unstable_cache } from 'next/cache';
import { getCommentArticle, listApprovedComments, type PublicCommentRow } from '@/db/queries/comments';
import { cacheTags } from '../cache/tags';
import { closedReason, type ClosedReason } from './closure';
import { getCommentSettings } from './settings';

/* What readers see of a story's comments: cached under `article-comments:<id>` (and the settings). */

export type PublicComment = { id: number; name: string; body: string; staff: boolean; createdAt: string; replyTo: string | null };
export type PublicThread = PublicComment & { replies: PublicComment[] };
export type CommentThreads = { count: number; threads: PublicThread[]; closed: ClosedReason | null; autoCloseDays: number };

/** One level of replies: a reply to a reply hangs under the first comment and names whom it answers. */
export function threadComments(rows: PublicCommentRow[]): PublicThread[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rootOf = (row: PublicCommentRow): PublicCommentRow | null => {
    let current = row;
    for (let depth = 0; current.parentId !== null && depth < 50; depth++) {
      const parent = byId.get(current.parentId);
      if (!parent) return null; // its parent is not public: neither is the reply
      current = parent;
    }
    return current;
  };
  const threads = new Map<number, PublicThread>();
  const toPublic = (r: PublicCommentRow, replyTo: string | null): PublicComment => ({
    id: r.id,
    name: r.name,
    body: r.body,
    staff: r.staff,
    createdAt: new Date(r.createdAt).toISOString(),
    replyTo,
  });
  for (const row of rows) {
    if (row.parentId === null) threads.set(row.id, { ...toPublic(row, null), replies: [] });
  }
  for (const row of rows) {
    if (row.parentId === null) continue;
    const root = rootOf(row);
    const thread = root ? threads.get(root.id) : undefined;
    if (thread) thread.replies.push(toPublic(row, byId.get(row.parentId)?.name ?? null));
  }
  return [...threads.values()];
}

async function loadThreads(articleId: number): Promise<CommentThreads> {
  const [rows, article, settings] = await Promise.all([listApprovedComments({ articleId }), getCommentArticle({ id: articleId }), getCommentSettings()]);
  const threads = threadComments(rows);
  const count = threads.reduce((n, t) => n + 1 + t.replies.length, 0);
  return { count, threads, closed: article ? closedReason(article, settings) : 'notPublic', autoCloseDays: settings.autoCloseDays };
}

export function getCommentThreads(articleId: number): Promise<CommentThreads> {
  return unstable_cache(() => loadThreads(articleId), ['comment-threads', String(articleId)], {
    tags: [cacheTags.articleComments(articleId), cacheTags.settings],
  })();
}
