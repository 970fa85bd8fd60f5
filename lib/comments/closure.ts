import type { CommentSettings } from './settings';

export type ClosedReason = 'editor' | 'age' | 'notPublic';

/** Why a story takes no more comments, or null when it does. */
export function closedReason(
  article: { commentsClosed: boolean; publishedAt: Date | string | null; isPublic?: boolean },
  settings: Pick<CommentSettings, 'autoCloseDays'>,
  now: Date = new Date(),
): ClosedReason | null {
  if (article.isPublic === false) return 'notPublic';
  if (article.commentsClosed) return 'editor';
  if (settings.autoCloseDays > 0 && article.publishedAt) {
    const ageDays = (now.getTime() - new Date(article.publishedAt).getTime()) / 86_400_000;
    if (ageDays > settings.autoCloseDays) return 'age';
  }
  return null;
}
