import { resultPage } from '@/app/api/comments/result-page';
import { messages } from '@/lib/i18n/messages';
import { readBodyCapped } from '@/lib/media/read-body';
import { clientIp, hashIp } from '@/lib/security/ip';
import { TIP_FORM_PATH } from '@/lib/site/routes';
import { TIP_PHOTO_MAX_BYTES } from '@/lib/tips/photo';
import { submitReaderTip, tipOutcomeMessage, tipOutcomeStatus, type TipOutcome } from '@/lib/tips/submit';

export const dynamic = 'force-dynamic';

const t = messages.tips;
/** The photo's cap plus room for the text fields and the multipart framing. */
const MAX_BODY_BYTES = TIP_PHOTO_MAX_BYTES + 64 * 1024;
const TEXT_FIELDS = ['name', 'contact', 'message', 'website', 'token'] as const;

function refusal(wantsJson: boolean, message: string, status: number, errors: string[] = []) {
  if (wantsJson) return Response.json({ ok: false, message }, { status, headers: { 'Cache-Control': 'no-store' } });
  return resultPage({ message, errors, back: TIP_FORM_PATH, status, title: t.resultTitle, backLabel: t.back, anchor: '' });
}

/**
 * A reader's tip, as multipart form data (a photo may come with it). The tip form's fetch gets JSON
 * back; a plain form post (no JavaScript) is redirected to the form's thank-you, or shown what to fix.
 */
export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const type = request.headers.get('content-type') ?? '';
  if (!type.includes('multipart/form-data') && !type.includes('application/x-www-form-urlencoded')) return refusal(wantsJson, t.badRequest, 400);
  // Read up to the cap whatever Content-Length says; a little past it is drained so that the
  // sender hears the 413 instead of a reset connection.
  const body = await readBodyCapped(request, MAX_BODY_BYTES, { lingerBytes: 8 * 1024 * 1024 }).catch(() => null);
  if (!body) return refusal(wantsJson, t.tooLarge, 413);
  const raw: Record<string, unknown> = {};
  let photo: Buffer | null = null;
  try {
    const form = await new Response(body, { headers: { 'content-type': type } }).formData();
    for (const name of TEXT_FIELDS) {
      const value = form.get(name);
      if (typeof value === 'string') raw[name] = value;
    }
    const file = form.get('photo');
    if (file && typeof file !== 'string' && file.size > 0) photo = Buffer.from(await file.arrayBuffer());
  } catch {
    return refusal(wantsJson, t.badRequest, 400);
  }
  let outcome: TipOutcome;
  try {
    outcome = await submitReaderTip(raw, photo, hashIp(clientIp(request.headers)));
  } catch (error) {
    console.error('tip submission failed', error);
    return refusal(wantsJson, t.systemError, 500);
  }
  const status = tipOutcomeStatus(outcome);
  const message = tipOutcomeMessage(outcome);
  const ok = outcome.kind === 'sent' || outcome.kind === 'trapped';
  const fieldErrors = outcome.kind === 'invalid' ? outcome.fieldErrors : undefined;
  if (wantsJson) return Response.json({ ok, message, fieldErrors }, { status, headers: { 'Cache-Control': 'no-store' } });
  if (ok) return new Response(null, { status: 303, headers: { Location: `${TIP_FORM_PATH}?da-gui=1` } });
  return refusal(false, message, status, Object.values(fieldErrors ?? {}).flat());
}
