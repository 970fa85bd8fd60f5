'use server';

import { z } from 'zod';
import { done, fail, guardedAction } from '../auth/action';
import { blockCommenterAddress, replyAsNewsroom, moderateComments, saveBlocklists, saveSettings, setStoryCommentsClosed, type ModerationOutcome } from '../comments/moderation';
import { commentSettingsSchema } from '../comments/settings';
import { messages } from '../i18n/messages';
import { rowId } from '../validation/ids';

const t = messages.comments;

/* The moderation page's server actions; each re-checks the session and the role (guardedAction). */

function result(outcome: ModerationOutcome) {
  return outcome.ok ? done({ count: outcome.count }, t.moderation.done(outcome.count)) : fail(t.moderation[outcome.reason], undefined, { reason: outcome.reason });
}

const ids = z.array(rowId).min(1, t.moderation.nothingSelected).max(500);

export const moderateCommentsAction = guardedAction(
  'comment.moderate',
  z.object({ ids, verb: z.enum(['approve', 'reject', 'spam', 'delete']) }),
  async (input, user) => result(await moderateComments(user, input)),
);

export const replyAsNewsroomAction = guardedAction(
  'comment.moderate',
  z.object({ parentId: rowId, body: z.string().trim().min(2, t.moderation.replyTooShort).max(3000, t.moderation.replyTooShort) }),
  async (input, user) => result(await replyAsNewsroom(user, input)),
);

/** Closing comments on a story is an editor's call, not a moderator's. */
export const setStoryCommentsClosedAction = guardedAction(
  'article.editAny',
  z.object({ articleId: rowId, closed: z.boolean() }),
  async (input, user) => result(await setStoryCommentsClosed(user, input)),
);

const lines = (max: number) =>
  z
    .string()
    .max(20_000)
    .transform((v) => [...new Set(v.split('\n').map((s) => s.trim().toLowerCase()).filter(Boolean))].slice(0, max));

export const saveBlocklistAction = guardedAction(
  'comment.moderate',
  z.object({ words: lines(500), emails: lines(500), ips: lines(500) }),
  async (input, user) => {
    await saveBlocklists(user, input);
    return done(undefined, t.blocklist.saved);
  },
);

/** "Block this commenter's address" from a queue row: the server looks up the hash; nobody sees the address. */
export const blockCommenterAddressAction = guardedAction('comment.moderate', z.object({ commentId: rowId }), async (input, user) =>
  result(await blockCommenterAddress(user, input)),
);

export const saveCommentSettingsAction = guardedAction('comment.moderate', commentSettingsSchema, async (input, user) => {
  await saveSettings(user, input);
  return done(undefined, t.settings.saved);
});
