import 'server-only';
import { z } from 'zod';
import { readSetting, writeSetting } from '@/db/queries/settings';

/** Abuse controls for reader comments; every one is on by default. Stored in site_settings 'comments'. */
export const commentSettingsSchema = z.object({
  honeypot: z.boolean(),
  minSeconds: z.coerce.number().int().min(0).max(600),
  burstSeconds: z.coerce.number().int().min(0).max(3600),
  perHour: z.coerce.number().int().min(1).max(1000),
  maxLinks: z.coerce.number().int().min(0).max(50),
  duplicates: z.boolean(),
  blocklist: z.boolean(),
  autoCloseDays: z.coerce.number().int().min(0).max(3650),
});

export type CommentSettings = z.infer<typeof commentSettingsSchema>;

export const COMMENT_SETTINGS_KEY = 'comments';

export const defaultCommentSettings: CommentSettings = {
  honeypot: true,
  minSeconds: 3,
  burstSeconds: 15,
  perHour: 10,
  maxLinks: 2,
  duplicates: true,
  blocklist: true,
  autoCloseDays: 0, // off, as in WordPress: editors may turn it on
};

export async function getCommentSettings(): Promise<CommentSettings> {
  const stored = await readSetting({ key: COMMENT_SETTINGS_KEY });
  const parsed = commentSettingsSchema.partial().safeParse(stored ?? {});
  return { ...defaultCommentSettings, ...(parsed.success ? parsed.data : {}) };
}

export async function saveCommentSettings(settings: CommentSettings): Promise<void> {
  await writeSetting({ key: COMMENT_SETTINGS_KEY, value: settings });
}
