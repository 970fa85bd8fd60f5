import { index, integer, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';
import { articles } from './articles';

/**
 * Readers' views, counted per story per hour: one row per story and hour, incremented in
 * batches (lib/views/counter.ts), never one row per view.
 */
export const articleViews = pgTable(
  'article_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    views: integer('views').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.hour] }), index('article_views_hour_idx').on(t.hour, t.articleId)],
);
