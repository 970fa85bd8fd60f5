import { expect, test } from './support/test';
import { asStaff, unique } from './support/auth';

// A whole newsroom journey: two sign-ins, a publication and a reader on a small machine.
test.describe.configure({ timeout: 90_000 });

test("editors see a story's views (today, 7 days, in all) in the list and on the story", async ({ browser }) => {
  const title = unique('Bài đếm lượt đọc');
  const editor = await asStaff(browser, 'editor', '/admin/articles/new');
  await editor.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await editor.getByLabel('Sapo').fill('Sapo của bài thử nghiệm đếm lượt đọc.');
  await editor.getByRole('textbox', { name: 'Nội dung' }).click();
  await editor.keyboard.type('Đoạn mở đầu của bài viết đếm lượt đọc.');
  await editor.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
  await editor.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(editor).toHaveURL(/\/admin\/articles\/\d+$/);
  // A draft has no readers yet: no views panel.
  await expect(editor.getByRole('region', { name: 'Lượt đọc' })).toHaveCount(0);
  await editor.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(editor.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();
  const storyUrl = editor.url();
  const href = await editor.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href');

  // A reader in their own browser opens the story; the page's beacon counts the view.
  const reader = await (await browser.newContext()).newPage();
  const beacon = reader.waitForResponse((r) => new URL(r.url()).pathname === '/api/views');
  await reader.goto(href!);
  expect((await beacon).status()).toBe(204);

  // Views are written in batches every few seconds: the list shows the count once it is written.
  const list = `/admin/articles?q=${encodeURIComponent(title)}`;
  await expect(async () => {
    await editor.goto(list);
    await expect(editor.getByRole('row').filter({ hasText: title }).getByTestId('story-views')).toContainText('1 hôm nay, 1 trong 7 ngày, 1 tổng', { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  await editor.goto(storyUrl);
  const panel = editor.getByRole('region', { name: 'Lượt đọc' });
  await expect(panel).toBeVisible();
  for (const label of ['Hôm nay', '7 ngày', 'Tổng']) await expect(panel.getByText(label, { exact: true }).locator('xpath=following-sibling::dd[1]')).toHaveText('1');
});
