import { and, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { insertArticles, upsertSections } from '@/db/queries/seed';
import { becamePublicBetween, hasDisplayStatus, isPublic, isPublicColumn } from '@/db/queries/visibility';
import { articleStatusEnum, articles } from '@/db/schema/articles';
import { deriveSearchFields } from '@/lib/articles/derive';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import { DISPLAY_STATUSES, displayStatus, fromVietnamLocal, isPublicAt, toVietnamLocal, vietnamLocalToIso } from '@/lib/articles/visibility';

/*
 * The reader-visibility rule lives twice, in memory and as SQL. Every status × trash ×
 * publish time (past, now, future, none) is stored in a real database, and both forms
 * must give the same answer for each story.
 */
const NOW = new Date('2026-03-10T05:00:00.000Z');
const TIMES = { past: new Date(NOW.getTime() - 3_600_000), now: NOW, future: new Date(NOW.getTime() + 3_600_000), none: null } as const;

type Case = { id: number; status: (typeof articleStatusEnum.enumValues)[number]; trashed: boolean; time: keyof typeof TIMES; publishedAt: Date | null; deletedAt: Date | null };

async function storeEveryCase(): Promise<Case[]> {
  const sectionId = (await upsertSections([{ slug: 'vis', name: 'Vis', description: '', position: 0 }])).get('vis')!;
  const body = paragraphsToDoc(['x']);
  const plan = articleStatusEnum.enumValues.flatMap((status) => [false, true].flatMap((trashed) => (Object.keys(TIMES) as (keyof typeof TIMES)[]).map((time) => ({ status, trashed, time }))));
  await insertArticles(
    plan.map((c) => ({
      slug: `vis-${c.status}-${c.trashed ? 'trash' : 'kept'}-${c.time}`,
      sectionId,
      title: 't',
      sapo: 's',
      body,
      ...deriveSearchFields({ title: 't', sapo: 's', body }),
      status: c.status,
      publishedAt: TIMES[c.time],
      authorIds: [],
      tagIds: [],
    })),
  );
  const db = await getDb();
  const deletedAt = new Date(NOW.getTime() - 60_000);
  const trashedSlugs = plan.filter((c) => c.trashed).map((c) => `vis-${c.status}-trash-${c.time}`);
  await db.update(articles).set({ deletedAt }).where(inArray(articles.slug, trashedSlugs));
  const rows = await db.select({ id: articles.id, slug: articles.slug, status: articles.status, publishedAt: articles.publishedAt, deletedAt: articles.deletedAt }).from(articles);
  return rows.map((r) => {
    const [, , kept, time] = r.slug.split('-');
    return { id: r.id, status: r.status, trashed: kept === 'trash', time: time as keyof typeof TIMES, publishedAt: r.publishedAt, deletedAt: r.deletedAt };
  });
}

describe('what a reader may see: the rule in memory and in SQL agree', () => {
  it('on every status × trash × publish time', async () => {
    const cases = await storeEveryCase();
    expect(cases).toHaveLength(articleStatusEnum.enumValues.length * 2 * 4);
    const db = await getDb();

    const inSql = new Set((await db.select({ id: articles.id }).from(articles).where(isPublic(NOW))).map((r) => r.id));
    const column = new Map((await db.select({ id: articles.id, visible: isPublicColumn(NOW) }).from(articles)).map((r) => [r.id, r.visible]));
    for (const c of cases) {
      const expected = isPublicAt(c, NOW);
      expect({ ...c, visible: inSql.has(c.id) }).toEqual({ ...c, visible: expected });
      expect({ ...c, visible: column.get(c.id) }).toEqual({ ...c, visible: expected });
    }
    // Exactly one case is public: published, kept, its time past or exactly now.
    expect(cases.filter((c) => isPublicAt(c, NOW)).map((c) => `${c.status}/${c.trashed}/${c.time}`).sort()).toEqual(['published/false/now', 'published/false/past']);

    const dueSince = new Date(NOW.getTime() - 2 * 3_600_000);
    const due = new Set((await db.select({ id: articles.id }).from(articles).where(becamePublicBetween(dueSince, NOW))).map((r) => r.id));
    for (const c of cases) expect({ ...c, due: due.has(c.id) }).toEqual({ ...c, due: isPublicAt(c, NOW) && !isPublicAt(c, dueSince) });
  });

  it('on the display status, "scheduled" included, for every story not in the trash', async () => {
    const db = await getDb();
    const rows = await db.select({ id: articles.id, status: articles.status, publishedAt: articles.publishedAt, deletedAt: articles.deletedAt }).from(articles);
    const timed = rows.filter((r) => r.publishedAt !== null);
    for (const status of DISPLAY_STATUSES) {
      const ids = timed.map((r) => r.id);
      const inSql = new Set((await db.select({ id: articles.id }).from(articles).where(and(hasDisplayStatus(status, NOW), inArray(articles.id, ids)))).map((r) => r.id));
      for (const r of timed) expect({ ...r, status, matches: inSql.has(r.id) }).toEqual({ ...r, status, matches: displayStatus(r, NOW) === status });
    }
    const scheduled = rows.filter((r) => displayStatus(r, NOW) === 'scheduled');
    expect(scheduled.every((r) => r.status === 'published' && r.publishedAt! > NOW)).toBe(true);
    expect(scheduled.length).toBeGreaterThan(0);
  });
});

describe('newsroom time in the dashboard', () => {
  it('reads a datetime-local value as Asia/Ho_Chi_Minh and writes it back', () => {
    expect(vietnamLocalToIso('2026-05-01T18:30')).toBe('2026-05-01T18:30:00+07:00');
    expect(fromVietnamLocal('2026-05-01T18:30').toISOString()).toBe('2026-05-01T11:30:00.000Z');
    expect(toVietnamLocal(new Date('2026-05-01T11:30:00.000Z'))).toBe('2026-05-01T18:30');
    expect(toVietnamLocal('2026-12-31T20:05:00.000Z')).toBe('2027-01-01T03:05');
  });
});
