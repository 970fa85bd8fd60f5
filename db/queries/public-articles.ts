import 'server-only';
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { getDb } from '../client';
import { articleAuthors, articles, articleTags, articleCorrections, slugRedirects } from '../schema/articles';
import { media, type MediaVariant } from '../schema/media';
import { sections } from '../schema/sections';
import { tags } from '../schema/tags';
import { users } from '../schema/users';
import { isPublic } from './visibility';

/** A position in a newest-first list: the last row seen. */
export type Cursor = { publishedAt: Date; id: number };

/** A stored photo as readers get it; the focal point (0–1 each way) says what cropping keeps. */
export type ImageRef = {
  id: number;
  key: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  focalX: number;
  focalY: number;
  /** The WebP copies made at upload (none for photos stored before there were copies, nor where not selected). */
  variants?: MediaVariant[];
};

export type ArticleCard = {
  id: number;
  slug: string;
  sectionSlug: string;
  sectionName: string;
  title: string;
  sapo: string;
  publishedAt: string;
  image: ImageRef | null;
};

/** The columns of a story card; select them (plus any extra) and pass the row to toCard. */
export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  title: articles.title,
  sapo: articles.sapo,
  publishedAt: articles.publishedAt,
  imageId: media.id,
  imageKey: media.key,
  imageFocalX: media.focalX,
  imageFocalY: media.focalY,
  imageWidth: media.width,
  imageHeight: media.height,
  imageAlt: media.alt,
  imageCaption: media.caption,
  imageCredit: media.credit,
  imageVariants: media.variants,
};

export type CardRow = {
  id: number;
  slug: string;
  sectionSlug: string;
  sectionName: string;
  title: string;
  sapo: string;
  publishedAt: Date | null;
  imageKey: string | null;
  /** Rows selected without these (older call sites) get the photo's centre. */
  imageId?: number | null;
  imageFocalX?: number | null;
  imageFocalY?: number | null;
  imageWidth: number | null;
  imageHeight: number | null;
  imageAlt: string | null;
  imageCaption: string | null;
  imageCredit: string | null;
  imageVariants?: MediaVariant[] | null;
};

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    sectionSlug: row.sectionSlug,
    sectionName: row.sectionName,
    title: row.title,
    sapo: row.sapo,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    image: row.imageKey
      ? {
          id: row.imageId ?? 0,
          key: row.imageKey,
          focalX: row.imageFocalX ?? 0.5,
          focalY: row.imageFocalY ?? 0.5,
          width: row.imageWidth ?? 0,
          height: row.imageHeight ?? 0,
          alt: row.imageAlt ?? '',
          caption: row.imageCaption ?? '',
          credit: row.imageCredit ?? '',
          variants: row.imageVariants ?? [],
        }
      : null,
  };
}

function before(cursor: Cursor | undefined): SQL | undefined {
  if (!cursor) return undefined;
  return sql`(${articles.publishedAt}, ${articles.id}) < (${cursor.publishedAt.toISOString()}::timestamptz, ${cursor.id})`;
}

async function listCards(where: SQL | undefined, limit: number, joinOn?: 'tag' | 'author'): Promise<ArticleCard[]> {
  const db = await getDb();
  let query = db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .$dynamic();
  if (joinOn === 'tag') query = query.innerJoin(articleTags, eq(articleTags.articleId, articles.id));
  if (joinOn === 'author') query = query.innerJoin(articleAuthors, eq(articleAuthors.articleId, articles.id));
  const rows = await query.where(where).orderBy(desc(articles.publishedAt), desc(articles.id)).limit(limit);
  return rows.map(toCard);
}

export async function listLatestArticles({ limit, cursor }: { limit: number; cursor?: Cursor }) {
  return listCards(and(isPublic(), before(cursor)), limit);
}

export async function listSectionArticles({
  sectionIds,
  limit,
  cursor,
  excludeIds = [],
}: {
  sectionIds: number[];
  limit: number;
  cursor?: Cursor;
  excludeIds?: number[];
}) {
  const exclude = excludeIds.length ? sql`${articles.id} not in ${excludeIds}` : undefined;
  return listCards(and(isPublic(), inArray(articles.sectionId, sectionIds), before(cursor), exclude), limit);
}

export async function listTagArticles({ tagId, limit, cursor }: { tagId: number; limit: number; cursor?: Cursor }) {
  return listCards(and(isPublic(), eq(articleTags.tagId, tagId), before(cursor)), limit, 'tag');
}

export async function listAuthorArticles({ userId, limit, cursor }: { userId: number; limit: number; cursor?: Cursor }) {
  return listCards(and(isPublic(), eq(articleAuthors.userId, userId), before(cursor)), limit, 'author');
}

/** Stories sharing the most tags with this one, then the newest of its section. */
export async function listRelatedArticles({
  articleId,
  tagIds,
  sectionId,
  limit,
}: {
  articleId: number;
  tagIds: number[];
  sectionId: number;
  limit: number;
}): Promise<ArticleCard[]> {
  const db = await getDb();
  const byTags: ArticleCard[] = [];
  if (tagIds.length) {
    const shared = db
      .select({ articleId: articleTags.articleId, shared: sql<number>`count(*)`.as('shared') })
      .from(articleTags)
      .where(and(inArray(articleTags.tagId, tagIds), ne(articleTags.articleId, articleId)))
      .groupBy(articleTags.articleId)
      .as('shared');
    const rows = await db
      .select(cardColumns)
      .from(shared)
      .innerJoin(articles, eq(articles.id, shared.articleId))
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .leftJoin(media, eq(media.id, articles.featuredMediaId))
      .where(isPublic())
      .orderBy(desc(shared.shared), desc(articles.publishedAt), desc(articles.id))
      .limit(limit);
    byTags.push(...rows.map(toCard));
  }
  if (byTags.length >= limit) return byTags;
  const seen = [articleId, ...byTags.map((card) => card.id)];
  const fromSection = await listCards(
    and(isPublic(), eq(articles.sectionId, sectionId), sql`${articles.id} not in ${seen}`),
    limit - byTags.length,
  );
  return [...byTags, ...fromSection];
}

export type ArticleAuthor = { id: number; name: string; slug: string };
export type ArticleTag = { id: number; name: string; slug: string };
export type Correction = { note: string; createdAt: string };

export type PublicArticle = {
  id: number;
  slug: string;
  title: string;
  sapo: string;
  body: unknown;
  creditLine: string;
  seoTitle: string;
  seoDescription: string;
  commentsClosed: boolean;
  publishedAt: string;
  updatedAt: string;
  section: { id: number; slug: string; name: string };
  image: ImageRef | null;
  authors: ArticleAuthor[];
  tags: ArticleTag[];
  corrections: Correction[];
};

/** The public story with this slug, or null when none is public. */
export async function getPublicArticle({ slug }: { slug: string }): Promise<PublicArticle | null> {
  const db = await getDb();
  const [row] = await db
    .select({
      ...cardColumns,
      body: articles.body,
      creditLine: articles.creditLine,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      commentsClosed: articles.commentsClosed,
      updatedAt: articles.updatedAt,
      sectionId: articles.sectionId,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.featuredMediaId))
    .where(and(isPublic(), eq(articles.slug, slug)))
    .limit(1);
  if (!row) return null;
  const [authorRows, tagRows, correctionRows] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, slug: users.slug })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(eq(articleAuthors.articleId, row.id))
      .orderBy(asc(articleAuthors.position)),
    db
      .select({ id: tags.id, name: tags.name, slug: tags.slug })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(asc(articleTags.position)),
    db
      .select({ note: articleCorrections.note, createdAt: articleCorrections.createdAt })
      .from(articleCorrections)
      .where(eq(articleCorrections.articleId, row.id))
      .orderBy(asc(articleCorrections.createdAt)),
  ]);
  const card = toCard(row);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    sapo: row.sapo,
    body: row.body,
    creditLine: row.creditLine,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentsClosed: row.commentsClosed,
    publishedAt: card.publishedAt,
    updatedAt: row.updatedAt.toISOString(),
    section: { id: row.sectionId, slug: row.sectionSlug, name: row.sectionName },
    image: card.image,
    authors: authorRows,
    tags: tagRows,
    corrections: correctionRows.map((c) => ({ note: c.note, createdAt: c.createdAt.toISOString() })),
  };
}

/** Where an old or mistyped article path should now point, if the story is public. */
export async function findArticleRedirect({ slug }: { slug: string }): Promise<{ sectionSlug: string; slug: string } | null> {
  const db = await getDb();
  const [row] = await db
    .select({ sectionSlug: sections.slug, slug: articles.slug })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(
      and(
        isPublic(),
        sql`(${articles.slug} = ${slug} or ${articles.id} = (select ${slugRedirects.targetId} from ${slugRedirects} where ${slugRedirects.kind} = 'article' and ${slugRedirects.oldSlug} = ${slug}))`,
      ),
    )
    .limit(1);
  return row ?? null;
}

export type SitemapEntry = { sectionSlug: string; slug: string; title: string; publishedAt: string; updatedAt: string };

/** Public stories for sitemaps, newest first; `since` narrows to the news sitemap's window. */
export async function listSitemapArticles({ since, limit }: { since?: Date; limit: number }): Promise<SitemapEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({
      sectionSlug: sections.slug,
      slug: articles.slug,
      title: articles.title,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic(), since ? sql`${articles.publishedAt} >= ${since.toISOString()}::timestamptz` : undefined))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map((r) => ({
    sectionSlug: r.sectionSlug,
    slug: r.slug,
    title: r.title,
    publishedAt: (r.publishedAt ?? new Date(0)).toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export type CorrectionEntry = { note: string; createdAt: string; title: string; sectionSlug: string; slug: string };

/** Corrections of public stories, newest first: the corrections page linked from the footer. */
export async function listPublicCorrections({ limit }: { limit: number }): Promise<CorrectionEntry[]> {
  const db = await getDb();
  const rows = await db
    .select({ note: articleCorrections.note, createdAt: articleCorrections.createdAt, title: articles.title, sectionSlug: sections.slug, slug: articles.slug })
    .from(articleCorrections)
    .innerJoin(articles, eq(articles.id, articleCorrections.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(isPublic())
    .orderBy(desc(articleCorrections.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
