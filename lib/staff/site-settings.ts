import 'server-only';
import { z } from 'zod';
import { readSetting, writeSetting } from '@/db/queries/settings';
import { getDb } from '@/db/client';
import { audit } from '../audit/log';
import { settingsChanged } from '../cache/invalidate';
import { messages } from '../i18n/messages';
import { defaultSiteSettings } from '../site/default-settings';
import { SITE_SETTINGS_KEY, siteSettingsSchema, type SiteSettings } from '../site/settings';

const v = messages.staff.validation;
const settingLabels = messages.staff.settings.fields;

/** Vietnamese messages for siteSettingsSchema's checks, naming the field. */
function settingsIssueMessage(issue: { code?: string; path?: PropertyKey[]; minimum?: unknown; maximum?: unknown; input?: unknown }): string {
  const key = String(issue.path?.[0] ?? '') as keyof SiteSettings;
  const label = settingLabels[key] ?? key;
  if (issue.code === 'too_small') return issue.input === '' ? v.required(label) : v.tooShort(label, Number(issue.minimum));
  if (issue.code === 'too_big') return v.tooLong(label, Number(issue.maximum));
  return v.invalid(label);
}

export type SiteSettingsEdit = { settings: SiteSettings; baseline?: Partial<SiteSettings> };

/**
 * The site settings form: every field checked by siteSettingsSchema, its messages in
 * Vietnamese; `baseline` (optional) holds the values the form was opened with.
 */
export const siteSettingsInput = z.unknown().transform((value, ctx): SiteSettingsEdit => {
  const { baseline, ...fields } = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const parsed = siteSettingsSchema.safeParse(fields, { error: settingsIssueMessage });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
    return z.NEVER;
  }
  const base = siteSettingsSchema.partial().safeParse(baseline);
  return { settings: parsed.data, baseline: base.success && baseline !== undefined ? base.data : undefined };
});

const KEYS = Object.keys(defaultSiteSettings) as (keyof SiteSettings)[];

async function currentSiteSettings(): Promise<SiteSettings> {
  const stored = siteSettingsSchema.partial().safeParse(await readSetting({ key: SITE_SETTINGS_KEY }));
  return { ...defaultSiteSettings, ...(stored.success ? stored.data : {}) };
}

/**
 * Saves the fields this person edited (all of them without a baseline) over the stored
 * settings, so that two admins changing different fields at once both keep their change;
 * logs which fields changed and expires the cached pages that show them.
 */
export async function saveSiteSettings({ settings, baseline }: SiteSettingsEdit, actor: { id: number }): Promise<{ changed: (keyof SiteSettings)[] }> {
  const before = await currentSiteSettings();
  const edited = baseline ? KEYS.filter((key) => settings[key] !== baseline[key]) : KEYS;
  const next: SiteSettings = { ...before };
  for (const key of edited) next[key] = settings[key];
  const changed = KEYS.filter((key) => next[key] !== before[key]);
  if (!changed.length) return { changed };
  const db = await getDb();
  await db.transaction(async (tx) => {
    await writeSetting({ key: SITE_SETTINGS_KEY, value: next, tx });
    await audit({ actorId: actor.id, action: 'settings.save', targetType: 'setting', targetId: SITE_SETTINGS_KEY, data: { changed } }, tx);
  });
  settingsChanged();
  return { changed };
}
