import { getCommentArticle } from '@/db/queries/comments';
import { closedReason } from '@/lib/comments/closure';
import { getCommentSettings } from '@/lib/comments/settings';
import { signFormToken } from '@/lib/comments/token';
import { messages } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

/** The comment form's signed render time, and whether the story still takes comments. */
export async function GET(request: Request) {
  const raw = new URL(request.url).searchParams.get('articleId') ?? '';
  const headers = { 'Cache-Control': 'no-store' };
  // A story id as PostgreSQL's integer holds it; anything else would fail the query, not the reader.
  const articleId = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  if (!(articleId <= 2_147_483_647)) return Response.json({ error: messages.comments.badRequest }, { status: 400, headers });
  const [article, settings] = await Promise.all([getCommentArticle({ id: articleId }), getCommentSettings()]);
  if (!article) return Response.json({ error: messages.comments.storyNotFound }, { status: 404, headers });
  const reason = closedReason(article, settings);
  if (reason) {
    const message = messages.comments.closed(reason, settings.autoCloseDays);
    return Response.json({ closed: reason, message }, { headers });
  }
  return Response.json({ token: signFormToken(article.id), minSeconds: settings.minSeconds }, { headers });
}
