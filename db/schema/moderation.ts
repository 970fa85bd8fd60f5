import { index, pgTable, serial, text, timestamp, uniqueIndex, integer } from 'drizzle-orm/pg-core';
import { users } from './users';

/** Words, emails and IP hashes whose comments go straight to spam. */
export const commentBlocklist = pgTable(
  'comment_blocklist',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').$type<'word' | 'email' | 'ip'>().notNull(),
    value: text('value').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('comment_blocklist_kind_value_key').on(t.kind, t.value), index('comment_blocklist_kind_idx').on(t.kind)],
);
