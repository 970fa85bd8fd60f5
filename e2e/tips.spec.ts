import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import sharp from 'sharp';
import { signIn, unique } from './support/auth';

/*
 * `Gửi tin cho tòa soạn`: a reader sends a tip with a photo, an editor reads it in the dashboard
 * and marks it handled. Each test is a reader of its own (X-Forwarded-For), so the per-address
 * limits of one never meet another's.
 */

async function useOwnAddress(page: Page) {
  const part = () => Math.floor(Math.random() * 250) + 1;
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `10.${part()}.${part()}.${part()}` });
}

/** A phone photo with a GPS position in its EXIF. */
function photo(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 120, b: 200 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneMaker' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 18/1 0/1' } })
    .toBuffer();
}

test('a reader sends a tip with a photo; an editor opens it, sees the photo and marks it handled', async ({ page, browser }, info) => {
  test.slow(); // a long journey on a shared machine
  const name = unique(`Nguồn tin ${info.project.name}`);
  await useOwnAddress(page);
  await page.goto('/gui-tin-cho-toa-soan');
  await expect(page).toHaveTitle(/^Gửi tin cho tòa soạn \|/);
  const form = page.locator('form.tip-form');
  await expect(form).toHaveAttribute('data-ready', 'true');
  const results = await new AxeBuilder({ page }).analyze();
  // Serious and critical only, as reader.spec.ts checks.
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: info.outputPath(`gui-tin-${info.project.name}.png`), fullPage: true });

  // A wrong contact is refused in place, in Vietnamese.
  await form.getByLabel('Họ tên').fill(name);
  await form.getByLabel('Email hoặc số điện thoại').fill('không có');
  await form.getByLabel('Nội dung').fill('Đường ống nước vỡ ở tổ dân phố 6 từ sáng nay.');
  await form.getByRole('button', { name: 'Gửi tin' }).click();
  await expect(form.getByText('Vui lòng nhập email (ví dụ ten@example.com) hoặc số điện thoại (ví dụ 0912 345 678).')).toBeVisible();

  await form.getByLabel('Email hoặc số điện thoại').fill('0912 345 678');
  await form.getByLabel('Ảnh (không bắt buộc)').setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await form.getByRole('button', { name: 'Gửi tin' }).click();
  await expect(form.getByRole('status')).toHaveText('Cảm ơn bạn! Tòa soạn đã nhận được tin và sẽ xem xét sớm.');

  // The editor on the same kind of device as the reader (a phone project screenshots a phone dashboard).
  const { viewport, isMobile, hasTouch, deviceScaleFactor, userAgent } = info.project.use;
  const editor = await (await browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, userAgent })).newPage();
  await signIn(editor, 'editor', '/admin/tips');
  const row = editor.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Có ảnh');
  await expect(row).toContainText('0912345678');
  await editor.screenshot({ path: info.outputPath(`admin-tips-${info.project.name}.png`), fullPage: true });
  await row.getByRole('link', { name }).click();
  await expect(editor.getByRole('heading', { level: 1 })).toHaveText(`Tin của ${name}`);
  const img = editor.getByRole('img', { name: `Ảnh do ${name} gửi` });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(1200);
  const src = (await img.getAttribute('src'))!;
  await editor.screenshot({ path: info.outputPath(`admin-tip-${info.project.name}.png`), fullPage: true });

  // The photo is the newsroom's only: a reader (no session) is refused.
  expect((await page.request.get(src)).status()).toBe(401);

  await editor.getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
  await expect(editor.getByRole('status')).toHaveText('Đã đánh dấu tin là đã xử lý.');
  await expect(editor.getByText(/Đã xử lý bởi Phạm Quang Huy/)).toBeVisible();
  await editor.goto('/admin/tips');
  await expect(editor.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
  await editor.getByRole('link', { name: /Đã xử lý/ }).click();
  await expect(editor.getByRole('row', { name: new RegExp(name) })).toBeVisible();
});

test('without JavaScript the form still posts, and the reader lands on the thank-you', async ({ browser }, info) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await useOwnAddress(page);
  await page.goto('/gui-tin-cho-toa-soan');
  await page.getByLabel('Họ tên').fill(unique(`Không JS ${info.project.name}`));
  await page.getByLabel('Email hoặc số điện thoại').fill(`khongjs-${Date.now()}@example.vn`);
  await page.getByLabel('Nội dung').fill('Tin gửi từ trình duyệt tắt JavaScript.');
  await page.getByRole('button', { name: 'Gửi tin' }).click();
  await expect(page).toHaveURL(/\/gui-tin-cho-toa-soan\?da-gui=1$/);
  await expect(page.getByRole('status')).toHaveText('Cảm ơn bạn! Tòa soạn đã nhận được tin và sẽ xem xét sớm.');
});

test('a second tip right away is refused in Vietnamese', async ({ page }, info) => {
  await useOwnAddress(page);
  await page.goto('/gui-tin-cho-toa-soan');
  const form = page.locator('form.tip-form');
  for (const attempt of [1, 2]) {
    await expect(form).toHaveAttribute('data-ready', 'true');
    await form.getByLabel('Họ tên').fill(`Bạn đọc ${info.project.name}`);
    await form.getByLabel('Email hoặc số điện thoại').fill(`lan-${attempt}-${Date.now()}@example.vn`);
    await form.getByLabel('Nội dung').fill(`Tin thứ ${attempt} trong vài giây.`);
    await form.getByRole('button', { name: 'Gửi tin' }).click();
    if (attempt === 1) await expect(form.getByRole('status')).toBeVisible();
  }
  await expect(form.getByRole('alert')).toHaveText(/Bạn vừa gửi một tin\. Vui lòng đợi \d+ giây/);
});
