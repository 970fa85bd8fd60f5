import 'server-only';
import { insertReaderTip } from '@/db/queries/tips';
import { getCommentSettings } from '../comments/settings';
import { findBlockedWord } from '../comments/spam';
import { readRenderToken } from '../comments/token';
import { messages } from '../i18n/messages';
import { mediaStorage } from '../media/storage';
import { prepareTipPhoto, type TipPhotoRefusal } from './photo';
import { fieldErrorsOf, gateMessage, GATE_STATUS, limitWindows, overLimit, patience, refusedOutcome, trapped, type GateOutcome } from '../reader-posts/gate';
import { readerTipSchema } from './validation';

const t = messages.tips;

/** The tip form's token is signed for subject 0: there is one form. */
export const TIP_TOKEN_SUBJECT = 0;

/** The reader-post gate's outcomes (lib/reader-posts/gate.ts). */
export type TipOutcome = Exclude<GateOutcome, { kind: 'sent' }> | { kind: 'sent'; id: number; status: 'new' | 'spam' };

/** Tips waiting in one queue (inbox; suspected spam): a flood cannot bury the inbox. */
export const MAX_WAITING_TIPS = 1000;

const PHOTO_FIELD_ERROR: Record<TipPhotoRefusal, string> = { photoNotImage: t.photoNotImage, photoUnreadable: t.photoUnreadable, photoTooLarge: t.photoTooLarge };

/**
 * A reader's tip, with the comments' abuse controls and their settings (lib/comments/settings.ts):
 * honeypot, the form's render token and minimum time, a burst and hourly limit per address and
 * per contact, the blocklist. A post without a valid token (no JavaScript, or a script) is kept,
 * but held as suspected spam, as comments are.
 */
export async function submitReaderTip(
  raw: Record<string, unknown>,
  photo: Buffer | null,
  ipHash: string,
  now: Date = new Date(),
): Promise<TipOutcome> {
  const parsed = readerTipSchema.safeParse(raw);
  if (!parsed.success) return { kind: 'invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const input = parsed.data;
  const settings = await getCommentSettings();
  if (trapped(settings, input.website)) return { kind: 'trapped' };

  const proof = patience(settings, input.token ? readRenderToken('tip-token', input.token, TIP_TOKEN_SUBJECT, now.getTime()) : null, now);
  if (proof === 'tooFast') return { kind: 'tooFast' };
  const { unproven } = proof;

  const prepared = photo && photo.length ? await prepareTipPhoto(photo, now) : null;
  if (prepared && 'refused' in prepared) return { kind: 'invalid', fieldErrors: { photo: [PHOTO_FIELD_ERROR[prepared.refused]] } };

  const storage = mediaStorage();
  if (prepared) await storage.put(prepared.key, prepared.data);
  let result;
  try {
    result = await insertReaderTip<'burst' | 'hour' | 'full'>({
      values: { name: input.name, contact: input.contact, message: input.message, photoKey: prepared?.key ?? null, photoMime: prepared?.mime ?? null, ipHash },
      ...limitWindows(settings, now),
      decide: (facts) => {
        const limited = overLimit(settings, facts);
        if (limited) return { refuse: limited };
        const blocked =
          settings.blocklist && (facts.blockedContact || facts.blockedIp || findBlockedWord(`${input.name}\n${input.message}`, facts.blockedWords) !== null);
        const spam = unproven || blocked;
        if ((spam ? facts.waitingSpam : facts.waitingNew) >= MAX_WAITING_TIPS) return { refuse: 'full' };
        return { status: spam ? ('spam' as const) : ('new' as const) };
      },
    });
  } catch (error) {
    if (prepared) await storage.delete(prepared.key).catch(() => {});
    throw error;
  }
  if ('refused' in result) {
    if (prepared) await storage.delete(prepared.key).catch(() => {});
    return refusedOutcome(result.refused, settings);
  }
  return { kind: 'sent', id: result.id, status: result.status };
}

/** The Vietnamese sentence a reader sees for an outcome. */
export function tipOutcomeMessage(outcome: TipOutcome): string {
  return gateMessage(outcome, t);
}

export function tipOutcomeStatus(outcome: TipOutcome): number {
  return GATE_STATUS[outcome.kind];
}
