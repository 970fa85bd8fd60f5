import { expect, test, type Page } from './support/test';
import { asStaff } from './support/auth';

// Two stories written and published through the dashboard, then searched as a reader.
test.describe.configure({ timeout: 90_000 });

/** A word no other story has: lower-case letters only, so it is one search term. */
const marker = () => `tk${Date.now().toString(36).replace(/\d/g, '')}${Math.random().toString(36).replace(/[^a-z]/g, '').slice(0, 6)}`;

async function publishStory(editor: Page, story: { title: string; body: string; section: string }) {
  await editor.goto('/admin/articles/new');
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(story.title);
  await editor.getByLabel('Sapo').fill('Tin thử cho tìm kiếm.');
  await editor.getByRole('textbox', { name: 'Nội dung' }).click();
  await editor.keyboard.type(story.body);
  await editor.getByLabel('Chuyên mục').selectOption({ label: story.section });
  await editor.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();
}

/** A reader of their own (X-Forwarded-For), so the per-address search limit is theirs alone. */
async function useOwnAddress(page: Page) {
  const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': ip });
}

test('a reader searches with accents, sees the matched words marked, and narrows by section', async ({ browser, page, isMobile }) => {
  const m = marker();
  const editor = await asStaff(browser, 'editor');
  const storm = `Miền Trung ứng phó ${m}`;
  const paper = `Báo chí đưa tin ${m}`;
  // The newspaper story is newer and carries the word in its title; only the accents put the storm first.
  await publishStory(editor, { title: storm, section: 'Thời sự', body: `Cơn bão số 3 đổ bộ vào Quảng Trị, ${m} sơ tán dân.` });
  await publishStory(editor, { title: paper, section: 'Kinh tế', body: `Các tờ báo đưa tin về thị trường ${m}.` });

  await useOwnAddress(page);
  await page.goto('/');
  if (isMobile) await page.locator('summary[aria-label="Tìm kiếm"]').click();
  const box = page.getByRole('searchbox', { name: 'Tìm kiếm' });
  await box.fill(`bão ${m}`);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`bão ${m}`);

  const titles = page.locator('.story-list .story-card__title');
  await expect(titles).toHaveText([storm, paper]);
  const cards = page.locator('.story-list > li');
  // Matched words marked in the story's own accents; the rest of the snippet is plain text.
  await expect(cards.nth(0).locator('.search-snippet mark')).toHaveText(['bão', m]);
  await expect(cards.nth(0).locator('.search-snippet')).toContainText('đổ bộ vào Quảng Trị');
  await expect(cards.nth(1).locator('.search-snippet mark')).toHaveText(['báo', m]);

  // Without accents both spellings are found, newest title match first.
  await page.getByRole('searchbox', { name: 'Từ khóa' }).fill(`bao ${m}`);
  await page.getByRole('searchbox', { name: 'Từ khóa' }).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`bao ${m}`);
  await expect(titles).toHaveText([paper, storm]);

  // A phrase in quotes matches only its words in order.
  await page.getByRole('searchbox', { name: 'Từ khóa' }).fill(`"đổ bộ vào Quảng Trị" ${m}`);
  await page.getByRole('searchbox', { name: 'Từ khóa' }).press('Enter');
  await expect(titles).toHaveText([storm]);
  await expect(cards.nth(0).locator('.search-snippet mark')).toHaveText(['đổ', 'bộ', 'vào', 'Quảng', 'Trị', m]);

  // Narrow by section.
  await page.getByRole('searchbox', { name: 'Từ khóa' }).fill(`bao ${m}`);
  await page.getByRole('combobox', { name: 'Chuyên mục' }).selectOption({ label: 'Kinh tế' });
  await page.getByRole('button', { name: 'Lọc', exact: true }).click();
  await expect(page).toHaveURL(/chuyen-muc=kinh-te/);
  await expect(titles).toHaveText([paper]);
  await expect(page.getByRole('combobox', { name: 'Chuyên mục' })).toHaveValue('kinh-te');

  // A day range that cannot be: said plainly, and the results are not narrowed by it.
  await page.goto(`/tim-kiem?q=${encodeURIComponent(`bao ${m}`)}&tu-ngay=2025-03-02&den-ngay=2025-03-01`);
  await expect(page.getByRole('alert').filter({ hasText: 'Khoảng ngày không hợp lệ' })).toBeVisible();
  await expect(titles).toHaveText([paper, storm]);
});

test('a search asked for again comes from the page cache, with the same results and address', async ({ page }) => {
  await useOwnAddress(page);
  // A day range of its own (any day after today finds every story), so this search is new to the server.
  const until = new Date(Date.UTC(2090 + Math.floor(Math.random() * 10), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)));
  const address = `/tim-kiem?q=${encodeURIComponent('Hùng Vương')}&den-ngay=${until.toISOString().slice(0, 10)}`;
  const titles = page.locator('.story-list .story-card__title');

  const first = await page.goto(address);
  expect(first?.headers()['x-nextjs-cache']).toBeUndefined(); // rendered for this reader alone
  const found = await titles.allTextContents();
  expect(found.length).toBeGreaterThan(0);
  await expect(page.locator('.search-snippet mark').first()).toBeVisible();

  await page.reload(); // asked again: rendered once more, into the cache
  const third = await page.reload();
  expect(third?.headers()['x-nextjs-cache']).toBe('HIT');
  await expect(page).toHaveURL(address);
  await expect(titles).toHaveText(found);
  await expect(page.getByRole('searchbox', { name: 'Từ khóa' })).toHaveValue('Hùng Vương');

  // The cached pages' own addresses take only keys the server made.
  expect((await page.goto('/tim-kiem/ket-qua/khong-phai-khoa'))?.status()).toBe(404);
});

test('the next page of a search asked for before comes from its cached page, by a click, at the reader’s address', async ({ page }) => {
  await useOwnAddress(page);
  const until = new Date(Date.UTC(2090 + Math.floor(Math.random() * 10), Math.floor(Math.random() * 12), 1 + Math.floor(Math.random() * 28)));
  // "dan" (dân, dẫn, …, unaccented) is in dozens of the 200 generated stories: more than a page.
  const address = `/tim-kiem?q=dan&den-ngay=${until.toISOString().slice(0, 10)}`;
  const titles = page.locator('.story-list .story-card__title');
  await page.goto(address);
  const firstPage = await titles.allTextContents();
  expect(firstPage).toHaveLength(20);
  const more = page.getByRole('link', { name: 'Xem thêm kết quả' });
  const next = (await more.getAttribute('href'))!;
  // Someone else asked for the next page a moment ago: the click's payload request is sent to its cached page.
  expect((await page.request.get(next)).status()).toBe(200);
  const payload = page.waitForResponse((response) => response.url().includes('sau=') && response.request().headers()['rsc'] === '1');
  await more.click();
  expect((await payload).status()).toBe(200);
  expect(['MISS', 'HIT', 'STALE']).toContain((await payload).headers()['x-nextjs-cache']); // the cached results page, not /tim-kiem rendered afresh
  await expect(page).toHaveURL(next);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kết quả tìm kiếm cho “dan”');
  await expect(titles.first()).not.toHaveText(firstPage[0]!);
  const secondPage = await titles.allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  for (const title of secondPage) expect(firstPage).not.toContain(title);
});

test('searches past the per-address limit are refused with 429 in Vietnamese; other readers and pages are not', async ({ page, request }) => {
  const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
  const headers = { 'X-Forwarded-For': ip };
  const m = marker();
  // A burst of 30 searches is allowed, then one a second. Forty at once (addresses of cached results
  // pages, which count as searches and cost little): at most 30 and one a second of the time taken pass.
  const started = Date.now();
  const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => request.get(`/tim-kiem/ket-qua/khong-phai-khoa-${i}`, { headers }).then((r) => r.status())));
  const seconds = (Date.now() - started) / 1000;
  expect(burst.filter((status) => status === 404).length).toBeLessThanOrEqual(30 + Math.ceil(seconds));
  expect(burst.filter((status) => status !== 404 && status !== 429)).toEqual([]);
  expect(burst).toContain(429);
  // Spent: of four searches asked for at once, one passes at most (one a second; a stalled machine may let two).
  const next = await Promise.all(Array.from({ length: 4 }, (_, i) => request.get(`/tim-kiem?q=${m}${i}`, { headers })));
  expect(next.filter((response) => response.status() === 200).length).toBeLessThanOrEqual(2);
  const refused = next.find((response) => response.status() === 429)!;
  expect(refused).toBeDefined();
  expect(refused.headers()['retry-after']).toBe('5');
  expect(await refused.text()).toContain('Bạn thao tác quá nhanh');
  // The empty form and the rest of the site are not searches.
  expect((await request.get('/tim-kiem', { headers })).status()).toBe(200);
  expect((await request.get('/', { headers })).status()).toBe(200);
  // Another reader searches as usual, in a browser.
  await useOwnAddress(page);
  await page.goto(`/tim-kiem?q=${m}0`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${m}0`);
});
