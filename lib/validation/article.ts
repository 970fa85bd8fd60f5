import { z } from 'zod';
import { nestsDeeperThan } from '../articles/rich-text';
import { messages } from '../i18n/messages';
import { rowId } from './ids';

const t = messages.articles.invalid;

/** The fields of the story editor, as saved (drafts may still lack what publishing needs). */
export const articleFieldsSchema = z.object({
  title: z.string().trim().min(1, t.titleRequired).max(300, t.titleTooLong),
  sapo: z.string().trim().max(1200, t.sapoTooLong).default(''),
  body: z
    .object({ type: z.literal('doc') }, { error: t.bodyInvalid })
    .passthrough()
    // Depth first (abort): measuring the size of a hostile, deeply nested body would overflow the stack.
    .refine((doc) => !nestsDeeperThan(doc), { error: t.bodyTooDeep, abort: true })
    .refine((doc) => JSON.stringify(doc).length <= 1_000_000, t.bodyTooLong),
  sectionId: z.coerce.number().int().positive(t.sectionRequired).nullable().default(null),
  tags: z.array(z.string().trim().min(1).max(60, t.tagTooLong)).max(20, t.tooManyTags).default([]),
  creditLine: z.string().trim().max(200, t.creditLineTooLong).default(''),
  authorIds: z.array(rowId).max(10).default([]),
  featuredMediaId: rowId.nullable().default(null),
  slug: z.string().trim().max(120, t.slugTooLong).default(''),
  seoTitle: z.string().trim().max(200, t.seoTitleTooLong).default(''),
  seoDescription: z.string().trim().max(400, t.seoDescriptionTooLong).default(''),
});

export type ArticleFields = z.output<typeof articleFieldsSchema>;

/**
 * Autosaved fields, as typed so far: any of them, each within its limits; a buffer is not a
 * saved story, so nothing is required yet (a new story may have a body before a title).
 */
export const autosaveFieldsSchema = articleFieldsSchema.extend({ title: z.string().trim().max(300, t.titleTooLong) }).partial();

export type AutosaveFields = z.output<typeof autosaveFieldsSchema>;

/** Autosave of a saved story: the version the edits start from, and the fields. */
export const autosaveArticleSchema = z.object({ id: rowId, baseVersion: rowId, fields: autosaveFieldsSchema });

/** Autosave of a new story, before its first save ("Viết bài mới"). */
export const autosaveNewArticleSchema = z.object({ fields: autosaveFieldsSchema });

export const saveArticleSchema = z.object({
  id: rowId,
  baseVersion: rowId,
  fields: articleFieldsSchema,
});

export const publishArticleSchema = saveArticleSchema.extend({
  /** ISO time to publish at; absent means now. */
  publishAt: z.string().datetime({ offset: true, error: t.publishAt }).nullable().default(null),
});

/** A new story published or scheduled from the first screen, saved in the same step. */
export const publishNewArticleSchema = z.object({
  fields: articleFieldsSchema,
  publishAt: z.string().datetime({ offset: true, error: t.publishAt }).nullable().default(null),
});

export const correctArticleSchema = saveArticleSchema.extend({
  note: z.string().trim().min(10, t.correctionTooShort).max(1000, t.correctionTooLong),
});

export const articleRefSchema = z.object({ id: rowId, baseVersion: rowId });

const notes = messages.articles.notes;

/** "Trả lại": the story, the version the editor read, and the reason the writer will see. */
export const returnArticleSchema = articleRefSchema.extend({
  reason: z.string({ error: notes.reasonTooShort }).trim().min(5, notes.reasonTooShort).max(1000, notes.reasonTooLong),
});

/** A note between staff on a story ("Ghi chú nội bộ"). */
export const articleNoteSchema = z.object({
  articleId: rowId,
  body: z.string({ error: notes.tooShort }).trim().min(2, notes.tooShort).max(2000, notes.tooLong),
});
