import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { countViews, listMostRead } from '@/db/queries/views';
import { insertArticles, upsertSections } from '@/db/queries/seed';
import { articles } from '@/db/schema/articles';
import { articleViews } from '@/db/schema/views';
import { deriveSearchFields } from '@/lib/articles/derive';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import { countView, flushViews } from '@/lib/views/counter';

const run = Math.random().toString(36).slice(2, 7);
const BROWSER = 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';
const HOUR = 3_600_000;

async function stories(n: number, options: { status?: 'published' | 'draft' } = {}): Promise<number[]> {
  const sections = await upsertSections([{ slug: `doc-nhieu-${run}`, name: 'Đọc nhiều', description: '', position: 70 }]);
  const slugs = Array.from({ length: n }, (_, i) => `doc-nhieu-${run}-${Math.random().toString(36).slice(2, 6)}-${i}`);
  const body = paragraphsToDoc(['Nội dung.']);
  await insertArticles(
    slugs.map((slug) => ({
      slug,
      sectionId: sections.get(`doc-nhieu-${run}`)!,
      title: slug,
      sapo: 'Sapo.',
      body,
      ...deriveSearchFields({ title: slug, sapo: 'Sapo.', body }),
      status: options.status ?? 'published',
      publishedAt: new Date(Date.now() - 2 * HOUR),
      authorIds: [],
      tagIds: [],
    })),
  );
  const db = await getDb();
  const ids: number[] = [];
  for (const slug of slugs) ids.push((await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug)))[0]!.id);
  return ids;
}

function read(articleId: number, times: number, at = new Date(), userAgent = BROWSER) {
  for (let i = 0; i < times; i++) countView({ articleId, userAgent, addressHash: `reader-${run}-${articleId}-${i}-${Math.random()}`, now: at });
}

describe('counting views', () => {
  it('counts readers in batches, one row per story and hour, and never robots or repeats', async () => {
    const [story] = await stories(1);
    read(story!, 3);
    expect(countView({ articleId: story!, userAgent: 'Googlebot/2.1 (+http://www.google.com/bot.html)', addressHash: 'bot', now: new Date() })).toBe('robot');
    expect(countView({ articleId: story!, userAgent: null, addressHash: 'none', now: new Date() })).toBe('robot');
    expect(countView({ articleId: story!, userAgent: BROWSER, addressHash: `same-${run}` })).toBe('counted');
    expect(countView({ articleId: story!, userAgent: BROWSER, addressHash: `same-${run}` })).toBe('repeat');
    await flushViews();
    read(story!, 2);
    await flushViews();
    const db = await getDb();
    const rows = await db.select().from(articleViews).where(eq(articleViews.articleId, story!));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.views).toBe(6);
  });

  it('ranks the most read public stories of the day, and looks back a week when the day is thin', async () => {
    const ids = await stories(6);
    const [draft] = await stories(1, { status: 'draft' });
    const twoDaysAgo = new Date(Date.now() - 48 * HOUR);
    ids.forEach((id, rank) => read(id, 60 - rank * 10, twoDaysAgo));
    read(draft!, 500);
    await flushViews();
    // Two days ago only: the day is thin, so the week counts.
    const weekly = (await listMostRead({ since: new Date(Date.now() - 7 * 24 * HOUR), limit: 50 })).filter((s) => ids.includes(s.id));
    expect(weekly.map((s) => s.id)).toEqual(ids);
    expect(weekly.map((s) => s.views)).toEqual([60, 50, 40, 30, 20, 10]);
    expect((await listMostRead({ since: new Date(Date.now() - 7 * 24 * HOUR), limit: 50 })).some((s) => s.id === draft)).toBe(false);
    expect((await listMostRead({ since: new Date(Date.now() - 24 * HOUR), limit: 50 })).some((s) => ids.includes(s.id))).toBe(false);

    read(ids[5]!, 5);
    await flushViews();
    const counts = await countViews({ ids, dayStart: new Date(Date.now() - 12 * HOUR), weekStart: new Date(Date.now() - 7 * 24 * HOUR) });
    expect(counts.get(ids[5]!)).toEqual({ today: 5, week: 15, total: 15 });
    expect(counts.get(ids[0]!)).toEqual({ today: 0, week: 60, total: 60 });
  });
});
