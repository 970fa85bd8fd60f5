'use server';

import { done, fail, guardedAction } from '../auth/action';
import { messages } from '../i18n/messages';
import { mediaDetailsSchema } from '../media/fields';
import { saveMediaDetails } from '../media/library';

/** Saves a photograph's alt text, caption, credit and focal point. */
export const updateMediaDetailsAction = guardedAction('media.edit', mediaDetailsSchema, async (input, user) => {
  const { id, ...details } = input;
  const item = await saveMediaDetails({ id, actor: user, ...details });
  if (item === 'forbidden') return fail(messages.auth.forbidden);
  return item ? done(item, messages.media.saved) : fail(messages.media.notFound);
});
