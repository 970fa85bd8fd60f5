'use server';

import { done, guardedAction } from '../auth/action';
import { staffMessages } from '../i18n/vi/staff';
import { saveSiteSettings, siteSettingsInput } from '../staff/site-settings';

/** Admins save the footer furniture; the public pages show it on their next request. */
export const saveSiteSettingsAction = guardedAction('settings.manage', siteSettingsInput, async (input, user) => {
  const { changed } = await saveSiteSettings(input, user);
  return done({ changed }, staffMessages.settings.saved);
});
