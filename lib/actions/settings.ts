'use server';

import { done, guardedAction } from '../auth/action';
import { messages } from '../i18n/messages';
import { saveSiteSettings, siteSettingsInput } from '../staff/site-settings';

/** Admins save the footer furniture; the public pages show it on their next request. */
export const saveSiteSettingsAction = guardedAction('settings.manage', siteSettingsInput, async (input, user) => {
  const { changed } = await saveSiteSettings(input, user);
  return done({ changed }, messages.staff.settings.saved);
});
