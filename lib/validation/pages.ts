import { z } from 'zod';
import { nestsDeeperThan } from '../articles/rich-text';
import { messages } from '../i18n/messages';
import { rowId } from './ids';

const t = messages.pages.invalid;

/** The page editor's fields; one schema for the form's action and the tests. */
export const pageFieldsSchema = z.object({
  title: z.string().trim().min(1, t.titleRequired).max(200, t.titleTooLong),
  slug: z.string().trim().max(120, t.slugTooLong).default(''),
  description: z.string().trim().max(300, t.descriptionTooLong).default(''),
  body: z
    .object({ type: z.literal('doc') }, { error: t.bodyInvalid })
    .passthrough()
    .refine((doc) => !nestsDeeperThan(doc), { error: t.bodyTooDeep, abort: true })
    .refine((doc) => JSON.stringify(doc).length <= 500_000, t.bodyTooLong),
  topLevel: z.boolean().default(false),
  inMenu: z.boolean().default(false),
  menuPosition: z.coerce.number({ error: t.position }).int(t.position).min(0, t.position).max(999, t.position).default(0),
});

export type PageFields = z.output<typeof pageFieldsSchema>;

export const createPageSchema = pageFieldsSchema;
export const savePageSchema = z.object({ id: rowId, fields: pageFieldsSchema });
export const publishPageSchema = z.object({ id: rowId, published: z.boolean() });
export const deletePageSchema = z.object({ id: rowId });
export const movePageSchema = z.object({ id: rowId, direction: z.enum(['up', 'down']) });
