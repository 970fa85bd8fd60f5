import { z } from 'zod';
import { messages } from '../i18n/messages';
import { rowId } from '../validation/ids';

/** The limits of a photograph's editable details; forms use them for maxLength too. */
export const MEDIA_LIMITS = { alt: 300, caption: 1000, credit: 200 } as const;

const t = messages.media.field;

// NFC so that the database's unaccent() folds every accent the same way.
const text = (label: string, max: number) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim())
    .pipe(z.string().max(max, messages.validation.tooLong(label, max)));

const focal = z.number({ error: t.focal }).min(0, t.focal).max(1, t.focal);

/** Alt text, caption and credit: what an upload may carry along (all optional). */
export const mediaTextSchema = z.object({
  alt: text(t.alt, MEDIA_LIMITS.alt).default(''),
  caption: text(t.caption, MEDIA_LIMITS.caption).default(''),
  credit: text(t.credit, MEDIA_LIMITS.credit).default(''),
});

/** Everything an editor may change about a stored photograph. */
export const mediaDetailsSchema = z.object({
  id: rowId,
  alt: text(t.alt, MEDIA_LIMITS.alt),
  caption: text(t.caption, MEDIA_LIMITS.caption),
  credit: text(t.credit, MEDIA_LIMITS.credit),
  focalX: focal,
  focalY: focal,
});

export type MediaText = z.output<typeof mediaTextSchema>;
export type MediaDetailsInput = z.input<typeof mediaDetailsSchema>;
