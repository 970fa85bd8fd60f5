'use server';

import { z } from 'zod';
import { done, guardedAction } from '../auth/action';
import { messages } from '../i18n/messages';
import { chooseEmail } from '../notifications/inbox';

/** "Nhận thông báo qua email" in Tài khoản của tôi: each person for themselves. */
export const setEmailNotificationsAction = guardedAction('profile.edit', z.object({ on: z.boolean() }), async ({ on }, user) => {
  await chooseEmail(user, on);
  return done(undefined, messages.notifications.emailSaved(on));
});
