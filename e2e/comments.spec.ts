import { expect, test, type Page, type TestInfo } from './support/test';
import { signIn } from './support/auth';

/*
 * Readers' comments and their moderation. Every test takes stories of its own (by position in
 * the home page's list, apart per project) and its own client address (X-Forwarded-For), so
 * the per-IP limits of one test never meet another's.
 */

const SLOTS = { post: 2, limit: 3, spam: 4, bulk: 5, closed: 6 } as const;

function uid(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

async function useOwnAddress(page: Page): Promise<string> {
  const ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': ip });
  return ip;
}

/**
 * The newest demo stories (from the RSS feed), so that none is old enough to be closed by age.
 * Other journeys publish (and unpublish) stories of their own while these tests run, in any
 * section: only stories from before the run (the demo's are at least two hours old) count, so
 * every slot stays on the same story for the whole run.
 */
async function storyPath(page: Page, testInfo: TestInfo, slot: number): Promise<string> {
  const rss = await (await page.request.get('/rss.xml')).text();
  const before = Date.now() - 90 * 60_000;
  const stories = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)]
    .map((m) => ({ path: /<link>(?:<!\[CDATA\[)?https?:\/\/[^/]+(\/[^<\]]+)/.exec(m[1]!)?.[1], at: Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(m[1]!)?.[1] ?? '') }))
    .filter((item): item is { path: string; at: number } => Boolean(item.path) && item.at < before)
    .map((item) => item.path);
  const index = slot + (testInfo.project.name === 'phone' ? 5 : 0);
  expect(stories.length, 'enough stories in the feed').toBeGreaterThan(index);
  return stories[index]!;
}

async function sendComment(page: Page, fields: { name?: string; email: string; body: string }) {
  const form = page.locator('form.comment-form');
  await expect(form).toHaveAttribute('data-ready', 'true');
  await form.getByLabel('Họ tên').fill(fields.name ?? 'Bạn đọc thử nghiệm');
  await form.getByLabel('Email').fill(fields.email);
  await form.getByLabel('Nội dung').fill(fields.body);
  await form.getByRole('button', { name: 'Gửi ý kiến' }).click();
}

async function articleIdOf(page: Page): Promise<string> {
  return (await page.locator('form.comment-form input[name="articleId"]').inputValue()).trim();
}

test('a reader posts, the comment waits for a moderator, who approves it with the keyboard; markup shows as text', async ({ page }, testInfo) => {
  await useOwnAddress(page);
  const path = await storyPath(page, testInfo, SLOTS.post);
  const tag = `e2e${uid()}`;
  const body = `<script>window.__binhLuan = 1</script> Ý kiến ${tag}\ndòng thứ hai`;
  await page.goto(path);
  await sendComment(page, { email: `${tag}@example.vn`, body });
  await expect(page.locator('form.comment-form').getByRole('status')).toHaveText('Ý kiến của bạn đã được gửi và đang chờ duyệt.');

  await page.goto(path);
  await expect(page.locator('.comments')).not.toContainText(tag);

  await signIn(page, 'moderator', `/admin/comments?q=${tag}`);
  const rows = page.locator('[data-comment-id]');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(`${tag}@example.vn`);
  await expect(page.locator('[data-keys-ready="true"]')).toBeVisible();
  await page.locator('h1').click();
  await page.keyboard.press('a');
  await expect(page.getByRole('status')).toContainText('Đã xử lý 1 bình luận');
  await expect(rows).toHaveCount(0);

  await page.goto(path);
  const comment = page.locator('.comment', { hasText: tag });
  await expect(comment).toBeVisible();
  await expect(comment.locator('.comment__body')).toContainText('<script>window.__binhLuan = 1</script>');
  expect(await page.evaluate(() => (window as unknown as { __binhLuan?: number }).__binhLuan)).toBeUndefined();
  expect(await comment.locator('.comment__body').innerText()).toContain('\ndòng thứ hai');
  await expect(comment).not.toContainText('@example.vn');
  await page.locator('.comments').screenshot({ path: testInfo.outputPath('comments.png') });
});

test('the second comment within 15 seconds is refused, in the form and as a direct post (429)', async ({ page }, testInfo) => {
  const ip = await useOwnAddress(page);
  const path = await storyPath(page, testInfo, SLOTS.limit);
  const tag = `e2e${uid()}`;
  await page.goto(path);
  await sendComment(page, { email: `${tag}@example.vn`, body: `Ý kiến thứ nhất ${tag}` });
  await expect(page.locator('form.comment-form').getByRole('status')).toBeVisible();
  await sendComment(page, { email: `${tag}@example.vn`, body: `Ý kiến thứ hai ${tag}` });
  await expect(page.locator('form.comment-form').getByRole('alert')).toHaveText(/Vui lòng đợi 15 giây/);

  const direct = await page.request.post('/api/comments', {
    headers: { 'X-Forwarded-For': ip },
    form: { articleId: await articleIdOf(page), name: 'Bạn đọc', email: `khac-${tag}@example.vn`, body: `Ý kiến thứ ba ${tag}`, returnTo: path },
    maxRedirects: 0,
  });
  expect(direct.status()).toBe(429);
  expect(await direct.text()).toContain('Vui lòng đợi 15 giây');
});

test('a comment with three links lands in spam, where moderators still see it', async ({ page }, testInfo) => {
  await useOwnAddress(page);
  const path = await storyPath(page, testInfo, SLOTS.spam);
  const tag = `e2e${uid()}`;
  await page.goto(path);
  await sendComment(page, { email: `${tag}@example.vn`, body: `Mua ngay ${tag}: http://a.example https://b.example www.c.example` });
  await expect(page.locator('form.comment-form').getByRole('status')).toBeVisible();
  await signIn(page, 'moderator', `/admin/comments?trang-thai=spam&q=${tag}`);
  await expect(page.locator('[data-comment-id]')).toHaveCount(1);
  await page.goto(`/admin/comments?q=${tag}`);
  await expect(page.getByText('Không có bình luận nào ở đây.')).toBeVisible();
});

test('comments posted without JavaScript wait in Thư rác, where a moderator approves several at once', async ({ page }, testInfo) => {
  await useOwnAddress(page);
  const path = await storyPath(page, testInfo, SLOTS.bulk);
  await page.goto(path);
  const articleId = await articleIdOf(page);
  const tag = `e2e${uid()}`;
  // Posted as a form without JavaScript would (no render token: held as suspected spam), each from its own address.
  for (let i = 1; i <= 3; i++) {
    const res = await page.request.post('/api/comments', {
      headers: { 'X-Forwarded-For': `10.200.${i}.${Math.floor(Math.random() * 250) + 1}` },
      form: { articleId, name: `Bạn đọc ${i}`, email: `${tag}-${i}@example.vn`, body: `Ý kiến số ${i} ${tag}`, returnTo: path },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toBe(`${path}#y-kien-da-gui`);
  }
  await signIn(page, 'moderator', `/admin/comments?q=${tag}`);
  await expect(page.getByText('Không có bình luận nào ở đây.')).toBeVisible();
  await page.goto(`/admin/comments?trang-thai=spam&q=${tag}`);
  await expect(page.locator('[data-comment-id]')).toHaveCount(3);
  await page.getByLabel('Chọn tất cả').check();
  await page.getByRole('button', { name: 'Duyệt', exact: true }).first().click();
  await expect(page.locator('[data-comment-id]')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('moderation.png'), fullPage: false });
  await page.goto(path);
  await expect(page.locator('.comment', { hasText: tag })).toHaveCount(3);
});

test('an editor closes comments on a story, which then shows why instead of the form', async ({ page }, testInfo) => {
  await useOwnAddress(page);
  const path = await storyPath(page, testInfo, SLOTS.closed);
  await page.goto(path);
  const articleId = await articleIdOf(page);
  await signIn(page, 'editor', `/admin/comments?bai=${articleId}`);
  await page.getByRole('button', { name: 'Đóng ý kiến cho bài này' }).click();
  await expect(page.getByText('Bài này đang đóng ý kiến.')).toBeVisible();
  await page.goto(path);
  await expect(page.locator('.comments__closed')).toHaveText('Tòa soạn đã đóng ý kiến cho bài viết này.');
  await expect(page.locator('form.comment-form')).toHaveCount(0);
  // Opened again, the story takes comments as before (and a later run finds its slot open).
  await page.goto(`/admin/comments?bai=${articleId}`);
  await page.getByRole('button', { name: 'Mở lại ý kiến cho bài này' }).click();
  await expect(page.getByText('Bài này đang đóng ý kiến.')).toHaveCount(0);
  await page.goto(path);
  await expect(page.locator('form.comment-form')).toHaveCount(1);
  await expect(page.locator('.comments__closed')).toHaveCount(0);
});

test('a moderator cannot open the story editor', async ({ page }) => {
  await signIn(page, 'moderator');
  await expect(page.getByRole('navigation', { name: 'Điều hướng tòa soạn' }).getByRole('link', { name: /Bình luận/ })).toBeVisible();
  await page.goto('/admin/articles/new');
  await expect(page).toHaveURL(/\/admin\?khong-du-quyen=1$/);
});
