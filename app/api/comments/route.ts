import { messages } from '@/lib/i18n/messages';
import { outcomeMessage, outcomeStatus, submitReaderComment } from '@/lib/comments/submit';
import { clientIp, hashIp } from '@/lib/security/ip';
import { resultPage } from './result-page';

export const dynamic = 'force-dynamic';

const SAFE_PATH = /^\/[a-z0-9-]+(\/[a-z0-9-]+)*$/;

/**
 * A reader's comment. The client form posts JSON-accepting fetches and gets JSON back; a plain
 * form post (no JavaScript) is redirected back to the story, or shown what to fix.
 */
export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  let raw: Record<string, unknown>;
  try {
    const type = request.headers.get('content-type') ?? '';
    raw = type.includes('application/json') ? ((await request.json()) as Record<string, unknown>) : Object.fromEntries((await request.formData()).entries());
  } catch {
    return Response.json({ ok: false, message: 'Bad request' }, { status: 400 });
  }
  const back = typeof raw.returnTo === 'string' && SAFE_PATH.test(raw.returnTo) ? raw.returnTo : '/';
  let outcome;
  try {
    outcome = await submitReaderComment(raw, hashIp(clientIp(request.headers)));
  } catch (error) {
    console.error('comment submission failed', error);
    const message = messages.comments.systemError;
    return wantsJson ? Response.json({ ok: false, message }, { status: 500 }) : resultPage({ message, errors: [], back, status: 500 });
  }
  const status = outcomeStatus(outcome);
  const message = outcomeMessage(outcome);
  const ok = outcome.kind === 'sent' || outcome.kind === 'trapped';
  const fieldErrors = outcome.kind === 'invalid' ? outcome.fieldErrors : undefined;
  if (wantsJson) return Response.json({ ok, message, fieldErrors }, { status, headers: { 'Cache-Control': 'no-store' } });
  if (ok) return new Response(null, { status: 303, headers: { Location: `${back}#y-kien-da-gui` } });
  return resultPage({ message, errors: Object.values(fieldErrors ?? {}).flat(), back, status });
}
