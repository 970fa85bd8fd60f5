import { describe, expect, it } from 'vitest';
import { insertArticles, upsertSections } from '@/db/queries/seed';
import { deriveSearchFields } from '@/lib/articles/derive';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import { announceDueArticles } from '@/lib/articles/scheduler';

describe('scheduler tick', () => {
  it('finds stories that came due since the last tick, and runs outside Next without error', async () => {
    const sections = await upsertSections([{ slug: 'lich', name: 'Lịch', description: '', position: 0 }]);
    await announceDueArticles(new Date()); // start a fresh window
    const body = paragraphsToDoc(['Nội dung.']);
    await insertArticles([
      {
        slug: 'bai-den-gio',
        sectionId: sections.get('lich')!,
        title: 'Bài đến giờ',
        sapo: 'Sapo.',
        body,
        ...deriveSearchFields({ title: 'Bài đến giờ', sapo: 'Sapo.', body }),
        status: 'published',
        publishedAt: new Date(Date.now() + 200),
        authorIds: [],
        tagIds: [],
      },
    ]);
    expect(await announceDueArticles(new Date(Date.now() + 1000))).toBe(1);
    expect(await announceDueArticles(new Date(Date.now() + 2000))).toBe(0);
  });
});

describe('scheduler tick on several instances', () => {
  it('runs the due work once: ticks at the same moment skip while one holds the window', async () => {
    const base = Date.now() + 60_000;
    await announceDueArticles(new Date(base));
    const results = await Promise.all([1, 2, 3].map((i) => announceDueArticles(new Date(base + i))));
    // PGlite has one connection, so its ticks queue up; PostgreSQL's skip. Either way the
    // window moved forward once per tick that ran, and nothing ran twice.
    expect(results.filter((r) => r !== null).length).toBeGreaterThanOrEqual(1);
    expect(results.every((r) => r === null || r === 0)).toBe(true);
  });
});
