import 'server-only';
import { unstable_cache } from 'next/cache';
import { z } from 'zod';
import { readSetting } from '@/db/queries/settings';
import { cacheTags } from '../cache/tags';
import { defaultSiteSettings } from './default-settings';
import { siteUrl } from './routes';
import type { SiteIdentity } from './share-preview';

/** The publisher's furniture, shown in every page's footer (Press Law 2016, art. 46). */
export const siteSettingsSchema = z.object({
  paperName: z.string().trim().min(2).max(120),
  tagline: z.string().trim().max(200),
  governingAgency: z.string().trim().max(200),
  licence: z.string().trim().max(200),
  editorInChief: z.string().trim().max(120),
  address: z.string().trim().max(300),
  phone: z.string().trim().max(60),
  email: z.string().trim().max(120),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const SITE_SETTINGS_KEY = 'site';

async function loadSiteSettings(): Promise<SiteSettings> {
  const stored = siteSettingsSchema.partial().safeParse(await readSetting({ key: SITE_SETTINGS_KEY }));
  return { ...defaultSiteSettings, ...(stored.success ? stored.data : {}) };
}

export const getSiteSettings = unstable_cache(loadSiteSettings, ['site-settings'], { tags: [cacheTags.settings] });

/** The paper's name and public origin: what the editor's share preview shows as the site. */
export async function siteIdentity(): Promise<SiteIdentity> {
  return { name: (await getSiteSettings()).paperName, url: siteUrl() };
}
