import 'server-only';
import { getCommentArticle, getCommentById, insertReaderComment } from '@/db/queries/comments';
import { messages } from '../i18n/messages';
import { closedReason, type ClosedReason } from './closure';
import { getCommentSettings } from './settings';
import { countLinks, findBlockedWord } from './spam';
import { readFormToken } from './token';
import { readerCommentSchema } from './validation';

const t = messages.comments;

export type SubmitOutcome =
  | { kind: 'sent'; id: number; status: 'pending' | 'spam' }
  /** The honeypot was filled: answered like a success, nothing stored. */
  | { kind: 'trapped' }
  | { kind: 'invalid'; fieldErrors: Record<string, string[]> }
  | { kind: 'closed'; reason: ClosedReason; days: number }
  | { kind: 'tooFast' }
  | { kind: 'limited'; window: 'burst' | 'hour'; burstSeconds: number; perHour: number }
  | { kind: 'notFound' };

const DUPLICATE_WINDOW_MS = 7 * 86_400_000;

/**
 * A reader's comment: validated, checked against the story, the abuse controls and the
 * sender's limits; stored as pending, or as spam when a spam rule matches.
 */
export async function submitReaderComment(raw: Record<string, unknown>, ipHash: string, now: Date = new Date()): Promise<SubmitOutcome> {
  const parsed = readerCommentSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? '_')] ??= []).push(issue.message);
    return { kind: 'invalid', fieldErrors };
  }
  const input = parsed.data;
  const settings = await getCommentSettings();
  if (settings.honeypot && input.website.trim() !== '') return { kind: 'trapped' };

  const article = await getCommentArticle({ id: input.articleId });
  if (!article) return { kind: 'notFound' };
  const reason = closedReason(article, settings, now);
  if (reason) return { kind: 'closed', reason, days: settings.autoCloseDays };

  // Without JavaScript there is no token; such posts still meet the honeypot and the limits.
  if (settings.minSeconds > 0 && input.token) {
    const issuedAt = readFormToken(input.token, article.id, now.getTime());
    if (issuedAt === null || now.getTime() - issuedAt < settings.minSeconds * 1000) return { kind: 'tooFast' };
  }

  let parentId: number | null = null;
  if (input.parentId) {
    const parent = await getCommentById({ id: input.parentId });
    if (!parent || parent.articleId !== article.id || parent.status !== 'approved') {
      return { kind: 'invalid', fieldErrors: { body: [t.moderation.notFound] } };
    }
    parentId = parent.id;
  }

  const linksOver = countLinks(input.body) > settings.maxLinks;
  const result = await insertReaderComment<'burst' | 'hour'>({
    values: { articleId: article.id, parentId, name: input.name, email: input.email, body: input.body, ipHash },
    burstSince: new Date(now.getTime() - settings.burstSeconds * 1000),
    hourSince: new Date(now.getTime() - 3_600_000),
    duplicateSince: new Date(now.getTime() - DUPLICATE_WINDOW_MS),
    decide: (facts) => {
      if (settings.burstSeconds > 0 && facts.burst >= 1) return { refuse: 'burst' };
      if (facts.hour >= settings.perHour) return { refuse: 'hour' };
      const blocked =
        settings.blocklist && (facts.blockedEmail || facts.blockedIp || findBlockedWord(`${input.name}\n${input.body}`, facts.blockedWords) !== null);
      const spam = linksOver || blocked || (settings.duplicates && facts.duplicate);
      return { status: spam ? ('spam' as const) : ('pending' as const) };
    },
  });
  if ('refused' in result) return { kind: 'limited', window: result.refused, burstSeconds: settings.burstSeconds, perHour: settings.perHour };
  return { kind: 'sent', id: result.id, status: result.status };
}

/** The Vietnamese sentence a reader sees for an outcome. */
export function outcomeMessage(outcome: SubmitOutcome): string {
  switch (outcome.kind) {
    case 'sent':
    case 'trapped':
      return t.sent;
    case 'invalid':
      return t.invalid;
    case 'closed':
      return messages.comments.closed(outcome.reason, outcome.days);
    case 'tooFast':
      return t.tooFast;
    case 'limited':
      return outcome.window === 'burst' ? t.rateBurst(outcome.burstSeconds) : t.rateHour(outcome.perHour);
    case 'notFound':
      return t.closedNotPublic;
  }
}

export function outcomeStatus(outcome: SubmitOutcome): number {
  return { sent: 201, trapped: 201, invalid: 400, closed: 403, tooFast: 400, limited: 429, notFound: 404 }[outcome.kind];
}
