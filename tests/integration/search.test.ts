import { describe, expect, it } from 'vitest';
import { searchPublicArticles, type SearchCursor } from '@/db/queries/search';
import { upsertSections } from '@/db/queries/seed';
import { searchArticles, SEARCH_PAGE_SIZE, tsQueries } from '@/lib/search/articles';
import { parseSearchQuery } from '@/lib/search/query';
import { HOSTILE_STRINGS } from '../hostile/payloads';
import { insertStory } from '../support/stories';

const HOUR = 3_600_000;
let counter = 0;

/** A unique word per test, so each test sees only its own stories. */
const marker = () => `xq${++counter}z${Math.random().toString(36).slice(2, 6)}`;

const story = insertStory;

async function sections() {
  const n = ++counter;
  const ids = await upsertSections([
    { slug: `thoi-su-${n}`, name: 'Thời sự', description: '', position: 0 },
    { slug: `kinh-te-${n}`, name: 'Kinh tế', description: '', position: 1 },
  ]);
  return { a: { id: ids.get(`thoi-su-${n}`)!, slug: `thoi-su-${n}` }, b: { id: ids.get(`kinh-te-${n}`)!, slug: `kinh-te-${n}` } };
}

/**
 * Four kinds of story with the word `m`, one per rank for the query "bão": title with the accents,
 * text with them, title in other accents, text in other accents.
 */
const storyPerRank = (m: string) => [
  (i: number) => ({ title: `Bão ${m} ${i}`, body: ['Nội dung.'] }),
  (i: number) => ({ title: `Tin ${i}`, body: [`Cơn bão ${m}.`] }),
  (i: number) => ({ title: `Báo ${m} ${i}`, body: ['Nội dung.'] }),
  (i: number) => ({ title: `Tin ${i}`, body: [`Cái bao ${m}.`] }),
];

const slugs = async (params: Record<string, string>) => (await searchArticles(params)).hits.map((h) => h.slug);
const ago = (hours: number) => new Date(Date.now() - hours * HOUR);

describe('search that reads Vietnamese', () => {
  it('folds accents and case, covers title, sapo and body, ranks title matches first', async () => {
    const { a } = await sections();
    const m = marker();
    const inBody = await story({ title: 'Tin khác', section: a.id, publishedAt: ago(1), body: [`Phường Hùng Vương ${m} họp bàn.`] });
    const inTitle = await story({ title: `Đảng bộ phường Hùng Vương ${m}`, section: a.id, publishedAt: ago(11) });
    const inSapo = await story({ title: 'Tin thứ ba', section: a.id, publishedAt: ago(2), sapo: `Về Hùng Vương ${m}` });
    expect(await slugs({ q: `hung VUONG ${m}` })).toEqual([inTitle, inBody, inSapo]);
    expect(await slugs({ q: `ĐẢNG ${m}` })).toEqual([inTitle]);
    expect(await slugs({ q: `dang ${m}` })).toEqual([inTitle]);
  });

  it('ranks the exact accents first when they are typed, and finds every spelling without them', async () => {
    const { a } = await sections();
    const m = marker();
    // The newspaper story is newer and has the word in its title: only the accents rank the storm first.
    const storm = await story({ title: `Ứng phó ${m}`, section: a.id, publishedAt: ago(5), body: ['Cơn bão số 3 đổ bộ vào miền Trung.'] });
    const stormTitle = await story({ title: `Bão số 3 ${m}`, section: a.id, publishedAt: ago(6) });
    const paper = await story({ title: `Báo chí đưa tin ${m}`, section: a.id, publishedAt: ago(1) });
    const bag = await story({ title: `Hàng hóa ${m}`, section: a.id, publishedAt: ago(2), body: ['Bao tải gạo.'] });

    expect(await slugs({ q: `bão ${m}` })).toEqual([stormTitle, storm, paper, bag]);
    expect(await slugs({ q: `báo ${m}` })).toEqual([paper, stormTitle, bag, storm]);
    // Without accents: title matches first, then newest first; every spelling is found.
    expect(await slugs({ q: `bao ${m}` })).toEqual([paper, stormTitle, bag, storm]);
  });

  it('matches a quoted phrase only with its words in order, next to each other', async () => {
    const { a } = await sections();
    const m = marker();
    const inOrder = await story({ title: `Họp dân ${m}`, section: a.id, publishedAt: ago(3), body: ['Tổ dân phố 6 họp bàn việc xây dựng.'] });
    const scattered = await story({ title: `Tin phố ${m}`, section: a.id, publishedAt: ago(1), body: ['Phố 6 có tổ bảo vệ, dân đông.'] });
    expect(await slugs({ q: `"tổ dân phố 6" ${m}` })).toEqual([inOrder]);
    expect(await slugs({ q: `"to dan pho 6" ${m}` })).toEqual([inOrder]);
    expect(new Set(await slugs({ q: `tổ dân phố 6 ${m}` }))).toEqual(new Set([inOrder, scattered]));
  });

  it('shows a snippet with the matched words marked in their own accents', async () => {
    const { a } = await sections();
    const m = marker();
    await story({ title: `Tin bão ${m}`, section: a.id, publishedAt: ago(1), body: ['Cơn Bão <script>alert(1)</script> số 3 đổ bộ vào Quảng Trị.'] });
    const [hit] = (await searchArticles({ q: `bao quang tri ${m}` })).hits;
    expect(hit!.snippet.filter((s) => s.mark).map((s) => s.text)).toEqual(['Bão', 'Quảng', 'Trị']);
    expect(hit!.snippet.map((s) => s.text).join('')).toContain('<script>alert(1)</script>');
  });

  it('filters by section (with its subsections) and by days in Vietnam time', async () => {
    const { a, b } = await sections();
    const m = marker();
    // 23:30 on 1 March 2025 in Hà Nội is still 1 March there, though it is 16:30 UTC.
    const march1 = await story({ title: `Tin ${m}`, section: a.id, publishedAt: new Date('2025-03-01T23:30:00+07:00') });
    const march2 = await story({ title: `Tin ${m}`, section: b.id, publishedAt: new Date('2025-03-02T00:30:00+07:00') });
    const april = await story({ title: `Tin ${m}`, section: a.id, publishedAt: new Date('2025-04-10T08:00:00+07:00') });
    expect(await slugs({ q: m, 'chuyen-muc': a.slug })).toEqual([april, march1]);
    expect(await slugs({ q: m, 'chuyen-muc': b.slug })).toEqual([march2]);
    expect(await slugs({ q: m, 'tu-ngay': '2025-03-02' })).toEqual([april, march2]);
    expect(await slugs({ q: m, 'den-ngay': '2025-03-01' })).toEqual([march1]);
    expect(await slugs({ q: m, 'tu-ngay': '2025-03-01', 'den-ngay': '2025-03-31', 'chuyen-muc': a.slug })).toEqual([march1]);
    // The old spelling with underscores still reads.
    expect(await slugs({ q: m, chuyen_muc: b.slug })).toEqual([march2]);
  });

  it('says so and ignores the dates when they make no sense, and ignores an unknown section', async () => {
    const { a } = await sections();
    const m = marker();
    const one = await story({ title: `Tin ${m}`, section: a.id, publishedAt: ago(1) });
    for (const dates of [{ 'tu-ngay': '2025-02-30' }, { 'tu-ngay': '2025-03-02', 'den-ngay': '2025-03-01' }, { 'den-ngay': 'hôm qua' }]) {
      const results = await searchArticles({ q: m, ...dates });
      expect(results.badDates).toBe(true);
      expect(results.hits.map((h) => h.slug)).toEqual([one]);
    }
    expect(await slugs({ q: m, 'chuyen-muc': 'khong-co' })).toEqual([]);
    expect(await slugs({ q: m, 'chuyen-muc': "x' or 1=1 --" })).toEqual([one]);
  });

  it('pages through every rank in order, without repeating or skipping', async () => {
    const { a } = await sections();
    const m = marker();
    // Newer as i grows smaller.
    const kinds = storyPerRank(m);
    const expected: { slug: string; rank: number; i: number }[] = [];
    for (let i = 0; i < 2 * SEARCH_PAGE_SIZE + 10; i++) {
      const rank = i % 4;
      expected.push({ slug: await story({ ...kinds[rank]!(i), section: a.id, publishedAt: ago(i + 1) }), rank, i });
    }
    expected.sort((x, y) => x.rank - y.rank || x.i - y.i);

    const seen: { slug: string; rank: number }[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 5; pages++) {
      const results = await searchArticles({ q: `bão ${m}`, ...(cursor ? { sau: cursor } : {}) });
      seen.push(...results.hits.map((h) => ({ slug: h.slug, rank: h.rank })));
      cursor = results.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(expected.map(({ slug, rank }) => ({ slug, rank })));
  });

  it('finds the same pages whether the newest stories hold them or the full-text index is asked', async () => {
    const { a, b } = await sections();
    const m = marker();
    const kinds = storyPerRank(m);
    for (let i = 0; i < 14; i++) {
      await story({ ...kinds[i % 4]!(i), section: i % 3 ? a.id : b.id, publishedAt: ago(i + 1) });
      // Newer stories without the word between the matches: a small window holds few of them.
      await story({ title: `Tin khác ${i}`, section: a.id, publishedAt: ago(i + 0.5) });
    }
    // Every page of 4, by the cursor, as the search page asks for them.
    const allPages = async (q: string, probeWindow: number, filter = {}) => {
      const queries = tsQueries(parseSearchQuery(q))!;
      const seen: string[] = [];
      let cursor: SearchCursor | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const hits = await searchPublicArticles({ queries, filter, limit: 4, cursor, probeWindow });
        seen.push(...hits.map((h) => `${h.rank} ${h.slug}`));
        const last = hits[hits.length - 1];
        if (hits.length < 4 || !last) break;
        cursor = { rank: last.rank, publishedAt: new Date(last.publishedAt), id: last.id };
      }
      return seen;
    };
    for (const [q, filter, count] of [
      [`bão ${m}`, {}, 14],
      [`bao ${m}`, {}, 14],
      [`bão ${m}`, { sectionSlug: b.slug }, 5],
    ] as const) {
      // A window of 10,000 holds every story of the test database: each page is read in date order.
      const byDate = await allPages(q, 10_000, filter);
      expect(byDate, q).toHaveLength(count);
      // A window of one or three stories holds too few matches: each page is read by the index.
      expect(await allPages(q, 1, filter), q).toEqual(byDate);
      expect(await allPages(q, 3, filter), q).toEqual(byDate);
    }
  });

  it('answers every hostile query without error', async () => {
    const queries = [...HOSTILE_STRINGS.map((s) => s.value), "a & !b | (c:* <-> 'd')", "'", '"', '""', '" "', ':*', '\\', 'a:*B', '!!!', '中文 😀', 'ữ'.repeat(300)];
    for (const q of queries) {
      await expect(searchArticles({ q }), q.slice(0, 30)).resolves.toMatchObject({ hits: expect.any(Array) });
      await expect(searchArticles({ q, 'chuyen-muc': q, 'tu-ngay': q, 'den-ngay': q, sau: q }), q.slice(0, 30)).resolves.toMatchObject({
        hits: expect.any(Array),
      });
    }
  });
});
