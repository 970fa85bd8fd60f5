import 'server-only';
import { insertReaderTip } from '@/db/queries/tips';
import { getCommentSettings } from '../comments/settings';
import { findBlockedWord } from '../comments/spam';
import { readRenderToken } from '../comments/token';
import { messages } from '../i18n/messages';
import { mediaStorage } from '../media/storage';
import { prepareTipPhoto, type TipPhotoRefusal } from './photo';
import { readerTipSchema } from './validation';

const t = messages.tips;

/** The tip form's token is signed for subject 0: there is one form. */
export const TIP_TOKEN_SUBJECT = 0;

export type TipOutcome =
  | { kind: 'sent'; id: number; status: 'new' | 'spam' }
  /** The honeypot was filled: answered like a success, nothing stored. */
  | { kind: 'trapped' }
  | { kind: 'invalid'; fieldErrors: Record<string, string[]> }
  | { kind: 'tooFast' }
  | { kind: 'limited'; window: 'burst' | 'hour'; burstSeconds: number; perHour: number }
  | { kind: 'queueFull' };

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
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? '_')] ??= []).push(issue.message);
    return { kind: 'invalid', fieldErrors };
  }
  const input = parsed.data;
  const settings = await getCommentSettings();
  if (settings.honeypot && input.website.trim() !== '') return { kind: 'trapped' };

  const issuedAt = input.token ? readRenderToken('tip-token', input.token, TIP_TOKEN_SUBJECT, now.getTime()) : null;
  if (issuedAt !== null && settings.minSeconds > 0 && now.getTime() - issuedAt < settings.minSeconds * 1000) return { kind: 'tooFast' };
  const unproven = issuedAt === null;

  const prepared = photo && photo.length ? await prepareTipPhoto(photo, now) : null;
  if (prepared && 'refused' in prepared) return { kind: 'invalid', fieldErrors: { photo: [PHOTO_FIELD_ERROR[prepared.refused]] } };

  const storage = mediaStorage();
  if (prepared) await storage.put(prepared.key, prepared.data);
  let result;
  try {
    result = await insertReaderTip<'burst' | 'hour' | 'full'>({
      values: { name: input.name, contact: input.contact, message: input.message, photoKey: prepared?.key ?? null, photoMime: prepared?.mime ?? null, ipHash },
      burstSince: new Date(now.getTime() - settings.burstSeconds * 1000),
      hourSince: new Date(now.getTime() - 3_600_000),
      decide: (facts) => {
        if (settings.burstSeconds > 0 && facts.burst >= 1) return { refuse: 'burst' };
        if (facts.hour >= settings.perHour) return { refuse: 'hour' };
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
    if (result.refused === 'full') return { kind: 'queueFull' };
    return { kind: 'limited', window: result.refused, burstSeconds: settings.burstSeconds, perHour: settings.perHour };
  }
  return { kind: 'sent', id: result.id, status: result.status };
}

/** The Vietnamese sentence a reader sees for an outcome. */
export function tipOutcomeMessage(outcome: TipOutcome): string {
  switch (outcome.kind) {
    case 'sent':
    case 'trapped':
      return t.sent;
    case 'invalid':
      return t.invalid;
    case 'tooFast':
      return t.tooFast;
    case 'limited':
      return outcome.window === 'burst' ? t.rateBurst(outcome.burstSeconds) : t.rateHour(outcome.perHour);
    case 'queueFull':
      return t.queueFull;
  }
}

export function tipOutcomeStatus(outcome: TipOutcome): number {
  return { sent: 201, trapped: 201, invalid: 400, tooFast: 400, limited: 429, queueFull: 429 }[outcome.kind];
}
