'use server';
import { done, guardedAction } from '../auth/action';
import { feedSettingsSchema, saveFeedSettings } from '../feeds/settings';
import { messages } from '../i18n/messages';

export const saveFeedSettingsAction = guardedAction('feeds.configure', feedSettingsSchema, async (input, user) => {
  await saveFeedSettings(user, input);
  return done(undefined, messages.feeds.saved);
});
