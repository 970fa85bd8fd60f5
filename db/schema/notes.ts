import { index, integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { articles } from './articles';
import { users } from './users';

/**
 * Notes between staff on a story ("Ghi chú nội bộ"), and the reasons editors give when they
 * send a story back (kind 'return'). Never read by any reader-facing query: not the page, the
 * preview, feeds, JSON-LD or revisions.
 */
export const articleNotes = pgTable(
  'article_notes',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    kind: text('kind', { enum: ['note', 'return'] }).notNull().default('note'),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('article_notes_article_idx').on(t.articleId, t.createdAt)],
);

export type ArticleNote = typeof articleNotes.$inferSelect;
