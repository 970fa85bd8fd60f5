import { getCommentArticle } from '@/db/queries/comments';
import { closedReason } from '@/lib/comments/closure';
import { getCommentSettings } from '@/lib/comments/settings';
import { signFormToken } from '@/lib/comments/token';
import { messages } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

/** The comment form's signed render time, and whether the story still takes comments. */
export async function GET(request: Request) {
  const articleId = Number(new URL(request.url).searchParams.get('articleId'));
  const headers = { 'Cache-Control': 'no-store' };
  if (!Number.isInteger(articleId) || articleId <= 0) return Response.json({ error: 'bad articleId' }, { status: 400, headers });
  const [article, settings] = await Promise.all([getCommentArticle({ id: articleId }), getCommentSettings()]);
  if (!article) return Response.json({ error: 'no such story' }, { status: 404, headers });
  const reason = closedReason(article, settings);
  if (reason) {
    const message = messages.comments.closed(reason, settings.autoCloseDays);
    return Response.json({ closed: reason, message }, { headers });
  }
  return Response.json({ token: signFormToken(article.id), minSeconds: settings.minSeconds }, { headers });
}
