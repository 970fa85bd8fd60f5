import 'server-only';
import type { Executor } from '@/db/client';
import { findRecipients, findRecipientsByRole, insertNotifications, withUnread, type Recipient } from '@/db/queries/notifications';
import type { NotificationData, NotificationKind } from '@/db/schema/notifications';
import { PERMISSIONS } from '../auth/permissions';
import { formatDateTimeLine } from '../format/dates';
import { messages } from '../i18n/messages';
import { queueMail } from '../mail/outbox';
import { absoluteUrl } from '../site/routes';

/*
 * Who learns of what (issue 9): a story sent for review → the editors; returned, published or
 * scheduled → its writers; a note → the story's writers; many comments waiting → the moderators.
 * Never the person who acted. Written in the transaction of the event: the bell's row, and the
 * email (when the person wants it and the newsroom sends email) through the outbox, sent after
 * commit.
 */

export type StoryEvent = {
  kind: Exclude<NotificationKind, 'comments'>;
  article: { id: number; title: string; createdBy: number | null; authorIds: number[]; publishedAt?: Date | null };
  actor: { id: number; name: string };
  /** The reason a story was sent back, or the note's text. */
  text?: string;
};

/** Pending comments (all stories) at which moderators are told; told again once they have read it. */
export const COMMENT_QUEUE_ALERT = 20;

async function deliver(tx: Executor, recipients: Recipient[], kind: NotificationKind, articleId: number | null, data: NotificationData, link: string) {
  if (recipients.length === 0) return;
  await insertNotifications(recipients.map((r) => ({ userId: r.id, kind, articleId, data })), tx);
  const t = messages.notifications;
  const sentence = t.sentence(kind, data);
  for (const person of recipients.filter((r) => r.emailNotifications)) {
    await queueMail({ to: person.email, subject: t.mailSubject(kind, data), text: t.mailBody(person.name, sentence, absoluteUrl(link)) }, tx);
  }
}

/** Notifies the people a story event concerns (see above). */
export async function notifyStoryEvent(tx: Executor, event: StoryEvent): Promise<void> {
  const writers = [...new Set([event.article.createdBy, ...event.article.authorIds].filter((id): id is number => id !== null))];
  const people = event.kind === 'submitted' ? await findRecipientsByRole({ roles: PERMISSIONS['article.publish'] }, tx) : await findRecipients({ ids: writers }, tx);
  const recipients = people.filter((p) => p.id !== event.actor.id);
  const data: NotificationData = { title: event.article.title.slice(0, 200), actor: event.actor.name };
  if (event.text) data.reason = event.text.slice(0, 500);
  if (event.kind === 'scheduled' && event.article.publishedAt) data.at = formatDateTimeLine(event.article.publishedAt);
  await deliver(tx, recipients, event.kind, event.article.id, data, `/admin/articles/${event.article.id}`);
}

/** When the waiting comments reach COMMENT_QUEUE_ALERT: each moderator without an unread alert gets one. */
export async function notifyCommentQueue(tx: Executor, pending: number): Promise<void> {
  if (pending < COMMENT_QUEUE_ALERT) return;
  const moderators = await findRecipientsByRole({ roles: PERMISSIONS['comment.moderate'] }, tx);
  const told = await withUnread({ userIds: moderators.map((m) => m.id), kind: 'comments' }, tx);
  await deliver(tx, moderators.filter((m) => !told.has(m.id)), 'comments', null, { count: pending }, '/admin/comments');
}
