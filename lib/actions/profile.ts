'use server';

import { done, fail, guardedAction } from '../auth/action';
import { messages } from '../i18n/messages';
import { changeOwnPassword, updateOwnProfile } from '../staff/profile';
import { passwordChangeSchema, profileSchema } from '../staff/schemas';

const t = messages.staff.profile;

/** Anyone signed in changes their own name and bio. */
export const updateProfileAction = guardedAction('profile.edit', profileSchema, async (input, user) => {
  const outcome = await updateOwnProfile(input, user);
  return outcome.ok ? done(undefined, t.saved) : fail(messages.staff.validation.notFound);
});

/** Anyone signed in changes their own password, proving the current one; they sign in again after. */
export const changePasswordAction = guardedAction('profile.edit', passwordChangeSchema, async (input, user) => {
  const outcome = await changeOwnPassword(input, user);
  return outcome.ok ? done(undefined, t.passwordChanged) : fail(messages.validation.fixFields, { current: [t.wrongPassword] });
});
