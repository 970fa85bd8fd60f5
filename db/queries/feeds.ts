import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '../client';
import { articleAuthors, articles } from '../schema/articles';
import { media } from '../schema/media';
import { users } from '../schema/users';

export type FeedDetail = { authors: string[]; image: { mime: string; size: number } | null; body: unknown };

/** What a feed item carries beyond its card: staff authors, the photo's real type and size, the body. */
export async function listFeedDetails({ ids, withBody }: { ids: number[]; withBody: boolean }): Promise<Map<number, FeedDetail>> {
  const out = new Map<number, FeedDetail>();
  if (ids.length === 0) return out;
  const db = await getDb();
  const [rows, authors] = await Promise.all([
    db
      .select({ id: articles.id, mime: media.mime, size: media.size, ...(withBody ? { body: articles.body } : {}) })
      .from(articles)
      .leftJoin(media, eq(media.id, articles.featuredMediaId))
      .where(inArray(articles.id, ids)),
    db
      .select({ articleId: articleAuthors.articleId, name: users.name })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(inArray(articleAuthors.articleId, ids))
      .orderBy(asc(articleAuthors.articleId), asc(users.name)),
  ]);
  for (const row of rows) {
    out.set(row.id, {
      authors: [],
      image: row.mime && row.size !== null ? { mime: row.mime, size: row.size } : null,
      body: 'body' in row ? row.body : null,
    });
  }
  for (const a of authors) out.get(a.articleId)?.authors.push(a.name);
  return out;
}
