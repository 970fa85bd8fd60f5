import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { RichTextNode } from './articles';
import { users } from './users';

/**
 * The newsroom's own pages (Giới thiệu, Liên hệ, Điều khoản…), public at /trang/{slug} while
 * published, or at /{slug} when `topLevel` (a slug no section and no site route uses).
 * `inMenu` pages are linked from every page's footer, ordered by `menuPosition`.
 */
export const sitePages = pgTable(
  'site_pages',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    body: jsonb('body').$type<RichTextNode>().notNull(),
    published: boolean('published').notNull().default(false),
    topLevel: boolean('top_level').notNull().default(false),
    inMenu: boolean('in_menu').notNull().default(false),
    menuPosition: integer('menu_position').notNull().default(0),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('site_pages_slug_key').on(t.slug), index('site_pages_menu_idx').on(t.inMenu, t.menuPosition)],
);

export type SitePage = typeof sitePages.$inferSelect;

export type TipStatus = 'new' | 'handled' | 'spam';

/**
 * What readers send the newsroom through `Gửi tin cho tòa soạn`. The photo, when there is one,
 * is re-encoded without metadata and stored under a staff-only key (lib/tips/photo.ts).
 */
export const readerTips = pgTable(
  'reader_tips',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    contact: text('contact').notNull(),
    message: text('message').notNull(),
    photoKey: text('photo_key'),
    photoMime: text('photo_mime'),
    status: text('status').$type<TipStatus>().notNull().default('new'),
    ipHash: text('ip_hash').notNull().default(''),
    handledBy: integer('handled_by').references(() => users.id, { onDelete: 'set null' }),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('reader_tips_status_created_idx').on(t.status, t.createdAt.desc()),
    index('reader_tips_ip_created_idx').on(t.ipHash, t.createdAt),
    index('reader_tips_contact_created_idx').on(t.contact, t.createdAt),
  ],
);

export type ReaderTip = typeof readerTips.$inferSelect;
