import { expect, test } from './support/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { asStaff } from './support/auth';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const SEED_PATH = '/xay-dung-dang/phuong-hung-vuong-xay-dung-to-chuc-co-so-dang-tsvm';
const asArray = <T,>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

async function fetchXml(request: import('@playwright/test').APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const text = await response.text();
  expect(XMLValidator.validate(text), `${path} is well-formed XML`).toBe(true);
  return parser.parse(text);
}

test.describe('feeds and sitemaps', () => {
  test.skip(({ isMobile }) => isMobile, 'machine-read documents: one viewport is enough');

  test('the site RSS feed lists the newest stories', async ({ request }) => {
    const doc = await fetchXml(request, '/rss.xml');
    expect(doc.rss['@version']).toBe('2.0');
    const items = asArray(doc.rss.channel.item);
    expect(items.length).toBe(50);
    expect(doc.rss.channel.language).toBe('vi');
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(/^http:\/\/localhost:\d+\/[a-z-]+\/[a-z0-9-]+$/);
      expect(new Date(item.pubDate).getTime()).not.toBeNaN();
    }
    const dates = items.map((i) => new Date(i.pubDate).getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });

  test('a section feed holds only that section', async ({ request }) => {
    const doc = await fetchXml(request, '/xay-dung-dang/rss.xml');
    const items = asArray(doc.rss.channel.item);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.link).toContain('/xay-dung-dang/');
    expect(items.some((i) => String(i.link).endsWith(SEED_PATH))).toBe(true);
  });

  test('the sitemap is an index of monthly archives and of the site pages', async ({ request }) => {
    const index = await fetchXml(request, '/sitemap.xml');
    const children = asArray(index.sitemapindex.sitemap).map((s: { loc: string; lastmod: string }) => s);
    const origin = new URL(children[0]!.loc).origin;
    expect(children[0]!.loc).toBe(`${origin}/sitemaps/trang.xml`);
    // The reference story appeared in January 2022: its month has a file of its own.
    expect(children.map((c) => c.loc)).toContain(`${origin}/sitemaps/2022-01.xml`);
    for (const child of children) expect(child.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);

    const pages = asArray((await fetchXml(request, '/sitemaps/trang.xml')).urlset.url).map((u: { loc: string }) => u.loc);
    expect(pages).toContain(`${origin}/`);
    expect(pages).toContain(`${origin}/kinh-te`);
    expect(pages.some((l) => /\/tag\/[a-z0-9-]+$/.test(l))).toBe(true);
    expect(pages.some((l) => /\/tac-gia\/[a-z0-9-]+$/.test(l))).toBe(true);

    const january = asArray((await fetchXml(request, '/sitemaps/2022-01.xml')).urlset.url).map((u: { loc: string }) => u.loc);
    expect(january).toContain(`${origin}${SEED_PATH}`);
    // Every month's file lists only stories (no site pages), once each.
    expect(new Set(january).size).toBe(january.length);
    expect(january.every((l) => new URL(l).pathname.split('/').length === 3)).toBe(true);
  });

  test('a crawler reading a sitemap or feed again gets 304 while it is unchanged', async ({ request }) => {
    // January 2022's file: no test publishes into that month, so it stays the same through the run.
    const path = '/sitemaps/2022-01.xml';
    const first = await request.get(path);
    const etag = first.headers()['etag'];
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const again = await request.get(path, { headers: { 'If-None-Match': etag! } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
    // Another copy (an older one, say): the whole document again, the same bytes.
    const other = await request.get(path, { headers: { 'If-None-Match': '"ban-cu"' } });
    expect(other.status()).toBe(200);
    expect(other.headers()['etag']).toBe(etag);
    expect(await other.text()).toBe(await first.text());
    // The index and the feeds, which other tests change as they publish: 304, or a new document with a new ETag.
    for (const feed of ['/sitemap.xml', '/rss.xml', '/xay-dung-dang/rss.xml', '/news-sitemap.xml']) {
      const before = (await request.get(feed)).headers()['etag'];
      expect(before, feed).toMatch(/^"[A-Za-z0-9_-]+"$/);
      const reread = await request.get(feed, { headers: { 'If-None-Match': before! } });
      if (reread.status() !== 304) expect(reread.headers()['etag'], `${feed}: 200 only for a changed document`).not.toBe(before);
    }
  });

  test('unknown or malformed sitemap files answer 404', async ({ request }) => {
    for (const path of ['/sitemaps/2022-13.xml', '/sitemaps/abc.xml', '/sitemaps/..%2Fetc.xml', '/sitemaps/1999-01']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });

  test('tag and author feeds hold their stories, with authors and the photo’s real type and size', async ({ request }) => {
    const tag = await fetchXml(request, '/tag/chi-bo-trong-sach-vung-manh/rss.xml');
    const seed = asArray(tag.rss.channel.item).find((i) => String(i.link).endsWith(SEED_PATH));
    expect(seed, 'the reference story is in its tag’s feed').toBeTruthy();
    expect(String(seed.author)).toContain('(Ngô Tuấn Anh)');
    expect(seed.enclosure['@type']).toMatch(/^image\/(jpeg|png|webp|avif)$/);
    expect(Number(seed.enclosure['@length'])).toBeGreaterThan(1000);

    const author = asArray((await fetchXml(request, '/tac-gia/ngo-tuan-anh/rss.xml')).rss.channel.item);
    expect(author.length).toBeGreaterThan(0);
    for (const item of author) expect(String(item.author)).toContain('Ngô Tuấn Anh');
    for (const path of ['/tag/khong-co-the-nay/rss.xml', '/tac-gia/khong-co-ai/rss.xml']) expect((await request.get(path)).status(), path).toBe(404);
  });

  test('an editor puts the full text into the feeds, and takes it out again', async ({ browser, request }) => {
    const feedPath = '/tag/chi-bo-trong-sach-vung-manh/rss.xml';
    const seedItem = async () => asArray((await fetchXml(request, feedPath)).rss.channel.item).find((i) => String(i.link).endsWith(SEED_PATH));
    expect((await seedItem())['content:encoded']).toBeUndefined();
    const editor = await asStaff(browser, 'editor', '/admin/home');
    const box = editor.getByLabel(/Đưa toàn văn bài viết vào RSS/);
    const save = editor.getByRole('region', { name: 'Nguồn tin RSS' }).getByRole('button', { name: 'Lưu' });
    // The server action's answer, not the confirmation text (still there from the first save).
    const saved = () => editor.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/admin/home');
    try {
      await box.check();
      await Promise.all([saved(), save.click()]);
      await expect(editor.getByText('Đã lưu cài đặt RSS.')).toBeVisible();
      const full = String((await seedItem())['content:encoded']);
      expect(full).toContain('Đảng bộ phường Hùng Vương hiện có 617 đảng viên');
    } finally {
      await box.uncheck();
      await Promise.all([saved(), save.click()]);
    }
    expect((await seedItem())['content:encoded']).toBeUndefined();
  });

  test('the news sitemap holds only the last two days, with publication and language', async ({ request }) => {
    const doc = await fetchXml(request, '/news-sitemap.xml');
    expect(doc.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const urls = asArray(doc.urlset.url);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      const news = url['news:news'];
      expect(news['news:publication']['news:language']).toBe('vi');
      expect(news['news:publication']['news:name']).toBeTruthy();
      const published = new Date(news['news:publication_date']).getTime();
      expect(Date.now() - published).toBeLessThanOrEqual(2 * 24 * 3_600_000);
      expect(news['news:publication_date']).toMatch(/\+07:00$/);
    }
    expect(urls.some((u: { loc: string }) => u.loc.endsWith(SEED_PATH))).toBe(false);
  });

  test('robots.txt points at both sitemaps', async ({ request }) => {
    const text = await (await request.get('/robots.txt')).text();
    expect(text).toMatch(/Sitemap: http.*\/sitemap\.xml/);
    expect(text).toMatch(/Sitemap: http.*\/news-sitemap\.xml/);
    expect(text).toMatch(/Disallow: \/admin/);
  });
});
