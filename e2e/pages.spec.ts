import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import { signIn, unique } from './support/auth';

/*
 * The newsroom's own pages: an editor writes one with the stories' editor, puts it in the footer
 * menu and publishes it; readers find it in the footer of any page. Each test makes its own page.
 */

/** Serious and critical only, as reader.spec.ts checks. */
async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const footerPages = (page: Page) => page.getByRole('navigation', { name: 'Về tòa soạn' });

test('the demo pages are in the footer; Liên hệ leads to the tip form', async ({ page }) => {
  await page.goto('/');
  const menu = footerPages(page);
  await expect(menu.getByRole('link')).toContainText(['Giới thiệu', 'Liên hệ', 'Điều khoản sử dụng', 'Gửi tin cho tòa soạn']);
  await menu.getByRole('link', { name: 'Liên hệ' }).click();
  await expect(page).toHaveURL(/\/trang\/lien-he$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Liên hệ');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/trang\/lien-he$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Địa chỉ, điện thoại/);
  await expectAccessible(page);
  await page.locator('.article__body').getByRole('link', { name: 'Gửi tin cho tòa soạn' }).click();
  await expect(page).toHaveURL(/\/gui-tin-cho-toa-soan$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gửi tin cho tòa soạn');

  // Both are in the sitemap's child for the site's own pages.
  const sitemap = await (await page.request.get('/sitemaps/trang.xml')).text();
  expect(sitemap).toMatch(/<loc>[^<]*\/trang\/lien-he<\/loc>/);
  expect(sitemap).toMatch(/<loc>[^<]*\/gui-tin-cho-toa-soan<\/loc>/);
});

test('an editor writes a page and puts it in the footer; a reader opens it; unpublished, it is gone', async ({ page, browser }, info) => {
  test.slow(); // a long journey on a shared machine
  const title = unique(`Quảng cáo ${info.project.name}`);
  await signIn(page, 'editor', '/admin/pages');
  await page.getByRole('link', { name: 'Trang mới' }).click();
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByLabel('Mô tả (cho máy tìm kiếm và mạng xã hội)').fill('Bảng giá và cách đặt quảng cáo trên báo.');
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Liên hệ phòng Quảng cáo để nhận bảng giá.');
  await page.getByLabel('Hiện trong menu chân trang').check();
  await page.getByLabel('Vị trí trong menu (số nhỏ đứng trước)').fill('5');
  await page.getByRole('button', { name: 'Tạo trang' }).click();
  await expect(page).toHaveURL(/\/admin\/pages\/\d+\?moi=1$/);
  await expect(page.getByRole('status')).toHaveText('Đã tạo trang (bản nháp).');

  // A draft is not there for readers.
  const reader = await (await browser.newContext()).newPage();
  const slug = (await page.getByLabel('Đường dẫn').inputValue()).trim();
  expect(slug).toMatch(/^quang-cao-/);
  expect((await reader.goto(`/trang/${slug}`))!.status()).toBe(404);

  await page.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xuất bản trang.' })).toBeVisible();

  await reader.goto('/');
  await footerPages(reader).getByRole('link', { name: title }).click();
  await expect(reader).toHaveURL(new RegExp(`/trang/${slug}$`));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.locator('.article__body')).toHaveText('Liên hệ phòng Quảng cáo để nhận bảng giá.');
  await expect(reader).toHaveTitle(new RegExp(`^${title} \\|`));
  await reader.screenshot({ path: info.outputPath(`trang-${info.project.name}.png`), fullPage: true });

  // Its place in the dashboard's menu list; then it is unpublished and readers lose it at once.
  await page.goto('/admin/pages');
  await expect(page.getByRole('row', { name: new RegExp(title) })).toContainText('Đã xuất bản');
  await page.screenshot({ path: info.outputPath(`admin-pages-${info.project.name}.png`), fullPage: true });
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('button', { name: 'Gỡ xuống' }).click();
  await expect(page.getByRole('status')).toHaveText('Đã gỡ trang xuống; bạn đọc không còn xem được.');
  expect((await reader.goto(`/trang/${slug}`))!.status()).toBe(404);
  await reader.goto('/');
  await expect(footerPages(reader).getByRole('link', { name: 'Giới thiệu' })).toBeVisible();
  await expect(footerPages(reader).getByRole('link', { name: title })).toHaveCount(0);
});

test('an editor puts a page at the top level; readers open it at /{slug}; unpublished and deleted, it is gone', async ({ page, browser }, info) => {
  test.slow(); // a long journey on a shared machine
  const title = unique(`Tuyển dụng ${info.project.name}`);
  await signIn(page, 'editor', '/admin/pages/new');
  await page.getByLabel('Tiêu đề').fill(title);
  await page.getByRole('textbox', { name: 'Nội dung' }).click();
  await page.keyboard.type('Tòa soạn tuyển phóng viên.');
  // A slug the site keeps for itself is refused at the top level, in Vietnamese.
  await page.getByLabel('Đường dẫn', { exact: true }).fill('tim-kiem');
  await page.getByLabel('Đặt ở cấp gốc của trang web').check();
  await page.getByLabel('Hiện trong menu chân trang').check();
  await page.getByRole('button', { name: 'Tạo trang' }).click();
  await expect(page.getByRole('alert').first()).toContainText('“/tim-kiem” là đường dẫn riêng của trang web');
  await expect(page).toHaveURL(/\/admin\/pages\/new$/);

  const slug = unique('tuyen-dung').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  await page.getByLabel('Đường dẫn', { exact: true }).fill(slug);
  await page.getByRole('button', { name: 'Tạo trang' }).click();
  await expect(page).toHaveURL(/\/admin\/pages\/\d+\?moi=1$/);
  await page.getByRole('button', { name: 'Xuất bản' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã xuất bản trang.' })).toBeVisible();
  // A published page cannot be deleted: only unpublished ones show the button.
  await expect(page.getByRole('button', { name: 'Xóa trang' })).toHaveCount(0);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await footerPages(reader).getByRole('link', { name: title }).click();
  await expect(reader).toHaveURL(new RegExp(`/${slug}$`));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`[^/]/${slug}$`));
  // Its old address under /trang/ leads to the new one.
  await reader.goto(`/trang/${slug}`);
  await expect(reader).toHaveURL(new RegExp(`[^/]/${slug}$`));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);

  await page.getByRole('button', { name: 'Gỡ xuống' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã gỡ trang xuống; bạn đọc không còn xem được.' })).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Xóa trang' }).click();
  await expect(page).toHaveURL(/\/admin\/pages$/);
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
  expect((await reader.goto(`/${slug}`))!.status()).toBe(404);
});

test('writers and moderators cannot open the pages screen', async ({ page }) => {
  for (const who of ['writer', 'moderator'] as const) {
    await signIn(page, who);
    await expect(page.getByRole('navigation', { name: 'Điều hướng tòa soạn' }).getByRole('link', { name: 'Trang tĩnh' })).toHaveCount(0);
    await page.goto('/admin/pages');
    await expect(page).toHaveURL(/\/admin\?khong-du-quyen=1$/);
    await page.context().clearCookies();
  }
});
