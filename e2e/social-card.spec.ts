import sharp from 'sharp';
import { expect, test } from './support/test';

const SEED_PATH = '/xay-dung-dang/phuong-hung-vuong-xay-dung-to-chuc-co-so-dang-tsvm';

test('a shared story shows Facebook and Zalo a 1200×630 JPEG card, not the original photo', async ({ page, request }) => {
  await page.goto(SEED_PATH);
  const og = page.locator('meta[property="og:image"]');
  const url = await og.getAttribute('content');
  expect(url).toMatch(/\/og\/\d+\/\d+-\d+\.jpg$/);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', /\S/);

  const response = await request.get(new URL(url!).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/jpeg');
  const bytes = await response.body();
  const meta = await sharp(bytes).metadata();
  expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'jpeg', width: 1200, height: 630 });
  expect(bytes.length).toBeLessThan(250_000);

  // An address with another focal point leads to the current card; a made-up one is a 404 in Vietnamese.
  const [, , id] = new URL(url!).pathname.split('/');
  const moved = await request.get(`/og/${id}/0-0.jpg`, { maxRedirects: 0 });
  if (!url!.endsWith('/0-0.jpg')) expect(moved.status()).toBe(308);
  const missing = await request.get('/og/2000000000/500-500.jpg');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toMatch(/Không/);
});
