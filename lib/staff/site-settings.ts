import 'server-only';
import { z } from 'zod';
import { readSetting, writeSetting } from '@/db/queries/settings';
import { getDb } from '@/db/client';
import { audit } from '../audit/log';
import { settingsChanged } from '../cache/invalidate';
import { staffMessages } from '../i18n/vi/staff';
import { defaultSiteSettings, SITE_SETTINGS_KEY, siteSettingsSchema, type SiteSettings } from '../site/settings';

const v = staffMessages.validation;
const settingLabels = staffMessages.settings.fields;

/** Vietnamese messages for siteSettingsSchema's checks, naming the field. */
function settingsIssueMessage(issue: { code?: string; path?: PropertyKey[]; minimum?: unknown; maximum?: unknown; input?: unknown }): string {
  const key = String(issue.path?.[0] ?? '') as keyof SiteSettings;
  const label = settingLabels[key] ?? key;
  if (issue.code === 'too_small') return issue.input === '' ? v.required(label) : v.tooShort(label, Number(issue.minimum));
  if (issue.code === 'too_big') return v.tooLong(label, Number(issue.maximum));
  return v.invalid(label);
}

/** The site settings form: siteSettingsSchema itself, its messages in Vietnamese. */
export const siteSettingsInput = z.unknown().transform((value, ctx): SiteSettings => {
  const parsed = siteSettingsSchema.safeParse(value, { error: settingsIssueMessage });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

/** Saves the footer furniture, logs which fields changed and expires the cached pages that show it. */
export async function saveSiteSettings(settings: SiteSettings, actor: { id: number }): Promise<{ changed: (keyof SiteSettings)[] }> {
  const stored = siteSettingsSchema.partial().safeParse(await readSetting({ key: SITE_SETTINGS_KEY }));
  const before: SiteSettings = { ...defaultSiteSettings, ...(stored.success ? stored.data : {}) };
  const changed = (Object.keys(settings) as (keyof SiteSettings)[]).filter((key) => settings[key] !== before[key]);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await writeSetting({ key: SITE_SETTINGS_KEY, value: settings, tx });
    await audit({ actorId: actor.id, action: 'settings.save', targetType: 'setting', targetId: SITE_SETTINGS_KEY, data: { changed } }, tx);
  });
  settingsChanged();
  return { changed };
}
