import AxeBuilder from '@axe-core/playwright';
import sharp from 'sharp';
import { expect, test, type Page } from './support/test';
import { asStaff, unique } from './support/auth';

// Whole newsroom journeys: several sign-ins and first renders on a small machine.
test.describe.configure({ timeout: 90_000 });


/** Fills a new story and saves it as a draft; returns its editor URL. */
async function draftStory(page: Page, title: string): Promise<string> {
  await page.goto('/admin/articles/new');
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Sapo').fill('Sapo của bài thử nghiệm trong hành trình của tòa soạn.');
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Đoạn mở đầu của bài viết thử nghiệm.');
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  await page.getByLabel('Thẻ', { exact: true }).fill('Hành trình thử');
  await page.getByLabel('Thẻ', { exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.getByText('Nháp', { exact: true })).toBeVisible();
  return page.url();
}

test('a writer drafts and submits; an editor publishes; readers see it at once', async ({ browser, request }) => {
  const title = unique('Phóng viên gửi bài');
  const writer = await asStaff(browser, 'writer');
  const editorUrl = await draftStory(writer, title);
  await expect(writer.getByRole('button', { name: 'Xuất bản' })).toHaveCount(0);
  await writer.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(writer.getByText('Đã gửi bài cho biên tập viên duyệt.')).toBeVisible();
  await expect(writer.getByText('Chờ duyệt', { exact: true })).toBeVisible();

  // The section page and this month's archive sitemap are cached before publication…
  expect(await (await request.get('/thoi-su')).text()).not.toContain(title);
  const monthSitemap = `/sitemaps/${new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' }).format(new Date())}.xml`;
  await request.get(monthSitemap);

  const editor = await asStaff(browser, 'editor', new URL(editorUrl).pathname);
  await expect(editor.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();

  // …and the very first request after publishing shows the story: no waiting, no retry.
  expect(await (await request.get('/thoi-su')).text()).toContain(title);
  expect(await (await request.get('/')).text()).toContain(title);
  expect(await (await request.get('/rss.xml')).text()).toContain(title);
  const href = await editor.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href');
  const reader = await request.get(href!);
  expect(reader.status()).toBe(200);
  expect(await reader.text()).toContain(title);
  expect(await (await request.get(monthSitemap)).text()).toContain(href!);

  // Unpublishing takes it down just as fast.
  editor.once('dialog', (dialog) => dialog.accept());
  await editor.getByRole('button', { name: 'Gỡ bài' }).click();
  await expect(editor.getByText('Đã gỡ bài khỏi trang báo.')).toBeVisible();
  expect((await request.get(href!)).status()).toBe(404);
  expect(await (await request.get('/thoi-su')).text()).not.toContain(title);
  expect(await (await request.get(monthSitemap)).text()).not.toContain(href!);
});

test('a writer illustrates a story from the media library; readers see both photos with their captions', async ({ browser, request }) => {
  const writer = await asStaff(browser, 'writer');
  const title = unique('Bài có ảnh');
  const url = await draftStory(writer, title);
  const alt = unique('Hội nghị tổng kết ở Vĩnh Yên');
  // A photo of its own: the library stores identical files once, under the first alt text.
  const channel = () => Math.floor(Math.random() * 256);
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: channel(), g: channel(), b: channel() } } }).jpeg().toBuffer();

  await writer.getByRole('button', { name: 'Chọn ảnh' }).click();
  const picker = writer.getByRole('dialog');
  await picker.getByLabel('Mô tả ảnh (alt)').fill(alt);
  await picker.getByLabel('Tệp ảnh').setInputFiles({ name: 'hoi-nghi.jpg', mimeType: 'image/jpeg', buffer: photo });
  await picker.getByRole('button', { name: 'Tải lên' }).click();
  await picker.getByRole('button', { name: new RegExp(alt) }).first().click();
  await expect(writer.getByRole('dialog')).toHaveCount(0);
  await expect(writer.getByRole('img', { name: alt })).toBeVisible();

  await writer.getByRole('textbox', { name: 'Nội dung' }).click();
  await writer.keyboard.press('End');
  await writer.getByRole('button', { name: 'Chèn ảnh' }).click();
  await writer.getByRole('dialog').getByRole('button', { name: new RegExp(alt) }).first().click();
  await expect(writer.locator('.ProseMirror figure img')).toHaveAttribute('alt', alt);
  await writer.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(writer.getByText(/^Đã lưu lúc/)).toBeVisible();

  const editor = await asStaff(browser, 'editor', new URL(url).pathname);
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();
  const href = await editor.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href');
  const reader = await browser.newPage();
  await reader.goto(href!);
  await expect(reader.locator('figure.figure--featured img')).toHaveAttribute('alt', alt);
  await expect(reader.locator('.article__body figure img')).toHaveAttribute('alt', alt);
  expect((await request.get(href!)).status()).toBe(200);
});

test('publishing names what is missing', async ({ browser }) => {
  const editor = await asStaff(browser, 'editor');
  await draftStory(editor, unique('Bài thiếu sapo'));
  await editor.getByLabel('Sapo').fill('');
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.locator('.form-error')).toContainText('Chưa thể xuất bản: còn thiếu sapo');
  await expect(editor.getByText('Nháp', { exact: true })).toBeVisible();
});

test('an editor publishes a correction that readers see on the story and in the corrections list', async ({ browser, request }) => {
  const editor = await asStaff(browser, 'editor');
  const title = unique('Bài cần đính chính');
  await draftStory(editor, title);
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();
  const note = unique('Sửa lại số liệu ở đoạn mở đầu');
  await editor.getByLabel('Nội dung đính chính').fill(note);
  await editor.getByRole('button', { name: 'Đính chính' }).click();
  await expect(editor.getByText('Đã đăng đính chính.')).toBeVisible();
  const href = await editor.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href');
  expect(await (await request.get(href!)).text()).toContain(note);
  const list = await request.get('/dinh-chinh');
  expect(await list.text()).toContain(note);
});

test('two editors save the same story at once and nothing is lost', async ({ browser }) => {
  const first = await asStaff(browser, 'editor');
  const url = await draftStory(first, unique('Hai người cùng sửa'));
  const second = await asStaff(browser, 'admin', new URL(url).pathname);
  await expect(first.getByText('Nguyễn Hoàng Nam cũng đang mở bài này.')).toBeVisible({ timeout: 30_000 });

  await first.getByLabel('Sapo').fill('Bản sapo của biên tập viên thứ nhất.');
  await first.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(first.getByText(/^Đã lưu lúc/)).toBeVisible();

  await second.getByLabel('Sapo').fill('Bản sapo của người thứ hai, viết cùng lúc.');
  await second.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(second.getByRole('heading', { name: /Bài đã được người khác lưu/ })).toBeVisible();
  await expect(second.getByTestId('conflict-mine')).toContainText('Bản sapo của người thứ hai, viết cùng lúc.');
  await expect(second.getByTestId('conflict-theirs')).toContainText('Bản sapo của biên tập viên thứ nhất.');
  await second.getByRole('button', { name: /Giữ bản của tôi/ }).click();
  await expect(second.getByText(/^Đã lưu lúc/)).toBeVisible();

  // Both texts remain: the latest in the story, the other in its history.
  await second.getByRole('link', { name: 'Lịch sử' }).click();
  await expect(second.getByText('Phiên bản 3')).toBeVisible();
  await second.getByRole('radio', { name: 'A: Phiên bản 2' }).check();
  await second.getByRole('radio', { name: 'B: Phiên bản 3' }).check();
  await second.getByRole('button', { name: 'So sánh hai phiên bản đã chọn' }).click();
  await expect(second.locator('del')).toContainText(['Bản sapo của biên tập viên thứ nhất.'.split(' ')[3]!]);
});

test('an editor restores an earlier revision', async ({ browser }) => {
  const editor = await asStaff(browser, 'editor');
  const original = unique('Tiêu đề gốc');
  await draftStory(editor, original);
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(unique('Tiêu đề đã sửa'));
  await editor.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(editor.getByText(/^Đã lưu lúc/)).toBeVisible();
  await editor.getByRole('link', { name: 'Lịch sử' }).click();
  await editor.getByRole('row', { name: /Phiên bản 1/ }).getByRole('button', { name: 'Khôi phục phiên bản này' }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(editor.getByLabel('Tiêu đề', { exact: true })).toHaveValue(original);
});

test('a scheduled story appears on its section when its time comes', async ({ browser, request, isMobile }) => {
  test.skip(isMobile, 'one viewport is enough for a minute-long wait');
  test.setTimeout(150_000);
  const title = unique('Bài hẹn giờ');
  const editor = await asStaff(browser, 'editor');
  await draftStory(editor, title);
  // datetime-local in Vietnam time, one minute (plus a margin) from now.
  const at = new Date(Date.now() + 7 * 3_600_000 + 90_000).toISOString().slice(0, 16);
  await editor.getByLabel('Thời điểm xuất bản').fill(at);
  await editor.getByRole('button', { name: 'Lên lịch' }).click();
  await expect(editor.getByText(/^Đã lên lịch xuất bản lúc/)).toBeVisible();
  await expect(editor.getByText('Hẹn giờ', { exact: true })).toBeVisible();
  expect(await (await request.get('/thoi-su')).text()).not.toContain(title);
  await expect.poll(async () => (await request.get('/thoi-su')).text(), { timeout: 130_000, intervals: [2_000] }).toContain(title);
});

test('a moderator cannot open the story editor', async ({ browser }) => {
  const moderator = await asStaff(browser, 'moderator');
  await moderator.goto('/admin/articles/new');
  await expect(moderator).toHaveURL(/\/admin\?khong-du-quyen=1$/);
  await expect(moderator.locator('.form-error')).toContainText('không có quyền');
  await expect(moderator.getByRole('navigation', { name: 'Điều hướng tòa soạn' }).getByRole('link', { name: 'Bài viết' })).toHaveCount(0);
});

test('signed-out visitors are sent to sign-in, and a wrong password is refused in Vietnamese', async ({ page }) => {
  await page.goto('/admin/articles');
  await expect(page).toHaveURL(/\/admin\/dang-nhap\?callbackUrl=%2Fadmin%2Farticles$/);
  await page.getByLabel('Email').fill('bientap@toasoan.vn');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.locator('.form-error')).toHaveText('Email hoặc mật khẩu không đúng.');
});

test('dashboard pages have no serious accessibility violations', async ({ browser }) => {
  const editor = await asStaff(browser, 'editor');
  for (const path of ['/admin', '/admin/articles', '/admin/articles/new']) {
    await editor.goto(path);
    await expect(editor.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page: editor }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
  }
});

test('a title typed the moment the editor opens is kept when the page finishes loading', async ({ browser }) => {
  const writer = await asStaff(browser, 'writer');
  const title = unique('Gõ ngay khi mở');
  // Type as soon as the field exists: no waiting for the page to load or hydrate first.
  await writer.goto('/admin/articles/new', { waitUntil: 'commit' });
  const field = writer.getByLabel('Tiêu đề', { exact: true });
  await field.fill(title);
  await expect(writer.locator('form[data-hydrated]')).toHaveCount(1);
  // A re-render after hydration (another field changes) must not reset the title.
  await writer.getByLabel('Sapo').fill('Sapo gõ sau khi trang đã sẵn sàng.');
  await expect(field).toHaveValue(title);
});
