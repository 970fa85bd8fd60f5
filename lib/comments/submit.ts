import 'server-only';
import { getCommentArticle, getCommentById, insertReaderComment } from '@/db/queries/comments';
import { getDb } from '@/db/client';
import { countPendingComments } from '@/db/queries/comments-moderation';
import { messages } from '../i18n/messages';
import { deliverSoon } from '../mail/outbox';
import { COMMENT_QUEUE_ALERT, notifyCommentQueue } from '../notifications/notify';
import { closedReason, type ClosedReason } from './closure';
import { getCommentSettings } from './settings';
import { countLinks, findBlockedWord } from './spam';
import { readFormToken } from './token';
import { fieldErrorsOf, gateMessage, GATE_STATUS, limitWindows, overLimit, patience, refusedOutcome, trapped, type GateOutcome } from '../reader-posts/gate';
import { readerCommentSchema } from './validation';

const t = messages.comments;

/** The reader-post gate's outcomes (lib/reader-posts/gate.ts), plus a story that takes no comments. */
export type SubmitOutcome =
  | Exclude<GateOutcome, { kind: 'sent' }>
  | { kind: 'sent'; id: number; status: 'pending' | 'spam' }
  | { kind: 'closed'; reason: ClosedReason; days: number }
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
  if (!parsed.success) return { kind: 'invalid', fieldErrors: fieldErrorsOf(parsed.error.issues) };
  const input = parsed.data;
  const settings = await getCommentSettings();
  if (trapped(settings, input.website)) return { kind: 'trapped' };

  const article = await getCommentArticle({ id: input.articleId });
  if (!article) return { kind: 'notFound' };
  const reason = closedReason(article, settings, now);
  if (reason) return { kind: 'closed', reason, days: settings.autoCloseDays };

  const proof = patience(settings, input.token ? readFormToken(input.token, article.id, now.getTime()) : null, now);
  if (proof === 'tooFast') return { kind: 'tooFast' };
  const { unproven } = proof;

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
    ...limitWindows(settings, now),
    duplicateSince: new Date(now.getTime() - DUPLICATE_WINDOW_MS),
    decide: (facts) => {
      const limited = overLimit(settings, facts);
      if (limited) return { refuse: limited };
      const blocked =
        settings.blocklist && (facts.blockedEmail || facts.blockedIp || findBlockedWord(`${input.name}\n${input.body}`, facts.blockedWords) !== null);
      const spam = unproven || linksOver || blocked || (settings.duplicates && facts.duplicate);
      if ((spam ? facts.storySpam : facts.storyPending) >= MAX_WAITING_PER_STORY) return { refuse: 'full' };
      return { status: spam ? ('spam' as const) : ('pending' as const) };
    },
  });
  if ('refused' in result) return refusedOutcome(result.refused, settings);
  if (result.status === 'pending') await alertModerators();
  return { kind: 'sent', id: result.id, status: result.status };
}

/** Moderators learn when the queue grows long (lib/notifications/notify.ts); a failure never costs the reader their comment. */
async function alertModerators(): Promise<void> {
  try {
    const pending = await countPendingComments();
    if (pending < COMMENT_QUEUE_ALERT) return;
    const db = await getDb();
    await db.transaction((tx) => notifyCommentQueue(tx, pending));
    deliverSoon();
  } catch (error) {
    console.error('comments: could not alert the moderators', error);
  }
}

/** The Vietnamese sentence a reader sees for an outcome. */
export function outcomeMessage(outcome: SubmitOutcome): string {
  if (outcome.kind === 'closed') return messages.comments.closed(outcome.reason, outcome.days);
  if (outcome.kind === 'notFound') return t.closedNotPublic;
  return gateMessage(outcome, t);
}

export function outcomeStatus(outcome: SubmitOutcome): number {
  if (outcome.kind === 'closed') return 403;
  if (outcome.kind === 'notFound') return 404;
  return GATE_STATUS[outcome.kind];
}
