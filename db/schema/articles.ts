import { sql } from 'drizzle-orm';
import {
  customType,
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { media } from './media';
import { sections } from './sections';
import { tags } from './tags';
import { users } from './users';

/** Postgres full-text vector; filled by the database from the folded text columns. */
const tsvector = customType<{ data: string }>({
  dataType() {
    return 'tsvector';
  },
});

// 'returned': an editor sent the story back to its writer with a reason (see article_notes).
export const articleStatusEnum = pgEnum('article_status', ['draft', 'review', 'published', 'unpublished', 'returned']);

/** A ProseMirror/Tiptap document: the stored form of every story body. */
export type RichTextNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  text?: string;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
};

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull(),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id),
    status: articleStatusEnum('status').notNull().default('draft'),
    // Optimistic concurrency: every save must name the version it started from.
    version: integer('version').notNull().default(1),
    title: text('title').notNull(),
    sapo: text('sapo').notNull().default(''),
    body: jsonb('body').$type<RichTextNode>().notNull(),
    bodyText: text('body_text').notNull().default(''),
    // Title, sapo and body folded (no diacritics, đ→d, lower case) for accent-free search.
    titleFolded: text('title_folded').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
    // Word indexes over the folded text ('simple' config: no stemming, no stop words).
    searchVector: tsvector('search_vector').generatedAlwaysAs(sql`to_tsvector('simple', search_text)`),
    titleVector: tsvector('title_vector').generatedAlwaysAs(sql`to_tsvector('simple', title_folded)`),
    // The same words with their accents (NFC; lower case by the 'simple' dictionary): a query
    // typed with accents ranks stories that carry those exact accents first. The title's own
    // vector is small, so testing it never reads the story's whole text.
    accentVector: tsvector('accent_vector').generatedAlwaysAs(
      sql`to_tsvector('simple', normalize(title || ' ' || sapo || ' ' || body_text, NFC))`,
    ),
    titleAccentVector: tsvector('title_accent_vector').generatedAlwaysAs(sql`to_tsvector('simple', normalize(title, NFC))`),
    featuredMediaId: integer('featured_media_id').references(() => media.id, { onDelete: 'set null' }),
    creditLine: text('credit_line').notNull().default(''),
    seoTitle: text('seo_title').notNull().default(''),
    seoDescription: text('seo_description').notNull().default(''),
    commentsClosed: boolean('comments_closed').notNull().default(false),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('articles_slug_key').on(t.slug),
    index('articles_public_latest_idx')
      .on(t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'published' and ${t.deletedAt} is null`),
    index('articles_public_section_idx')
      .on(t.sectionId, t.publishedAt.desc(), t.id.desc())
      .where(sql`${t.status} = 'published' and ${t.deletedAt} is null`),
    index('articles_status_updated_idx').on(t.status, t.updatedAt.desc()),
    index('articles_search_vector_idx').using('gin', t.searchVector),
    index('articles_title_vector_idx').using('gin', t.titleVector),
    index('articles_accent_vector_idx').using('gin', t.accentVector),
    // Titles with the accents typed: search's first bucket, when few of the newest stories hold it.
    index('articles_title_accent_vector_idx').using('gin', t.titleAccentVector),
  ],
);

export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] }), index('article_authors_user_idx').on(t.userId, t.articleId)],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId, t.articleId)],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('article_revisions_article_idx').on(t.articleId, t.version.desc())],
);

export const articleCorrections = pgTable(
  'article_corrections',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    note: text('note').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('article_corrections_article_idx').on(t.articleId, t.createdAt)],
);

/** Old public paths that must keep answering with a permanent redirect. */
export const slugRedirects = pgTable(
  'slug_redirects',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').$type<'article' | 'section' | 'tag' | 'path:article' | 'path:section' | 'path:tag'>().notNull(),
    // 'path:*': a whole old address (an imported site's permalink, /?p=12, /category/x) in old_slug, see db/queries/imports.ts.
    oldSlug: text('old_slug').notNull(),
    targetId: integer('target_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('slug_redirects_kind_old_key').on(t.kind, t.oldSlug)],
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type ArticleStatus = (typeof articleStatusEnum.enumValues)[number];
