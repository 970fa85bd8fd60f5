'use server';

import { z } from 'zod';
import { done, fail, guardedAction } from '../auth/action';
import { messages } from '../i18n/messages';
import { setTipHandled } from '../tips/inbox';
import { rowId } from '../validation/ids';

/* The tips inbox's server action; it re-checks session and role (guardedAction). */

const t = messages.tips.inbox;

const tipHandledSchema = z.object({ id: rowId, handled: z.boolean() });

export const setTipHandledAction = guardedAction('tip.manage', tipHandledSchema, async (input, user) => {
  const outcome = await setTipHandled(user, input);
  if (!outcome.ok) return fail(t.notFound);
  return done({ id: outcome.id, status: outcome.status }, input.handled ? t.marked : t.reopened);
});
