import 'server-only';
import { and, eq, gt, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { articles, type ArticleStatus } from '../schema/articles';

/*
 * What a reader may see, as SQL: the twin of lib/articles/visibility.ts (the same rule in
 * memory). Change both together; tests/integration/visibility.test.ts tries every status ×
 * trash × publish time against both. Every query asks here; none writes the rule again.
 * The clock is always the application's (`now`), never the database's.
 */

/** Published and not in the trash, whether its time has come or not (live or scheduled). */
export function publishedNotTrashed(): SQL {
  return and(eq(articles.status, 'published'), isNull(articles.deletedAt)) as SQL;
}

/** Readers see the story at `now`: published, not in the trash, and its publish time has passed. */
export function isPublic(now: Date = new Date()): SQL {
  return and(publishedNotTrashed(), lte(articles.publishedAt, now)) as SQL;
}

/** The same as a selected column: true or false, never null. */
export function isPublicColumn(now: Date = new Date()) {
  return sql<boolean>`coalesce(${isPublic(now)}, false)`;
}

/** Stories that became public in (after, until]: scheduled stories coming due. */
export function becamePublicBetween(after: Date, until: Date): SQL {
  return and(isPublic(until), gt(articles.publishedAt, after)) as SQL;
}

/** The dashboard's display status (status, or "scheduled" for a published story whose time has not come). */
export function hasDisplayStatus(status: ArticleStatus | 'scheduled', now: Date = new Date()): SQL {
  if (status === 'scheduled') return and(eq(articles.status, 'published'), gt(articles.publishedAt, now)) as SQL;
  if (status === 'published') return and(eq(articles.status, 'published'), lte(articles.publishedAt, now)) as SQL;
  return eq(articles.status, status);
}
