import { type AnyPgColumn, index, integer, pgEnum, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { articles } from './articles';
import { users } from './users';

export const commentStatusEnum = pgEnum('comment_status', ['pending', 'approved', 'rejected', 'spam']);

export const comments = pgTable(
  'comments',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnyPgColumn => comments.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    email: text('email').notNull(),
    body: text('body').notNull(),
    status: commentStatusEnum('status').notNull().default('pending'),
    ipHash: text('ip_hash').notNull().default(''),
    // Set when a staff member replies as the newsroom.
    staffUserId: integer('staff_user_id').references(() => users.id, { onDelete: 'set null' }),
    moderatedBy: integer('moderated_by').references(() => users.id, { onDelete: 'set null' }),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('comments_article_status_idx').on(t.articleId, t.status, t.createdAt),
    index('comments_status_created_idx').on(t.status, t.createdAt.desc()),
    index('comments_ip_created_idx').on(t.ipHash, t.createdAt),
    index('comments_email_created_idx').on(t.email, t.createdAt),
  ],
);

export type Comment = typeof comments.$inferSelect;
