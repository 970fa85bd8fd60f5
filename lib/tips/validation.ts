import { z } from 'zod';
import { messages } from '../i18n/messages';

const t = messages.tips;

/** Control characters (NUL among them: PostgreSQL refuses it in text) go; line breaks and tabs stay. */
const withoutControls = (v: string) => v.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
const EMAIL = z.email();
/** A Vietnamese or international phone number as people write it: digits, spaces, dots, dashes, an optional +. */
const PHONE = /^\+?[0-9][0-9 .\-()]{7,18}[0-9]$/;

/** How a reader's contact is kept: an email in lower case, a phone with only its digits (and +). */
function normaliseContact(value: string): string | null {
  if (EMAIL.safeParse(value).success) return value.toLowerCase();
  if (PHONE.test(value)) return value.replace(/[^0-9+]/g, '');
  return null;
}

/** The text fields of a reader's tip (the photo is checked apart, as bytes); one schema for the route and the tests. */
export const readerTipSchema = z.object({
  name: z.string({ error: t.nameLength }).transform(withoutControls).pipe(z.string().trim().min(2, t.nameLength).max(80, t.nameLength)),
  contact: z
    .string({ error: t.contactInvalid })
    .transform(withoutControls)
    .pipe(z.string().trim().max(200, t.contactInvalid))
    .transform((v, ctx) => {
      const contact = normaliseContact(v);
      if (contact === null) {
        ctx.addIssue({ code: 'custom', message: t.contactInvalid });
        return z.NEVER;
      }
      return contact;
    }),
  message: z
    .string({ error: t.messageShort })
    .transform((v) => withoutControls(v.replace(/\r\n?/g, '\n')).trim())
    .pipe(z.string().min(10, t.messageShort).max(5000, t.messageLong)),
  // The honeypot: hidden from people, filled by naive robots.
  website: z.string().optional().default(''),
  token: z.string().max(200).optional().default(''),
});

export type ReaderTip = z.output<typeof readerTipSchema>;
