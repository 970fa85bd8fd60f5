import { z } from 'zod';
import { isSitePath } from '../articles/rich-text';
import { messages } from '../i18n/messages';
import { rowId } from './ids';

const m = messages.taxonomy;

/* One zod schema per input of the sections, tags and home screens (forms and actions share them). */

const id = rowId;

export const sectionFieldsSchema = z.object({
  name: z.string().trim().min(1, m.sections.nameRequired).max(80, m.sections.nameTooLong),
  slug: z.string().trim().max(120).default(''),
  description: z.string().trim().max(300, m.sections.descriptionTooLong).default(''),
  parentId: id.nullable().default(null),
});
export type SectionFields = z.infer<typeof sectionFieldsSchema>;

export const updateSectionSchema = sectionFieldsSchema.extend({ id });
export const moveSectionSchema = z.object({ id, direction: z.enum(['up', 'down']) });

export const renameTagSchema = z.object({
  id,
  name: z.string().trim().min(1, m.tags.nameRequired).max(60, m.tags.nameTooLong),
  slug: z.string().trim().max(120).default(''),
});
export const mergeTagsSchema = z.object({ fromId: id, intoId: id }).refine((v) => v.fromId !== v.intoId, { message: m.tags.mergeSelf, path: ['intoId'] });

export const HOME_SLOT_COUNT = 4;
const slot = z.number().int().min(1).max(HOME_SLOT_COUNT);
export const pinStorySchema = z.object({ position: slot, articleId: id });
export const unpinSlotSchema = z.object({ position: slot });
export const findPinnableSchema = z.object({ q: z.string().trim().max(100) });

/** `/path` on this site (not `//host` nor `/\\host`) or an http(s) address; no backslash anywhere. */
const link = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === '' || isSitePath(v) || (/^https?:\/\/[^\s/\\]+\.\S+$/i.test(v) && !v.includes('\\')), m.home.linkInvalid);

export const breakingSchema = z.object({
  text: z.string().trim().min(1, m.home.textRequired).max(200, m.home.textTooLong),
  href: link.default(''),
  /** A `datetime-local` value (`2026-05-01T18:30`), read as Vietnam time. */
  expiresAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, m.home.expiresInvalid),
});
export type BreakingInput = z.input<typeof breakingSchema>;
