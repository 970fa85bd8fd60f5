import { expect, test, type Page } from './support/test';
import { asStaff, unique } from './support/auth';

// Two people, several sign-ins and saves on a small machine.
test.describe.configure({ timeout: 90_000 });

async function submittedStory(writer: Page, title: string): Promise<string> {
  await writer.goto('/admin/articles/new');
  await writer.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await writer.getByLabel('Sapo').fill('Sapo của bài gửi duyệt trong hành trình trả lại.');
  await writer.getByRole('textbox', { name: 'Nội dung' }).click();
  await writer.keyboard.type('Đoạn mở đầu của bài sẽ bị trả lại.');
  await writer.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  await writer.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(writer).toHaveURL(/\/admin\/articles\/\d+$/);
  await writer.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(writer.getByText('Đã gửi bài cho biên tập viên duyệt.')).toBeVisible();
  return new URL(writer.url()).pathname;
}

test('an editor sends a story back with a reason; the writer sees it, answers in a note, and sends it again', async ({ browser }) => {
  const title = unique('Bài bị trả lại');
  const writer = await asStaff(browser, 'writer');
  const path = await submittedStory(writer, title);

  const editor = await asStaff(browser, 'editor', path);
  await editor.getByRole('button', { name: 'Trả lại' }).click();
  const dialog = editor.getByRole('dialog', { name: 'Trả lại bài cho phóng viên' });
  await expect(dialog).toBeVisible();
  // A reason is required.
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(dialog.getByText('Hãy ghi lý do trả lại (ít nhất 5 ký tự).')).toBeVisible();
  const reason = `Thiếu nguồn cho số liệu ${unique('ở đoạn hai')}.`;
  await dialog.getByLabel('Lý do').fill(reason);
  await dialog.getByRole('button', { name: 'Trả lại' }).click();
  await expect(dialog).toBeHidden();
  await expect(editor.getByText('Đã trả lại bài cho phóng viên kèm lý do.')).toBeVisible();
  await expect(editor.locator('.badge').getByText('Bị trả lại', { exact: true })).toBeVisible();

  // The writer's bell says something waits; the list names the story, marked new once.
  await writer.goto('/admin');
  await writer.getByRole('link', { name: /^Thông báo, \d+ chưa đọc$/ }).click();
  await expect(writer).toHaveURL(/\/admin\/notifications$/);
  const item = writer.getByRole('listitem').filter({ hasText: `trả lại bài “${title}”` });
  await expect(item).toContainText(reason);
  await expect(item).toContainText('Mới');
  await writer.reload();
  await expect(item).not.toContainText('Mới');

  // The writer finds it under "Bị trả lại" and reads the reason at the top of the editor.
  await writer.goto('/admin/articles?trang-thai=returned');
  await writer.getByRole('link', { name: title }).click();
  const banner = writer.getByRole('region', { name: 'Bị trả lại' });
  await expect(banner).toContainText(reason);
  await expect(banner).toContainText('Phạm Quang Huy');

  // A note between them, in the panel under the story.
  const notes = writer.getByRole('region', { name: 'Ghi chú nội bộ' });
  await expect(notes).toContainText(reason);
  const note = `Đã bổ sung nguồn từ Sở Xây dựng ${unique('ghi chú')}`;
  await notes.getByLabel('Ghi chú mới').fill(note);
  await notes.getByRole('button', { name: 'Thêm ghi chú' }).click();
  await expect(notes.getByRole('listitem').filter({ hasText: note })).toBeVisible();

  await writer.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(writer.getByText('Đã gửi bài cho biên tập viên duyệt.')).toBeVisible();
  await expect(banner).toBeHidden();

  // Published, the story shows readers nothing of the notes.
  await editor.reload();
  await expect(editor.getByRole('region', { name: 'Ghi chú nội bộ' })).toContainText(note);
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();
  const href = await editor.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href');
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(href!);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const html = await reader.content();
  expect(html).not.toContain(note);
  expect(html).not.toContain(reason);
  const preview = await editor.request.get(`${path}/preview`);
  expect(await preview.text()).not.toContain(note);
});

test('a new story goes to the editors in one click, without a first save', async ({ browser }) => {
  const title = unique('Bài gửi ngay');
  const writer = await asStaff(browser, 'writer', '/admin/articles/new');
  await writer.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await writer.getByLabel('Sapo').fill('Sapo của bài gửi duyệt ngay từ lần đầu.');
  await writer.getByRole('textbox', { name: 'Nội dung' }).click();
  await writer.keyboard.type('Đoạn mở đầu của bài gửi ngay.');
  await writer.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  await writer.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(writer).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(writer.getByText('Đã gửi bài cho biên tập viên duyệt.')).toBeVisible();
  await expect(writer.locator('.badge').getByText('Chờ duyệt', { exact: true })).toBeVisible();
  await expect(writer.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);

  // An editor publishes a new story of their own in one click as well.
  const own = unique('Bài đăng ngay');
  const editor = await asStaff(browser, 'editor', '/admin/articles/new');
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(own);
  await editor.getByLabel('Sapo').fill('Sapo của bài xuất bản ngay từ lần đầu.');
  await editor.getByRole('textbox', { name: 'Nội dung' }).click();
  await editor.keyboard.type('Đoạn mở đầu của bài đăng ngay.');
  await editor.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(editor.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();
  const href = await editor.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href');
  expect((await editor.request.get(href!)).status()).toBe(200);
});

test('each person chooses whether the notifications also come by email', async ({ browser }, testInfo) => {
  // One account per project: the two projects run at the same time.
  const person = await asStaff(browser, testInfo.project.name === 'phone' ? 'admin' : 'moderator', '/admin/profile');
  const box = person.getByRole('checkbox', { name: 'Nhận thông báo qua email' });
  const save = person.locator('form', { has: box }).getByRole('button', { name: 'Lưu' });
  await expect(box).toBeChecked();
  await box.uncheck();
  await save.click();
  await expect(person.getByText('Bạn sẽ không nhận thông báo qua email nữa.')).toBeVisible();
  await person.reload();
  await expect(box).not.toBeChecked();
  await box.check();
  await save.click();
  await expect(person.getByText('Bạn sẽ nhận thông báo qua email.')).toBeVisible();
});

test('an editor shares a signed preview link; outside the newsroom it shows the saved draft, unindexed, until revoked', async ({ browser }) => {
  const title = unique('Bài xem trước cho luật sư');
  const editor = await asStaff(browser, 'editor', '/admin/articles/new');
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await editor.getByLabel('Sapo').fill('Sapo của bài cần xem trước.');
  await editor.getByRole('textbox', { name: 'Nội dung' }).click();
  await editor.keyboard.type('Đoạn mở đầu của bản thảo.');
  await editor.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  await editor.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);

  const panel = editor.getByRole('region', { name: 'Liên kết xem trước' });
  await panel.getByRole('button', { name: 'Tạo liên kết xem trước' }).click();
  const field = panel.getByRole('textbox', { name: 'Liên kết xem trước vừa tạo' });
  await expect(field).toHaveValue(/\/xem-truoc\/[A-Za-z0-9_-]+$/);
  const path = new URL(await field.inputValue()).pathname;

  // Someone outside the newsroom: no session, no dashboard.
  const outsider = await (await browser.newContext()).newPage();
  const response = await outsider.goto(path);
  expect(response!.status()).toBe(200);
  expect(response!.headers()['cache-control']).toContain('no-store');
  expect(response!.headers()['x-robots-tag']).toContain('noindex');
  await expect(outsider.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(outsider.getByRole('note')).toContainText('Bản xem trước');
  await expect(outsider.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(outsider.getByRole('navigation', { name: 'Điều hướng tòa soạn' })).toHaveCount(0);

  await panel.getByRole('button', { name: 'Thu hồi' }).click();
  await expect(panel.getByText('Chưa có liên kết nào còn hiệu lực.')).toBeVisible();
  expect((await outsider.goto(path))!.status()).toBe(404);
});
