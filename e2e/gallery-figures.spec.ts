import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from './support/test';
import sharp from 'sharp';
import { asStaff } from './support/auth';

// Newsroom journeys: an editor and a reader, several first renders on a small machine.
test.describe.configure({ timeout: 120_000 });

/** A word no other test (or project) uses, so that a search in the picker finds only this test's photos. */
function marker(info: TestInfo): string {
  return `boanh${info.project.name}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A photo of its own (the library stores identical files once), through the library's API as the upload form sends it. */
async function uploadPhoto(page: Page, text: { alt: string; caption: string; credit: string }): Promise<number> {
  const channel = () => Math.floor(Math.random() * 256);
  const buffer = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: channel(), g: channel(), b: channel() } } })
    .jpeg()
    .toBuffer();
  const response = await page.request.post('/api/media', { multipart: { file: { name: 'anh.jpg', mimeType: 'image/jpeg', buffer }, ...text } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { media: { id: number } }).media.id;
}

/** No accessibility violations inside `selector` (axe-core). */
async function expectAccessible(page: Page, selector: string) {
  const results = await new AxeBuilder({ page }).include(selector).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** A new story with a title, sapo, a first paragraph and a section, still unsaved. */
async function startStory(page: Page, title: string) {
  await page.goto('/admin/articles/new');
  await expect(page.locator('form[data-hydrated]')).toBeVisible();
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Sapo').fill('Sapo của bài thử nghiệm bộ ảnh và chú thích ảnh.');
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Đoạn mở đầu của bài viết có ảnh.');
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });
}

/** Saves the new story, publishes it, and returns its address on the reader site. */
async function saveAndPublish(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await page.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(page.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();
  return (await page.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href'))!;
}

test('an editor builds a gallery of three photos in their own order; readers page through it', async ({ browser, page, isMobile }, info) => {
  const word = marker(info);
  const editor = await asStaff(browser, 'editor', '/admin/articles/new');
  const alts = [1, 2, 3].map((n) => `Ảnh số ${n} của bộ ảnh ${word}`);
  for (const [i, alt] of alts.entries()) await uploadPhoto(editor, { alt, caption: `Chú thích thư viện ${i + 1} ${word}`, credit: 'Ảnh: Ngô Tuấn Anh' });

  await startStory(editor, `Bộ ảnh ${word}`);
  await editor.getByRole('button', { name: 'Chèn bộ ảnh' }).click();
  const picker = editor.getByRole('dialog', { name: 'Chọn ảnh cho bộ ảnh' });
  await picker.getByRole('searchbox', { name: 'Tìm ảnh' }).fill(word);
  await picker.getByRole('button', { name: 'Tìm', exact: true }).click();
  const toggles = picker.getByRole('button', { name: new RegExp(`^Ảnh số \\d của bộ ảnh ${word}`) });
  await expect(toggles).toHaveCount(3);
  for (const alt of alts) await picker.getByRole('button', { name: alt, pressed: false }).click();
  await expect(picker.getByRole('button', { name: alts[2], pressed: true })).toBeVisible();
  await expect(picker.getByRole('button', { name: alts[0], pressed: true })).toBeVisible();
  await expect(picker).toContainText('Đã chọn 3 ảnh');
  await expectAccessible(editor, 'dialog[open]');
  await picker.getByRole('button', { name: 'Chèn 3 ảnh' }).click();
  await expect(picker).toHaveCount(0);

  // The third photo moves to the front; the (now second) first photo gets a caption of this story's own.
  const gallery = editor.getByRole('group', { name: 'Bộ ảnh (3 ảnh)' });
  const item = (n: number) => gallery.getByRole('group', { name: `Ảnh ${n} / 3` });
  await expect(item(3).getByRole('img')).toHaveAttribute('alt', alts[2]!);
  await item(3).getByRole('button', { name: 'Lên trước' }).click();
  await item(2).getByRole('button', { name: 'Lên trước' }).click();
  await expect(item(1).getByRole('img')).toHaveAttribute('alt', alts[2]!);
  await expect(item(2).getByRole('img')).toHaveAttribute('alt', alts[0]!);
  await expect(item(2).getByLabel('Chú thích')).toHaveValue(`Chú thích thư viện 1 ${word}`);
  const ownCaption = `Người dân đón đoàn xe cứu trợ ${word}`;
  await item(2).getByLabel('Chú thích').fill(ownCaption);
  await expectAccessible(editor, '[data-gallery]');
  await editor.screenshot({ path: info.outputPath('editor-gallery.png'), fullPage: true });
  const href = await saveAndPublish(editor);

  // A reader: the photos in the editor's order, with the story's caption.
  await page.goto(href);
  const readerGallery = page.getByRole('group', { name: 'Bộ ảnh, 3 ảnh' });
  const opens = readerGallery.getByRole('button', { name: /^Xem ảnh/ });
  await expect(opens).toHaveCount(3);
  await expect(opens.nth(0)).toHaveAccessibleName(`Xem ảnh 1/3 cỡ lớn: ${alts[2]}`);
  await expect(opens.nth(1)).toHaveAccessibleName(`Xem ảnh 2/3 cỡ lớn: ${alts[0]}`);
  await expect(opens.nth(2)).toHaveAccessibleName(`Xem ảnh 3/3 cỡ lớn: ${alts[1]}`);
  await expect(readerGallery.getByRole('listitem').nth(1)).toContainText(ownCaption);
  await expect(readerGallery.getByRole('listitem').nth(1)).toContainText('Ảnh: Ngô Tuấn Anh');
  // Served from the WebP copies the library made at upload.
  await expect(readerGallery.locator('img').first()).toHaveAttribute('srcset', /-320\.webp 320w/);
  await readerGallery.scrollIntoViewIfNeeded();
  await expect.poll(() => readerGallery.locator('img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.screenshot({ path: info.outputPath('reader-gallery.png') });
  await expectAccessible(page, '.article__body');

  if (isMobile) {
    // One photo a screen: a swipe (the strip scrolled by a screen's width) brings the second into view.
    const strip = readerGallery.getByRole('list');
    await expect(opens.nth(1)).not.toBeInViewport();
    await strip.evaluate((el) => el.scrollBy({ left: el.clientWidth }));
    await expect(opens.nth(1)).toBeInViewport();
    await expect(readerGallery.getByRole('listitem').nth(1)).toContainText('2/3');
  }

  await opens.nth(0).click();
  const viewer = page.getByRole('dialog', { name: 'Xem ảnh cỡ lớn' });
  await expect(viewer).toBeVisible();
  await expect(viewer.getByRole('img')).toHaveAttribute('alt', alts[2]!);
  await expect(viewer).toContainText('1/3');
  if (isMobile) await viewer.getByRole('button', { name: 'Ảnh sau' }).click();
  else await page.keyboard.press('ArrowRight');
  await expect(viewer).toContainText('2/3');
  await expect(viewer.getByRole('img')).toHaveAttribute('alt', alts[0]!);
  await expect(viewer).toContainText(ownCaption);
  await expect.poll(() => viewer.getByRole('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  await page.screenshot({ path: info.outputPath('reader-viewer.png') });
  await expectAccessible(page, 'dialog[open]');
  await viewer.getByRole('button', { name: 'Ảnh trước' }).click();
  await expect(viewer).toContainText('1/3');
  if (isMobile) await viewer.getByRole('button', { name: 'Đóng' }).click();
  else await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await editor.context().close();
});

test("an editor changes a figure's caption where it stands, then puts back the library's words", async ({ browser, page }, info) => {
  const word = marker(info);
  const editor = await asStaff(browser, 'editor', '/admin/articles/new');
  const library = { alt: `Cầu Long Biên lúc bình minh ${word}`, caption: `Chú thích của thư viện ${word}`, credit: 'Ảnh: Trần Minh Hà' };
  await uploadPhoto(editor, library);

  await startStory(editor, `Ảnh sửa tại chỗ ${word}`);
  await editor.getByRole('button', { name: 'Chèn ảnh' }).click();
  const picker = editor.getByRole('dialog');
  await picker.getByRole('searchbox', { name: 'Tìm ảnh' }).fill(word);
  await picker.getByRole('button', { name: 'Tìm', exact: true }).click();
  await picker.getByRole('button', { name: `Chọn ảnh: ${library.alt}` }).click();
  await expect(picker).toHaveCount(0);

  const figure = editor.locator('.ProseMirror figure');
  await expect(figure.getByLabel('Chú thích')).toHaveValue(library.caption);
  const ownCaption = `Chú thích riêng của bài ${word}`;
  await figure.getByLabel('Chú thích').fill(ownCaption);
  await figure.getByLabel('Nguồn ảnh').fill('Ảnh: Phóng viên');
  await expectAccessible(editor, '.ProseMirror figure');
  await figure.screenshot({ path: info.outputPath('editor-figure.png') });
  const href = await saveAndPublish(editor);

  await page.goto(href);
  const caption = page.locator('.article__body figure figcaption');
  await expect(caption).toContainText(ownCaption);
  await expect(caption).toContainText('Ảnh: Phóng viên');
  await expect(page.locator('.article__body figure img')).toHaveAttribute('srcset', /-640\.webp 640w/);

  // The library's words come back for this placement; readers see them after the update.
  await figure.getByRole('button', { name: 'Dùng chữ của thư viện' }).click();
  await expect(figure.getByRole('status')).toHaveText('Đã dùng mô tả, chú thích và nguồn ảnh của thư viện.');
  await expect(figure.getByLabel('Chú thích')).toHaveValue(library.caption);
  await expect(figure.getByLabel('Nguồn ảnh')).toHaveValue(library.credit);
  await editor.getByRole('button', { name: 'Cập nhật bài đã đăng' }).click();
  await expect(editor.getByText(/^Đã lưu lúc/)).toBeVisible();

  await page.goto(href);
  await expect(caption).toContainText(library.caption);
  await expect(caption).toContainText(library.credit);
  await expect(caption).not.toContainText(ownCaption);
  await editor.context().close();
});
