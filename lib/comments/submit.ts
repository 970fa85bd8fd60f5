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
  /** The story already has MAX_WAITING_PER_STORY comments waiting in that queue. */
  | { kind: 'queueFull' }
  | { kind: 'notFound' };

const DUPLICATE_WINDOW_MS = 7 * 86_400_000;
/** Waiting comments per story and queue (pending; suspected spam): a flood cannot bury the queue. */
export const MAX_WAITING_PER_STORY = 200;

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

  // The form's render token proves a person had the page open for minSeconds. A post without a
  // valid one (a reader without JavaScript, or a script) is accepted but held as suspected spam.
  const issuedAt = input.token ? readFormToken(input.token, article.id, now.getTime()) : null;
  if (issuedAt !== null && settings.minSeconds > 0 && now.getTime() - issuedAt < settings.minSeconds * 1000) return { kind: 'tooFast' };
  const unproven = issuedAt === null;

  let parentId: number | null = null;
  if (input.parentId) {
    const parent = await getCommentById({ id: input.parentId });
    if (!parent || parent.articleId !== article.id || parent.status !== 'approved') {
      return { kind: 'invalid', fieldErrors: { body: [t.moderation.notFound] } };
    }
    parentId = parent.id;
  }

  const linksOver = countLinks(input.body) > settings.maxLinks;
  const result = await insertReaderComment<'burst' | 'hour' | 'full'>({
    values: { articleId: article.id, parentId, name: input.name, email: input.email, body: input.body, ipHash },
    burstSince: new Date(now.getTime() - settings.burstSeconds * 1000),
    hourSince: new Date(now.getTime() - 3_600_000),
    duplicateSince: new Date(now.getTime() - DUPLICATE_WINDOW_MS),
    decide: (facts) => {
      if (settings.burstSeconds > 0 && facts.burst >= 1) return { refuse: 'burst' };
      if (facts.hour >= settings.perHour) return { refuse: 'hour' };
      const blocked =
        settings.blocklist && (facts.blockedEmail || facts.blockedIp || findBlockedWord(`${input.name}\n${input.body}`, facts.blockedWords) !== null);
      const spam = unproven || linksOver || blocked || (settings.duplicates && facts.duplicate);
      if ((spam ? facts.storySpam : facts.storyPending) >= MAX_WAITING_PER_STORY) return { refuse: 'full' };
      return { status: spam ? ('spam' as const) : ('pending' as const) };
    },
  });
  if ('refused' in result) {
    if (result.refused === 'full') return { kind: 'queueFull' };
    return { kind: 'limited', window: result.refused, burstSeconds: settings.burstSeconds, perHour: settings.perHour };
  }
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
    case 'queueFull':
      return t.queueFull;
  }
}

export function outcomeStatus(outcome: SubmitOutcome): number {
  return { sent: 201, trapped: 201, invalid: 400, closed: 403, tooFast: 400, limited: 429, queueFull: 429, notFound: 404 }[outcome.kind];
}
