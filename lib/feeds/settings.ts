import 'server-only';
import { unstable_cache } from 'next/cache';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { readSetting, writeSetting } from '@/db/queries/settings';
import { audit } from '../audit/log';
import { feedSettingsChanged } from '../cache/invalidate';
import { cacheTags } from '../cache/tags';

/** How the newsroom's feeds read. Stored in site_settings 'feeds'; editors change it. */
export const feedSettingsSchema = z.object({
  /** Each item carries the story's full text (content:encoded), not only its sapo. */
  fullText: z.boolean(),
});

export type FeedSettings = z.infer<typeof feedSettingsSchema>;

export const FEED_SETTINGS_KEY = 'feeds';

export const defaultFeedSettings: FeedSettings = { fullText: false };

async function loadFeedSettings(): Promise<FeedSettings> {
  const stored = feedSettingsSchema.partial().safeParse(await readSetting({ key: FEED_SETTINGS_KEY }));
  return { ...defaultFeedSettings, ...(stored.success ? stored.data : {}) };
}

export const getFeedSettings = unstable_cache(loadFeedSettings, ['feed-settings'], { tags: [cacheTags.feedSettings] });

export async function saveFeedSettings(actor: { id: number }, settings: FeedSettings): Promise<void> {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await writeSetting({ key: FEED_SETTINGS_KEY, value: settings, tx });
    await audit({ actorId: actor.id, action: 'settings.save', targetType: 'site_settings', targetId: FEED_SETTINGS_KEY, data: { ...settings } }, tx);
  });
  feedSettingsChanged();
}
