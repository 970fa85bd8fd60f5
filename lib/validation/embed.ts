import { z } from 'zod';
import { parseEmbedUrl } from '../articles/embeds';
import { messages } from '../i18n/messages';

const t = messages.embeds;

/** An address the editor embeds: a YouTube, Facebook or TikTok video or post (lib/articles/embeds.ts). */
export const embedAddressSchema = z.object({
  url: z
    .string({ error: t.required })
    .trim()
    .min(1, { error: t.required, abort: true })
    .max(500, { error: t.refused, abort: true })
    .refine((url) => parseEmbedUrl(url) !== null, t.refused),
});
