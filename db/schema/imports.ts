import { index, integer, pgTable, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * What an import brought in: each item of the source (a WordPress post, category, author,
 * attachment, comment…) and the row it became here. A second run finds its items here and
 * changes nothing; a run that stopped halfway resumes where it stopped.
 */
export const importItems = pgTable(
  'import_items',
  {
    id: serial('id').primaryKey(),
    /** The source site, e.g. the WordPress export's base_site_url. */
    source: text('source').notNull(),
    kind: text('kind').$type<ImportKind>().notNull(),
    /** The source's id (a WordPress post id, term id, author login or upload path). */
    sourceId: text('source_id').notNull(),
    targetId: integer('target_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('import_items_source_kind_id_key').on(t.source, t.kind, t.sourceId), index('import_items_target_idx').on(t.kind, t.targetId)],
);

export type ImportKind = 'section' | 'tag' | 'author' | 'media' | 'article' | 'comment';
