import { getCommentArticle } from '@/db/queries/comments';
import { closedReason } from '@/lib/comments/closure';
import { getCommentSettings } from '@/lib/comments/settings';
import { signFormToken } from '@/lib/comments/token';
import { commentMessages as t } from '@/lib/i18n/vi/comments';

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
    const message = reason === 'editor' ? t.closedByEditor : reason === 'age' ? t.closedByAge(settings.autoCloseDays) : t.closedNotPublic;
    return Response.json({ closed: reason, message }, { headers });
  }
  return Response.json({ token: signFormToken(article.id), minSeconds: settings.minSeconds }, { headers });
}
