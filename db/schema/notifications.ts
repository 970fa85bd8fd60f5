import { index, integer, jsonb, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { articles } from './articles';
import { users } from './users';

export const NOTIFICATION_KINDS = ['submitted', 'returned', 'published', 'scheduled', 'note', 'comments'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** What the sentence needs, copied at the time of the event (a later title change does not rewrite it). */
export type NotificationData = { title?: string; actor?: string; reason?: string; at?: string; count?: number };

/** What waits for a person in the dashboard's bell ("Thông báo"); read when the list is opened. */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    data: jsonb('data').$type<NotificationData>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt), index('notifications_unread_idx').on(t.userId, t.readAt)],
);
