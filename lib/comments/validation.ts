import { z } from 'zod';
import { messages } from '../i18n/messages';

const t = messages.comments;

/** Control characters (NUL among them: PostgreSQL refuses it in text) go; line breaks and tabs stay. */
const withoutControls = (v: string) => v.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
/** A row id as PostgreSQL's integer holds it (1e308 is an integer to JavaScript). */
const rowId = z.coerce.number().int().positive().max(2_147_483_647);

/** What a reader sends; one schema for the route handler and the tests. */
export const readerCommentSchema = z.object({
  articleId: rowId,
  parentId: z
    .union([z.literal(''), rowId])
    .optional()
    .transform((v) => (typeof v === 'number' ? v : null)),
  name: z.string({ error: t.nameLength }).transform(withoutControls).pipe(z.string().trim().min(2, t.nameLength).max(80, t.nameLength)),
  email: z
    .string({ error: t.emailInvalid })
    .transform(withoutControls)
    .pipe(z.string().trim().max(200, t.emailInvalid))
    .pipe(z.email({ error: t.emailInvalid }))
    .transform((v) => v.toLowerCase()),
  body: z
    .string({ error: t.bodyShort })
    .transform((v) => withoutControls(v.replace(/\r\n?/g, '\n')).trim())
    .pipe(z.string().min(10, t.bodyShort).max(3000, t.bodyLong)),
  // The honeypot: hidden from people, filled by naive robots.
  website: z.string().optional().default(''),
  token: z.string().max(200).optional().default(''),
});

export type ReaderCommentInput = z.input<typeof readerCommentSchema>;
export type ReaderComment = z.output<typeof readerCommentSchema>;
