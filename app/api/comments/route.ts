import { messages } from '@/lib/i18n/messages';
import { outcomeMessage, outcomeStatus, submitReaderComment } from '@/lib/comments/submit';
import { readBodyCapped } from '@/lib/media/read-body';
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
    // A comment is a few kB: the body is read up to 64 kB, whatever Content-Length says.
    const body = await readBodyCapped(request, 64 * 1024, { lingerBytes: 8 * 1024 * 1024 });
    if (!body) return Response.json({ ok: false, message: messages.comments.badRequest }, { status: 413 });
    const parsed: unknown = type.includes('application/json')
      ? JSON.parse(new TextDecoder().decode(body))
      : Object.fromEntries((await new Response(body, { headers: { 'content-type': type } }).formData()).entries());
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    raw = parsed as Record<string, unknown>;
  } catch {
    return Response.json({ ok: false, message: messages.comments.badRequest }, { status: 400 });
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
