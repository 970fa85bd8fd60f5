import { z } from 'zod';
import { messages } from '../i18n/messages';

const t = messages.comments;

/** What a reader sends; one schema for the route handler and the tests. */
export const readerCommentSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  parentId: z
    .union([z.literal(''), z.coerce.number().int().positive()])
    .optional()
    .transform((v) => (typeof v === 'number' ? v : null)),
  name: z.string({ error: t.nameLength }).trim().min(2, t.nameLength).max(80, t.nameLength),
  email: z
    .string({ error: t.emailInvalid })
    .trim()
    .max(200, t.emailInvalid)
    .pipe(z.email({ error: t.emailInvalid }))
    .transform((v) => v.toLowerCase()),
  body: z
    .string({ error: t.bodyShort })
    .transform((v) => v.replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().min(10, t.bodyShort).max(3000, t.bodyLong)),
  // The honeypot: hidden from people, filled by naive robots.
  website: z.string().optional().default(''),
  token: z.string().max(200).optional().default(''),
});

export type ReaderCommentInput = z.input<typeof readerCommentSchema>;
export type ReaderComment = z.output<typeof readerCommentSchema>;
