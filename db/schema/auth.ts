import { boolean, index, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';

/** Every sign-in attempt, for throttling repeated failures by account and by address. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    ipHash: text('ip_hash').notNull(),
    success: boolean('success').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_email_idx').on(t.email, t.createdAt), index('login_attempts_ip_idx').on(t.ipHash, t.createdAt)],
);
