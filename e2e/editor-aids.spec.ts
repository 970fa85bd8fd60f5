import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import sharp from 'sharp';
import { signIn, unique } from './support/auth';

// Sign-in, typing a long body and (second test) an upload and a publication on a small machine.
test.describe.configure({ timeout: 90_000 });

const PAPER = 'Báo Vĩnh Phúc Mới';

/** The editor's share preview, opened. */
async function openSharePreview(page: Page) {
  await page.getByText('Xem trước khi chia sẻ', { exact: true }).click();
  const google = page.getByRole('figure', { name: 'Kết quả trên Google' });
  const card = page.getByRole('figure', { name: 'Thẻ chia sẻ trên Facebook, Zalo' });
  await expect(google).toBeVisible();
  return { google, card };
}

test('an editor sees the words, the reading time, length hints and a share preview follow what they type', async ({ page, baseURL }) => {
  const title = unique('Tiến độ dự án đường Vành đai 3 chậm vì vướng mặt bằng ở nhiều phường');
  const slug = `tien-do-du-an-duong-vanh-dai-3-cham-vi-vuong-mat-bang-o-nhieu-phuong-${title.split(' ').pop()}`;
  const sapo = 'Công trình chậm tiến độ vì còn nhiều hộ dân chưa bàn giao mặt bằng.';
  await signIn(page, 'editor', '/admin/articles/new');
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  await expect(page.getByText('0 chữ', { exact: true })).toBeVisible();

  // A title over 70 characters: its count and a calm hint, read with the field, announced politely.
  const titleInput = page.getByLabel('Tiêu đề', { exact: true });
  await titleInput.fill(title);
  const hint = page.getByText('Tiêu đề dài hơn 70 ký tự: Google và Facebook sẽ cắt bớt phần cuối. Vẫn lưu được.');
  await expect(hint).toBeVisible();
  await expect(hint).toHaveAttribute('aria-live', 'polite');
  await expect(page.getByText(`${title.length}/70 ký tự`, { exact: true })).toBeVisible();
  await expect(titleInput).toHaveAccessibleDescription(new RegExp(`^${title.length}/70 ký tự Tiêu đề dài hơn 70 ký tự`));
  await page.getByLabel('Sapo').fill(sapo);
  await expect(page.getByText(`${sapo.length}/200 ký tự`, { exact: true })).toBeVisible();
  await expect(page.getByText(/^Sapo hơi ngắn/)).toBeVisible();

  // The body's words and reading time follow the typing; numbers as Vietnamese write them.
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Đảng bộ phường Hùng Vương hiện có 617 đảng viên, sinh hoạt ở 16 chi bộ.');
  await expect(page.getByText('16 chữ · 1 phút đọc', { exact: true })).toBeVisible();
  await page.keyboard.insertText(' chữ'.repeat(1218));
  await expect(page.getByText('1.234 chữ · 6 phút đọc', { exact: true })).toBeVisible();
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });

  // The preview: Google cuts the page title near 60 characters; the card shows it whole.
  const { google, card } = await openSharePreview(page);
  await expect(google).toContainText(PAPER);
  await expect(google.getByText(`${baseURL} › thoi-su › ${slug}`, { exact: true })).toBeVisible();
  await expect(google.getByText('Tiến độ dự án đường Vành đai 3 chậm vì vướng mặt bằng ở…', { exact: true })).toBeVisible();
  await expect(google.getByText(sapo, { exact: true })).toBeVisible();
  await expect(card.getByText(title, { exact: true })).toBeVisible();
  await expect(card.getByText(new URL(baseURL!).host.toUpperCase(), { exact: true })).toBeVisible();
  await expect(card.getByText(sapo, { exact: true })).toBeVisible();
  await expect(card.getByText('Chưa có ảnh đại diện nên thẻ chia sẻ không có ảnh. Hãy chọn ảnh đại diện.')).toBeVisible();
  const scan = await new AxeBuilder({ page }).include('#share-preview').include('.ProseMirror').analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // The title the hint warned about saves all the same, at the address the preview showed.
  await page.getByRole('button', { name: 'Lưu nháp' }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.getByLabel('Đường dẫn')).toHaveValue(slug);
  await expect(page.getByText('1.234 chữ · 6 phút đọc', { exact: true })).toBeVisible();
  const reopened = await openSharePreview(page);
  await expect(reopened.google.getByText(`${baseURL} › thoi-su › ${slug}`, { exact: true })).toBeVisible();
});

test('the card in the preview is the one the published page gives Facebook: same picture, title, description and address', async ({ page, browser }) => {
  test.slow(); // an upload, a publication and a reader's page
  const title = unique('Ảnh đại diện trên thẻ chia sẻ');
  const alt = unique('Cầu Vĩnh Yên lúc hoàng hôn');
  const sapo = 'Sapo của bài thử thẻ chia sẻ: Facebook và Zalo hiện ảnh, tiêu đề và đoạn mô tả này.';
  await signIn(page, 'editor', '/admin/articles/new');
  await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Sapo').fill(sapo);
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Đoạn mở đầu của bài thử thẻ chia sẻ.');
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Thời sự' });

  const channel = () => Math.floor(Math.random() * 256);
  const photo = await sharp({ create: { width: 1000, height: 700, channels: 3, background: { r: channel(), g: channel(), b: channel() } } }).jpeg().toBuffer();
  await page.getByRole('button', { name: 'Chọn ảnh' }).click();
  const picker = page.getByRole('dialog');
  await picker.getByLabel('Mô tả ảnh (alt)').fill(alt);
  await picker.getByLabel('Tệp ảnh').setInputFiles({ name: 'cau.jpg', mimeType: 'image/jpeg', buffer: photo });
  await picker.getByRole('button', { name: 'Tải lên' }).click();
  await picker.getByRole('button', { name: new RegExp(alt) }).first().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The card's picture is the 1.91:1 crop around the photo's focal point, made by the server.
  const { card } = await openSharePreview(page);
  const picture = card.locator('img');
  await expect(picture).toHaveAttribute('src', /^\/og\/\d+\/500-500\.jpg$/);
  await expect.poll(() => picture.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth / img.naturalHeight : 0))).toBeCloseTo(1200 / 630, 1);
  const previewPicture = await picture.getAttribute('src');

  await page.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(page.getByText('Đã xuất bản. Bạn đọc đã thấy bài trên trang báo.')).toBeVisible();
  const href = await page.getByRole('link', { name: 'Xem trên trang báo' }).getAttribute('href');
  const { google } = await openSharePreview(page);
  const breadcrumb = (await google.getByText(/ › thoi-su › /).textContent())!;

  // A reader's page says to Facebook exactly what the preview showed.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(href!);
  const meta = (property: string) => reader.locator(`meta[property="${property}"]`);
  await expect(meta('og:title')).toHaveAttribute('content', title);
  await expect(meta('og:description')).toHaveAttribute('content', sapo);
  await expect(meta('og:image')).toHaveAttribute('content', new RegExp(`${previewPicture!.replace(/\./g, '\\.')}$`));
  await expect(meta('og:url')).toHaveAttribute('content', breadcrumb.split(' › ').join('/'));
  await expect(reader).toHaveTitle(`${title} | ${PAPER}`);
  await reader.context().close();
});

test('on a phone the editor toolbar is one row that scrolls sideways, and the page itself does not', async ({ page, isMobile }) => {
  test.skip(!isMobile, 'a phone layout');
  await signIn(page, 'writer', '/admin/articles/new');
  const toolbar = page.getByRole('toolbar', { name: 'Định dạng' });
  const bold = toolbar.getByRole('button', { name: 'Đậm' });
  const redo = toolbar.getByRole('button', { name: 'Làm lại' });
  await expect(bold).toBeVisible();
  // One row: the first and last tools stand at the same height; the last is reached by scrolling the toolbar.
  const [first, last] = [await bold.boundingBox(), await redo.boundingBox()];
  expect(Math.abs(first!.y - last!.y)).toBeLessThan(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
  await redo.scrollIntoViewIfNeeded();
  await expect(redo).toBeInViewport();
});
