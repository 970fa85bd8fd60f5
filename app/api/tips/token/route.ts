import { getCommentSettings } from '@/lib/comments/settings';
import { signRenderToken } from '@/lib/comments/token';
import { TIP_TOKEN_SUBJECT } from '@/lib/tips/submit';

export const dynamic = 'force-dynamic';

/** The tip form's signed render time (the comments' minimum time applies). */
export async function GET() {
  const settings = await getCommentSettings();
  return Response.json({ token: signRenderToken('tip-token', TIP_TOKEN_SUBJECT), minSeconds: settings.minSeconds }, { headers: { 'Cache-Control': 'no-store' } });
}
