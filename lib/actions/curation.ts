'use server';

import { z } from 'zod';
import { done, fail, guardedAction } from '../auth/action';
import { clearBreaking, setBreaking } from '../curation/breaking';
import { findPinnableStories, pinStory, unpinSlot } from '../curation/slots';
import { messages } from '../i18n/messages';
import { breakingSchema, findPinnableSchema, pinStorySchema, unpinSlotSchema } from '../validation/taxonomy';

/* Home curation's server actions; each one re-checks session and role (guardedAction). */

const t = messages.taxonomy.home;

export const findPinnableAction = guardedAction('home.curate', findPinnableSchema, async (input) => done(await findPinnableStories(input)));

export const pinStoryAction = guardedAction('home.curate', pinStorySchema, async (input, user) => {
  const outcome = await pinStory(user, input);
  return outcome.ok ? done(undefined, t.pinned) : fail(t.storyNotPinnable, undefined, { reason: outcome.reason });
});

export const unpinSlotAction = guardedAction('home.curate', unpinSlotSchema, async (input, user) => {
  await unpinSlot(user, input);
  return done(undefined, t.unpinned);
});

export const setBreakingAction = guardedAction('home.curate', breakingSchema, async (input, user) => {
  const outcome = await setBreaking(user, input);
  if (outcome.ok) return done(outcome.data, t.breakingSaved);
  const error = t[outcome.reason];
  return fail(error, { [outcome.field]: [error] }, { reason: outcome.reason });
});

export const clearBreakingAction = guardedAction('home.curate', z.object({}), async (_input, user) => {
  await clearBreaking(user);
  return done(undefined, t.breakingCleared);
});
