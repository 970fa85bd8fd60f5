import { boolean, integer, pgEnum, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const roleEnum = pgEnum('role', ['writer', 'editor', 'moderator', 'admin']);

export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    role: roleEnum('role').notNull().default('writer'),
    passwordHash: text('password_hash'),
    bio: text('bio').notNull().default(''),
    active: boolean('active').notNull().default(true),
    // Bumped on deactivation or password reset so that older sessions stop working.
    sessionVersion: integer('session_version').notNull().default(1),
    /** Whether this person also gets the dashboard's notifications by email (Tài khoản của tôi). */
    emailNotifications: boolean('email_notifications').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), uniqueIndex('users_slug_key').on(t.slug)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Role = (typeof roleEnum.enumValues)[number];
