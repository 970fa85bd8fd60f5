import { describe, expect, it } from 'vitest';
import { listSitemapMonths, listSitemapMonthStories } from '@/db/queries/sitemaps';
import { insertArticles, upsertSections } from '@/db/queries/seed';
import { deriveSearchFields } from '@/lib/articles/derive';
import { paragraphsToDoc } from '@/lib/articles/rich-text';
import { vietnamMonthRange } from '@/lib/format/dates';

// A year of its own, so that other tests' stories never fall into these months; after 1975, since when
// Asia/Ho_Chi_Minh has been UTC+7 without change (PostgreSQL applies the zone's history).
const year = 1990 + Math.floor(Math.random() * 25);
const run = Math.random().toString(36).slice(2, 7);

async function stories(section: number, items: { slug: string; publishedAt: Date; status?: 'published' | 'draft' }[]) {
  await insertArticles(
    items.map((item) => {
      const body = paragraphsToDoc(['Nội dung.']);
      return {
        slug: `${item.slug}-${run}`,
        sectionId: section,
        title: item.slug,
        sapo: 'Sapo.',
        body,
        ...deriveSearchFields({ title: item.slug, sapo: 'Sapo.', body }),
        status: item.status ?? 'published',
        publishedAt: item.publishedAt,
        authorIds: [],
        tagIds: [],
      };
    }),
  );
}

describe('archive sitemaps by month', () => {
  it('files each public story under its month in Vietnam time, and pages through a month by keyset', async () => {
    const sectionIds = await upsertSections([{ slug: `luu-tru-${run}`, name: 'Lưu trữ', description: '', position: 90 }]);
    const section = sectionIds.get(`luu-tru-${run}`)!;
    const jan = `${year}-01`;
    const feb = `${year}-02`;
    await stories(section, [
      // 31 January 23:59:59 in Hà Nội is still January; one second later is February (UTC 17:00).
      { slug: 'cuoi-thang-mot', publishedAt: new Date(`${year}-01-31T16:59:59Z`) },
      { slug: 'dau-thang-hai', publishedAt: new Date(`${year}-01-31T17:00:00Z`) },
      // 1 January 00:30 in Hà Nội is 31 December in UTC: January all the same.
      { slug: 'dau-thang-mot', publishedAt: new Date(`${year - 1}-12-31T17:30:00Z`) },
      { slug: 'giua-thang-mot-a', publishedAt: new Date(`${year}-01-15T03:00:00Z`) },
      { slug: 'giua-thang-mot-b', publishedAt: new Date(`${year}-01-15T03:00:00Z`) },
      { slug: 'ban-nhap', publishedAt: new Date(`${year}-01-20T03:00:00Z`), status: 'draft' },
    ]);

    const months = await listSitemapMonths();
    expect(months.find((m) => m.month === jan)?.stories).toBe(4);
    expect(months.find((m) => m.month === feb)?.stories).toBe(1);
    expect(months.find((m) => m.month === `${year - 1}-12`)).toBeUndefined();

    const range = vietnamMonthRange(jan)!;
    const pages: string[][] = [];
    let after: { publishedAt: string; id: number } | undefined;
    for (;;) {
      const rows = await listSitemapMonthStories({ ...range, after, limit: 3 });
      if (rows.length === 0) break;
      pages.push(rows.map((r) => r.slug.replace(`-${run}`, '')));
      const last = rows.at(-1)!;
      after = { publishedAt: last.publishedAt, id: last.id };
    }
    // Oldest first; two stories at the same moment are both listed, across a page break.
    expect(pages).toEqual([['dau-thang-mot', 'giua-thang-mot-a', 'giua-thang-mot-b'], ['cuoi-thang-mot']]);
    const february = await listSitemapMonthStories({ ...vietnamMonthRange(feb)!, limit: 10 });
    expect(february.map((r) => r.slug)).toEqual([`dau-thang-hai-${run}`]);
  });

  it('knows a month only in the form YYYY-MM', () => {
    expect(vietnamMonthRange('2022-01')).toEqual({ start: new Date('2021-12-31T17:00:00Z'), end: new Date('2022-01-31T17:00:00Z') });
    expect(vietnamMonthRange('2022-12')?.end).toEqual(new Date('2022-12-31T17:00:00Z'));
    for (const bad of ['2022-13', '2022-00', '22-01', '2022-1', '2022-01-01', '']) expect(vietnamMonthRange(bad)).toBeNull();
  });
});
