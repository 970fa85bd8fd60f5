import { z } from 'zod';
import { nestsDeeperThan } from '../articles/rich-text';

/** The fields of the story editor, as saved (drafts may still lack what publishing needs). */
export const articleFieldsSchema = z.object({
  title: z.string().trim().min(1, 'Vui lòng nhập tiêu đề.').max(300, 'Tiêu đề dài quá 300 ký tự.'),
  sapo: z.string().trim().max(1200, 'Sapo dài quá 1.200 ký tự.').default(''),
  body: z
    .object({ type: z.literal('doc') }, { error: 'Nội dung không hợp lệ.' })
    .passthrough()
    // Depth first (abort): measuring the size of a hostile, deeply nested body would overflow the stack.
    .refine((doc) => !nestsDeeperThan(doc), { error: 'Nội dung lồng nhau quá nhiều tầng (danh sách, trích dẫn). Hãy bớt các tầng lồng nhau rồi lưu lại.', abort: true })
    .refine((doc) => JSON.stringify(doc).length <= 1_000_000, 'Nội dung quá dài (tối đa khoảng 1 MB).'),
  sectionId: z.coerce.number().int().positive('Vui lòng chọn chuyên mục.').nullable().default(null),
  tags: z.array(z.string().trim().min(1).max(60, 'Mỗi thẻ tối đa 60 ký tự.')).max(20, 'Tối đa 20 thẻ.').default([]),
  creditLine: z.string().trim().max(200, 'Dòng tác giả dài quá 200 ký tự.').default(''),
  authorIds: z.array(z.number().int().positive()).max(10).default([]),
  featuredMediaId: z.number().int().positive().nullable().default(null),
  slug: z.string().trim().max(120, 'Đường dẫn dài quá 120 ký tự.').default(''),
  seoTitle: z.string().trim().max(200, 'Tiêu đề SEO dài quá 200 ký tự.').default(''),
  seoDescription: z.string().trim().max(400, 'Mô tả SEO dài quá 400 ký tự.').default(''),
});

export type ArticleFields = z.output<typeof articleFieldsSchema>;

export const saveArticleSchema = z.object({
  id: z.number().int().positive(),
  baseVersion: z.number().int().positive(),
  fields: articleFieldsSchema,
});

export const publishArticleSchema = saveArticleSchema.extend({
  /** ISO time to publish at; absent means now. */
  publishAt: z.string().datetime({ offset: true, error: 'Thời điểm xuất bản không hợp lệ.' }).nullable().default(null),
});

export const correctArticleSchema = saveArticleSchema.extend({
  note: z.string().trim().min(10, 'Nội dung đính chính cần ít nhất 10 ký tự.').max(1000, 'Nội dung đính chính tối đa 1.000 ký tự.'),
});

export const articleRefSchema = z.object({ id: z.number().int().positive(), baseVersion: z.number().int().positive() });
