import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { articles } from './articles';
import { users } from './users';

/**
 * Signed links to a story's latest saved version, for a reader outside the newsroom (legal
 * review, a source checking a quote): only a hash of the token is stored; a link lapses at
 * expiresAt (48 h) or when an editor revokes it.
 */
export const previewLinks = pgTable(
  'preview_links',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('preview_links_token_key').on(t.tokenHash), index('preview_links_article_idx').on(t.articleId)],
);
