import 'server-only';
import { and, eq, gte, inArray, lt, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { getDb } from '../client';
import { articles } from '../schema/articles';
import { media } from '../schema/media';
import { sections } from '../schema/sections';
import { cardColumns, toCard, type ArticleCard } from './public-articles';
import { isPublic } from './visibility';

/** Where the previous page of results ended: its last row's rank bucket and position. */
export type SearchCursor = { rank: number; publishedAt: Date; id: number };

/** tsquery texts made by lib/search/query.ts `toTsQuery` from a parsed query (never from raw input). */
export type SearchTsQueries = {
  /** Folded words: what must match. */
  folded: string;
  /** The words with their accents, when the reader typed any. */
  exact?: string;
};

/** Only stories of a section (by slug, its subsections included) and published in [from, until). */
export type SearchFilter = { sectionSlug?: string; from?: Date; until?: Date };

/**
 * A hit's rank bucket, best first: 0 the title has the words with the accents typed; 1 the
 * title lacks the words but the text has them with those accents; 2 the title has the words
 * in other accents (or the query has none); 3 the rest.
 */
export type SearchHit = ArticleCard & { rank: number; snippetSource: string };

/** The columns a bucket's condition reads: the table's own, or the same columns of a subquery over it. */
type Vectors = Record<'titleVector' | 'titleAccentVector' | 'accentVector' | 'searchVector', SQLWrapper>;
/** A rank's stories, and how many of the newest stories to read in date order for them (see `probeWindows`). */
type Bucket = { rank: number; where: (v: Vectors) => SQL; window: number };

/**
 * How many of the newest stories (after the cursor, within the filters) a bucket reads in date order
 * before it asks its full-text index instead. PostgreSQL cannot tell how many stories a query
 * matches (it multiplies the words' frequencies as if they were independent, and a bucket excludes
 * the others' matches), so it chose between those two plans wrongly both ways: at 100,000 stories a
 * rare combination walked the whole archive (1.1 s), a common one read 7,756 matching titles to keep 20.
 * Read this way, a common query stops after a page, and one that does not fill a page among the
 * newest stories matches few enough that the index reads them quickly.
 *
 * The window where the two costs meet grows with the square root of the archive: reading `w`
 * stories in date order costs about `w`, and a query that does not fill a page of 20 among them
 * matches about 20/w of the archive, which the index then reads. A title is a few words on the
 * story's row, while the text is stored apart (TOAST) and costs several times more to test, so
 * titles get the longer window. The factors were measured with 256 two-word queries one at a time
 * (README, Benchmark): 2,000/800 stories at 100,000 (1,000/400 and 4,000/1,500 were slower at p95
 * or p50), 630/250 at 10,000.
 */
export function probeWindows(stories: number): { title: number; text: number } {
  const root = Math.sqrt(Math.max(0, stories));
  return { title: Math.max(100, Math.round(6.3 * root)), text: Math.max(40, Math.round(2.5 * root)) };
}

/** The archive's size as PostgreSQL last counted it (its statistics), asked at most every 10 minutes. */
let archive: { stories: number; at: number } | undefined;
async function archiveSize(): Promise<number> {
  if (archive && Date.now() - archive.at < 600_000) return archive.stories;
  const db = await getDb();
  const [row] = await db
    .select({ stories: sql<number>`greatest(reltuples, 0)::float8` })
    .from(sql`pg_class`)
    .where(sql`oid = 'articles'::regclass`);
  archive = { stories: Number(row?.stories ?? 0), at: Date.now() };
  return archive.stories;
}

/*
 * The results are read as up to four small queries, not one that ranks every match: a common
 * word matches most of the archive, and ranking all of it costs a read of every matching story.
 *   0 titles with the accents typed;      2 other title matches (both by title_vector);
 *   1 other stories with the exact accents (accent_vector);
 *   3 other folded matches, read only when the first three do not fill the page.
 * Each bucket has one rank, so newest first is its whole order, and each returns at most a page
 * after the cursor: their union, sorted, holds the true page.
 */
export async function searchPublicArticles({
  queries,
  filter = {},
  limit,
  cursor,
  probeWindow,
}: {
  queries: SearchTsQueries;
  filter?: SearchFilter;
  limit: number;
  cursor?: SearchCursor;
  /** Every bucket's window instead of `probeWindows`': for tests, which read both ways of a bucket. */
  probeWindow?: number;
}): Promise<SearchHit[]> {
  const windows = probeWindows(await archiveSize());
  const folded = sql`to_tsquery('simple', ${queries.folded})`;
  const exact = queries.exact ? sql`to_tsquery('simple', ${queries.exact})` : null;
  const inTitle = (v: Vectors) => sql`${v.titleVector} @@ ${folded}`;
  // Words with their accents are the folded words too: the exact buckets need no folded test of the text.
  const exactInTitle = (v: Vectors) => sql`${v.titleAccentVector} @@ ${exact}`;
  const buckets: Bucket[] = exact
    ? [
        { rank: 0, where: (v) => and(inTitle(v), exactInTitle(v))!, window: windows.title },
        { rank: 1, where: (v) => and(sql`${v.accentVector} @@ ${exact}`, sql`not (${inTitle(v)})`)!, window: windows.text },
        { rank: 2, where: (v) => and(inTitle(v), sql`not (${exactInTitle(v)})`)!, window: windows.title },
      ]
    : // The folded title is part of the folded text: a title match needs no test of the whole text.
      [{ rank: 2, where: inTitle, window: windows.title }];
  const rest: Bucket = {
    rank: 3,
    where: (v) => and(sql`${v.searchVector} @@ ${folded}`, sql`not (${inTitle(v)})`, exact ? sql`not (${v.accentVector} @@ ${exact})` : undefined)!,
    window: windows.text,
  };

  const read = (bucket: Bucket, n: number) => readBucket(probeWindow ? { ...bucket, window: probeWindow } : bucket, filter, n, cursor);
  const first = (await Promise.all(buckets.map((b) => read(b, limit)))).flat();
  const rows = first.length >= limit ? first : [...first, ...(await read(rest, limit - first.length))];
  rows.sort((a, b) => a.rank - b.rank || b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id);
  const page = rows.slice(0, limit);
  if (!page.length) return [];

  // The text snippets are cut from, read for the page's rows only.
  const db = await getDb();
  const texts = await db
    .select({ id: articles.id, text: sql<string>`${articles.sapo} || E'\n' || ${articles.bodyText}` })
    .from(articles)
    .where(inArray(articles.id, page.map((r) => r.id)));
  const textOf = new Map(texts.map((t) => [t.id, t.text]));
  return page.map((r) => ({ ...toCard(r), rank: r.rank, snippetSource: textOf.get(r.id) ?? '' }));
}

/**
 * One bucket's stories after the cursor, newest first, at most `limit`: first among the newest
 * `window` stories in date order (the public-list index), where a common query fills its page;
 * when they hold fewer than `limit`, by the bucket's full-text index over all stories.
 */
async function readBucket({ rank, where, window }: Bucket, filter: SearchFilter, limit: number, cursor: SearchCursor | undefined) {
  // A whole bucket before the cursor's is done; one after it starts from its newest story.
  if (cursor && rank < cursor.rank) return [];
  const after =
    cursor && rank === cursor.rank ? sql`(${articles.publishedAt}, ${articles.id}) < (${cursor.publishedAt.toISOString()}::timestamptz, ${cursor.id})` : undefined;
  const scope = and(
    isPublic(),
    filter.sectionSlug
      ? sql`${articles.sectionId} in (select s.id from ${sections} s left join ${sections} p on p.id = s.parent_id where ${filter.sectionSlug} in (s.slug, p.slug))`
      : undefined,
    filter.from ? gte(articles.publishedAt, filter.from) : undefined,
    filter.until ? lt(articles.publishedAt, filter.until) : undefined,
    after,
  );
  const db = await getDb();
  const columns = {
    id: articles.id,
    slug: articles.slug,
    sectionId: articles.sectionId,
    title: articles.title,
    sapo: articles.sapo,
    publishedAt: articles.publishedAt,
    featuredMediaId: articles.featuredMediaId,
    titleVector: articles.titleVector,
    titleAccentVector: articles.titleAccentVector,
    accentVector: articles.accentVector,
    searchVector: articles.searchVector,
  };
  // `nulls last`, as articles_public_latest_idx is built, so that index can give the order;
  // `nulls first`, an order no index has, so that the planner sorts what matches instead. The two
  // are the same order here: a public story always has its publish time.
  const newest = (t: { publishedAt: SQLWrapper; id: SQLWrapper }, nulls: 'first' | 'last') =>
    nulls === 'last' ? [sql`${t.publishedAt} desc nulls last`, sql`${t.id} desc nulls last`] : [sql`${t.publishedAt} desc nulls first`, sql`${t.id} desc nulls first`];
  const page = async (stories: typeof recent, nulls: 'first' | 'last', matching?: SQL) => {
    const rows = await db
      .select({ ...cardColumns, id: stories.id, slug: stories.slug, title: stories.title, sapo: stories.sapo, publishedAt: stories.publishedAt })
      .from(stories)
      .innerJoin(sections, eq(sections.id, stories.sectionId))
      .leftJoin(media, eq(media.id, stories.featuredMediaId))
      .where(matching)
      .orderBy(...newest(stories, nulls))
      .limit(limit);
    return rows.map((r) => ({ ...r, rank, publishedAt: r.publishedAt ?? new Date(0) }));
  };

  // The newest stories in date order, read lazily: the outer query stops at its page.
  const recent = db.select(columns).from(articles).where(scope).orderBy(...newest(articles, 'last')).limit(window).as('stories');
  const found = await page(recent, 'last', where(recent));
  if (found.length >= limit) return found;
  // Every match, as the full-text index gives them, sorted: in date order the planner would walk
  // the date index to stop early, however few stories match (the whole archive, for none).
  return page(db.select(columns).from(articles).where(and(scope, where(articles))).as('stories'), 'first');
}
