import 'server-only';
import { getDb } from '@/db/client';
import { addToBlocklist, getCommentArticle, getCommentById, replaceBlocklist, setArticleCommentsClosed } from '@/db/queries/comments';
import { deleteComments, insertStaffReply, setCommentsStatus } from '@/db/queries/comments-moderation';
import { audit, type AuditAction } from '../audit/log';
import type { CurrentUser } from '../auth/session';
import { commentsChanged, settingsChanged } from '../cache/invalidate';
import { messages } from '../i18n/messages';
import { saveCommentSettings, type CommentSettings } from './settings';

const t = messages.comments;

/* The moderator's acts: one transaction each, written to the audit log, reader caches expired. */

export type ModerationVerb = 'approve' | 'reject' | 'spam' | 'delete';
/** Why moderation changed nothing; lib/actions/comments.ts puts it into words. */
export type ModerationRefusal = 'deleteOnlySpam' | 'notFound';
export type ModerationOutcome = { ok: true; count: number } | { ok: false; reason: ModerationRefusal };

const STATUS = { approve: 'approved', reject: 'rejected', spam: 'spam' } as const;

function expireStories(articleIds: number[]) {
  for (const id of new Set(articleIds)) commentsChanged({ id });
}

export async function moderateComments(user: CurrentUser, { ids, verb }: { ids: number[]; verb: ModerationVerb }): Promise<ModerationOutcome> {
  const db = await getDb();
  const changed = await db.transaction(async (tx) => {
    const rows = verb === 'delete' ? await deleteComments({ ids }, tx) : await setCommentsStatus({ ids, status: STATUS[verb], userId: user.id }, tx);
    for (const row of rows) {
      await audit({ actorId: user.id, action: `comment.${verb}` as AuditAction, targetType: 'comment', targetId: row.id, data: { articleId: row.articleId } }, tx);
    }
    return rows;
  });
  if (verb === 'delete' && changed.length === 0) return { ok: false, reason: 'deleteOnlySpam' };
  expireStories(changed.map((r) => r.articleId));
  return { ok: true, count: changed.length };
}

/** A reply signed by the newsroom, approved at once; replying to a pending comment approves it too. */
export async function replyAsNewsroom(user: CurrentUser, { parentId, body }: { parentId: number; body: string }): Promise<ModerationOutcome> {
  const parent = await getCommentById({ id: parentId });
  if (!parent) return { ok: false, reason: 'notFound' };
  const db = await getDb();
  await db.transaction(async (tx) => {
    if (parent.status !== 'approved') await setCommentsStatus({ ids: [parent.id], status: 'approved', userId: user.id }, tx);
    const id = await insertStaffReply(
      { articleId: parent.articleId, parentId: parent.id, name: t.newsroom, email: user.email, body, staffUserId: user.id },
      tx,
    );
    await audit({ actorId: user.id, action: 'comment.reply', targetType: 'comment', targetId: id, data: { parentId: parent.id, articleId: parent.articleId } }, tx);
  });
  expireStories([parent.articleId]);
  return { ok: true, count: 1 };
}

export async function setStoryCommentsClosed(user: CurrentUser, { articleId, closed }: { articleId: number; closed: boolean }): Promise<ModerationOutcome> {
  const article = await getCommentArticle({ id: articleId });
  if (!article) return { ok: false, reason: 'notFound' };
  const db = await getDb();
  await db.transaction(async (tx) => {
    await setArticleCommentsClosed({ id: articleId, closed }, tx);
    await audit({ actorId: user.id, action: 'settings.save', targetType: 'article', targetId: articleId, data: { commentsClosed: closed } }, tx);
  });
  expireStories([articleId]);
  return { ok: true, count: 1 };
}

export type Blocklists = { words: string[]; emails: string[]; ips: string[] };

export async function saveBlocklists(user: CurrentUser, lists: Blocklists): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await replaceBlocklist({ kind: 'word', values: lists.words, userId: user.id }, tx);
    await replaceBlocklist({ kind: 'email', values: lists.emails, userId: user.id }, tx);
    await replaceBlocklist({ kind: 'ip', values: lists.ips, userId: user.id }, tx);
    await audit({ actorId: user.id, action: 'blocklist.save', targetType: 'comment_blocklist', data: { ...lists } }, tx);
  });
}

/**
 * Blocks the address a comment came from: the blocklist keeps its hash (the address itself is
 * never stored), so later comments from there go to the spam tab. The comment itself is marked spam.
 */
export async function blockCommenterAddress(user: CurrentUser, { commentId }: { commentId: number }): Promise<ModerationOutcome> {
  const comment = await getCommentById({ id: commentId });
  if (!comment || !comment.ipHash) return { ok: false, reason: 'notFound' };
  const db = await getDb();
  await db.transaction(async (tx) => {
    await addToBlocklist({ kind: 'ip', value: comment.ipHash!, userId: user.id }, tx);
    await audit({ actorId: user.id, action: 'blocklist.save', targetType: 'comment', targetId: commentId, data: { blockedAddressOf: commentId } }, tx);
  });
  return moderateComments(user, { ids: [commentId], verb: 'spam' });
}

export async function saveSettings(user: CurrentUser, settings: CommentSettings): Promise<void> {
  await saveCommentSettings(settings);
  await audit({ actorId: user.id, action: 'settings.save', targetType: 'site_settings', targetId: 'comments', data: { ...settings } });
  settingsChanged();
}
