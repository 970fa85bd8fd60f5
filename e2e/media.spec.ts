import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from './support/test';
import sharp from 'sharp';
import { asStaff, signIn } from './support/auth';

const NOT_AN_IMAGE = 'Tệp không phải ảnh JPEG, PNG, WebP hay AVIF. Hãy chọn một tệp ảnh khác.';

/** A word no other test (or project) uses, so that each test finds only its own photo. */
function marker(info: TestInfo): string {
  return `anh${info.project.name}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/** A photograph drawn here, with a location in its EXIF as a phone camera would write. */
async function photo(): Promise<Buffer> {
  const colour = () => Math.floor(Math.random() * 256);
  return sharp({ create: { width: 1000, height: 700, channels: 3, background: { r: colour(), g: colour(), b: colour() } } })
    .composite([{ input: Buffer.from('<svg width="400" height="200"><circle cx="100" cy="100" r="90" fill="#fff"/></svg>'), left: 500, top: 400 }])
    .jpeg()
    .withExifMerge({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 18/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 50/1 0/1' } })
    .toBuffer();
}

async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const library = (page: Page) => page.getByRole('list', { name: 'Danh sách ảnh' });

test('a writer uploads a photo, describes it and finds it again by searching without accents', async ({ page }, info) => {
  test.slow(); // a long journey on a shared machine
  const word = marker(info);
  await signIn(page, 'writer', '/admin/media');
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện ảnh' })).toBeVisible();

  await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Đã tải ảnh lên.');
  await page.getByRole('link', { name: 'Nhập mô tả, chú thích cho ảnh vừa tải' }).click();
  await expect(page).toHaveURL(/\/admin\/media\/\d+$/);

  await page.getByLabel('Mô tả ảnh (alt)').fill(`Cánh đồng lúa chín ở Phúc Yên ${word}`);
  await page.getByLabel('Chú thích').fill(`Nông dân thu hoạch lúa vụ mùa ${word}`);
  await page.getByLabel('Nguồn ảnh').fill('Ảnh: Ngô Tuấn Anh');
  // The focal point follows a click on the picture: near its top-left corner here.
  const picture = page.getByRole('button', { name: /bấm để chọn điểm trọng tâm/ });
  const box = (await picture.boundingBox())!;
  await picture.click({ position: { x: box.width * 0.2, y: box.height * 0.25 } });
  await expect.poll(async () => Number(await page.getByLabel(/^Ngang/).inputValue())).toBeCloseTo(0.2, 1);
  await expect.poll(async () => Number(await page.getByLabel(/^Dọc/).inputValue())).toBeCloseTo(0.25, 1);
  await page.getByRole('button', { name: 'Lưu thông tin ảnh' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Đã lưu thông tin ảnh.');

  // The WebP copies are served with a year-long cache lifetime.
  const variant = page.getByRole('link', { name: /^640 × 448/ });
  const response = await page.request.get((await variant.getAttribute('href'))!);
  expect(response.headers()['content-type']).toBe('image/webp');
  expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

  await page.getByRole('link', { name: '← Thư viện ảnh' }).click();
  await page.getByRole('searchbox', { name: 'Tìm ảnh' }).fill(`canh dong lua ${word}`);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page).toHaveURL(/\?q=canh/);
  const found = library(page).getByRole('listitem');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText(`Cánh đồng lúa chín ở Phúc Yên ${word}`);
  await expect(found).toContainText(`Nông dân thu hoạch lúa vụ mùa ${word}`);
  await expect(found).toContainText('Ảnh: Ngô Tuấn Anh');
  await expect.poll(() => found.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
});

test("the library and a photo's details page pass the accessibility checks", async ({ page }) => {
  test.slow(); // two full axe scans
  await signIn(page, 'editor', '/admin/media');
  await expect(library(page).getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page);
  await library(page).getByRole('link', { name: /^Sửa ảnh/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin ảnh' })).toBeVisible();
  await expectAccessible(page);
});

test('a file that is not a photo is refused with a clear message and nothing is added', async ({ page }, info) => {
  const word = marker(info);
  await signIn(page, 'writer', '/admin/media');
  await page.getByLabel('Mô tả ảnh (alt)').fill(`Tệp giả ${word}`);
  await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'bao-cao.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('Báo cáo tổng kết năm, không phải ảnh.\n') });
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toHaveText(NOT_AN_IMAGE);
  await expect(page.getByLabel('Tệp ảnh')).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('searchbox', { name: 'Tìm ảnh' }).fill(word);
  await page.getByRole('button', { name: 'Tìm', exact: true }).click();
  await expect(page.getByText(`Không tìm thấy ảnh nào cho “${word}”`)).toBeVisible();
  const api = await page.request.get(`/api/media?q=${word}`);
  expect((await api.json()).items).toEqual([]);
});

test('the library pages back with "Xem thêm" without repeating a photo', async ({ page }) => {
  await signIn(page, 'editor', '/admin/media');
  const items = library(page).getByRole('listitem');
  await expect(items).toHaveCount(24);
  await page.getByRole('link', { name: 'Xem thêm' }).click();
  await expect.poll(() => items.count()).toBeGreaterThan(24);
  const links = await library(page).getByRole('link', { name: /^Sửa ảnh/ }).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(links).size).toBe(links.length);
});

test('a moderator cannot open the media library nor use its API', async ({ page }) => {
  await signIn(page, 'moderator');
  await expect(page.getByRole('navigation', { name: 'Điều hướng tòa soạn' }).getByRole('link', { name: 'Thư viện ảnh' })).toHaveCount(0);
  await page.goto('/admin/media');
  await expect(page).toHaveURL(/\/admin\?khong-du-quyen=1$/);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Tài khoản của bạn không có quyền mở trang đó.');
  const list = await page.request.get('/api/media');
  expect(list.status()).toBe(403);
  expect((await list.json()).error).toBe('Tài khoản của bạn không có quyền làm việc này.');
  const upload = await page.request.post('/api/media', { multipart: { file: { name: 'a.jpg', mimeType: 'image/jpeg', buffer: await photo() } } });
  expect(upload.status()).toBe(403);
});

test("a writer reads a colleague's photo without a form, and describes their own", async ({ browser }, info) => {
  test.slow(); // two people, two uploads
  const word = marker(info);
  // A colleague's photo, uploaded through the library's API as the upload form does.
  const colleague = await asStaff(browser, 'writer2', '/admin/media');
  const theirs = await colleague.request.post('/api/media', {
    multipart: { file: { name: 'cau-long-bien.jpg', mimeType: 'image/jpeg', buffer: await photo() }, alt: `Cầu Long Biên ${word}`, caption: '', credit: '' },
  });
  expect(theirs.status()).toBe(201);
  const theirId = ((await theirs.json()) as { media: { id: number } }).media.id;
  await colleague.context().close();

  const page = await asStaff(browser, 'writer', `/admin/media/${theirId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Thông tin ảnh' })).toBeVisible();
  const details = page.getByRole('region', { name: 'Mô tả, chú thích và nguồn ảnh' });
  await expect(details).toContainText(`Cầu Long Biên ${word}`);
  await expect(details).toContainText('phóng viên chỉ sửa được thông tin ảnh do mình tải lên');
  await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lưu thông tin ảnh' })).toHaveCount(0);

  // Their own photo: the form, and the save goes through.
  await page.goto('/admin/media');
  await page.getByLabel('Tệp ảnh').setInputFiles({ name: 'IMG_3001.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await page.getByRole('link', { name: 'Nhập mô tả, chú thích cho ảnh vừa tải' }).click();
  await expect(page).toHaveURL(/\/admin\/media\/\d+$/);
  await page.getByLabel('Mô tả ảnh (alt)').fill(`Chợ nổi Cái Răng ${word}`);
  await page.getByLabel('Nguồn ảnh').fill('Ảnh: Ngô Tuấn Anh');
  await page.getByRole('button', { name: 'Lưu thông tin ảnh' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Đã lưu thông tin ảnh.');
  await page.reload();
  await expect(page.getByLabel('Mô tả ảnh (alt)')).toHaveValue(`Chợ nổi Cái Răng ${word}`);
  await page.context().close();
});
